/** The pure helpers under the rules: decimal-mark votes, number reading, points in countries, code suggestions. */
import { geoBounds, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryFeature, placePoint, type Placement } from '$lib/data/geo';
import {
	detectDecimalMark,
	readNumber,
	type DecimalChoice,
	type NumberSample
} from '$lib/data/numbers';
import { suggestCountries } from '$lib/data/suggest';
import { isDataFile } from '$lib/data/vite-plugin';

const COMMA: DecimalChoice = { mark: ',', ambiguous: false };
const POINT: DecimalChoice = { mark: '.', ambiguous: false };
const UNSURE: DecimalChoice = { mark: ',', ambiguous: true };

describe('detectDecimalMark', () => {
	const samples = (...values: string[]): NumberSample[] => values.map((value) => ({ value }));
	const CASES: [string, NumberSample[], ',' | ';', DecimalChoice][] = [
		['a comma-separated file uses points', samples('3,6'), ',', POINT],
		['no numbers at all', [], ';', COMMA],
		['only whole numbers', samples('13', '2 025'), ';', COMMA],
		['a decimal comma', samples('3,6'), ';', COMMA],
		['a decimal point', samples('3.6'), ';', POINT],
		['the majority wins', samples('3.6', '1.5', '2,5'), ';', POINT],
		['a tie goes to commas', samples('3.6', '2,5'), ';', COMMA],
		['1,234 alone is a question', samples('1,234'), ';', UNSURE],
		['1,234 with a decimal comma elsewhere is settled', samples('1,234', '0,5'), ';', COMMA],
		[
			'46,123 in a column that cannot reach 46123 is a decimal comma',
			[{ value: '46,123', maxAbs: 90 }],
			';',
			COMMA
		],
		['empty and non-numeric values do not vote', samples('', 'NaN', 'abc'), ';', COMMA]
	];
	it.each(CASES)('%s', (_name, values, delimiter, expected) => {
		expect(detectDecimalMark(values, delimiter)).toEqual(expected);
	});
});

describe('readNumber', () => {
	const CASES: [string, DecimalChoice, number | string][] = [
		['3,6', COMMA, 3.6],
		['3.6', POINT, 3.6],
		['-0,5', COMMA, -0.5],
		['+12', COMMA, 12],
		['\u22123,5', COMMA, -3.5],
		['1 234,5', COMMA, 1234.5],
		['1\u00A0234\u00A0567', COMMA, 1234567],
		['1\u202F234.5', POINT, 1234.5],
		['1 23,5', COMMA, 'not-a-number'],
		['3.6', COMMA, 'other-mark'],
		['3,6', POINT, 'other-mark'],
		['1,234', UNSURE, 'ambiguous'],
		['1,5', UNSURE, 1.5],
		['', COMMA, 'not-a-number'],
		['NaN', POINT, 'not-a-number'],
		['Infinity', POINT, 'not-a-number'],
		['1e3', POINT, 'not-a-number'],
		['0x10', POINT, 'not-a-number'],
		['10 %', POINT, 'not-a-number']
	];
	it.each(CASES)('reads %j under %j as %j', (raw, choice, expected) => {
		const reading = readNumber(raw, choice);
		expect(reading.ok ? reading.value : reading.reason).toBe(expected);
	});
});

describe('placePoint', () => {
	const CASES: [string, number, number, Placement][] = [
		['US', 39.8, -98.6, 'inside'],
		['FR', 46.6, 2.4, 'inside'],
		['FR', 43.3, 5.33, 'near'],
		['FR', 2.4, 46.6, 'swapped'],
		['NL', 40, 5.5, 'outside'],
		['AU', -25.3, 133.8, 'inside'],
		['FJ', -17.7, 178.1, 'inside'],
		['RU', 67.1, 139.1, 'inside'],
		['RU', 65.5, -175, 'inside'],
		['GF', 4, -53, 'inside']
	];
	it.each(CASES)('%s (%d, %d) is %s', (code, lat, lon, expected) => {
		expect(placePoint(code, lat, lon)).toBe(expected);
	});

	/** points per side of the grid laid over each country's bounding box: 144 exact tests each, about a second in all */
	const GRID = 12;
	/** the grid reaches this far beyond the box, so that points outside are tested too */
	const MARGIN_DEGREES = 2;
	it('agrees with d3-geo geoContains away from coasts', () => {
		for (const code of ['US', 'FR', 'RU', 'ID', 'FJ', 'CA', 'NZ', 'CN', 'BR']) {
			const shape = countryFeature(code);
			if (!shape) throw new Error(`no shape for ${code}`);
			const [[west, south], [east, north]] = geoBounds(shape);
			// a box crossing the antimeridian has west > east: walk east past 180 and wrap
			const width = (east < west ? east + 360 : east) - west + 2 * MARGIN_DEGREES;
			const height = Math.min(north + MARGIN_DEGREES, 89) - Math.max(south - MARGIN_DEGREES, -89);
			for (let i = 0; i < GRID; i++) {
				for (let j = 0; j < GRID; j++) {
					const lat = Math.max(south - MARGIN_DEGREES, -89) + (height * (i + 0.5)) / GRID;
					const lon = ((west - MARGIN_DEGREES + (width * (j + 0.5)) / GRID + 540) % 360) - 180;
					const placement = placePoint(code, lat, lon);
					if (placement === 'near') continue;
					expect(placement === 'inside', `${code} ${lat},${lon}`).toBe(
						geoContains(shape, [lon, lat])
					);
				}
			}
		}
	});
});

describe('suggestCountries', () => {
	const CASES: [string, string[]][] = [
		['fr', ['FR']],
		[' FRA ', ['FR']],
		['France', ['FR']],
		['Pays-Bas', ['NL']],
		['États-Unis', ['US']],
		['brésil', ['BR']],
		['UK', ['GB']],
		['FX', ['FI', 'FJ', 'FK', 'FM', 'FO', 'FR']],
		['', []],
		['12', []],
		['Atlantis', []]
	];
	it.each(CASES)('%j → %j', (input, expected) => {
		expect(suggestCountries(input)).toEqual(expected);
	});
});

describe('isDataFile', () => {
	const CASES: [string, boolean][] = [
		['/p/data/capex.csv', true],
		['/p/data/story.fr.aml', true],
		['/p/data/README.md', false],
		['/p/data/~$capex.csv', false],
		['/p/data/.~lock.capex.csv#', false],
		['/p/data/.capex.csv.swp', false]
	];
	it.each(CASES)('%s → %s', (path, expected) => {
		expect(isDataFile(path)).toBe(expected);
	});
});
