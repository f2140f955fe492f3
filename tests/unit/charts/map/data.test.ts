/**
 * `data/datacenters.csv` through its parser: statuses, countries (with
 * suggestions), positions checked against the country's shape (swapped,
 * outside, on the coast), every dialect, generated tables, arbitrary bytes,
 * and the fixture file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATACENTRE_COLUMNS, parseDatacentres } from '$lib/charts/map/data';
import { PRECISIONS, SITE_STATUSES, type DataCentre } from '$lib/charts/map/row';
import { lines, utf8 } from '../../support/bytes';
import { DIALECTS, writeTable, type CellValue } from '../../support/dialects';
import {
	dialect,
	expectRowsOrLocatedProblems,
	PROPERTY_TIMEOUT_MS,
	id,
	optionalText,
	text
} from '../../support/arbitrary';
import { fixtureBytes } from '../../support/fixtures';
import { tr } from '../../support/rows';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';

const DC = 'data/datacenters.csv';
const HEADER = DATACENTRE_COLUMNS.join(',');

type Case = [behaviour: string, text: string, expected: string[]];

describe('located problems', { timeout: ATLAS_TIMEOUT_MS }, () => {
	const CASES: Case[] = [
		// enums and text
		[
			'an unknown status lists the allowed values',
			`${HEADER}\nfr,FR,building,country,46.6,2.4,x\n`,
			[`${DC}:2:3: status: "building" is not an allowed value (expected existing or planned)`]
		],
		[
			'an empty precision is named as empty',
			`${HEADER}\nfr,FR,planned,,46.6,2.4,x\n`,
			[`${DC}:2:4: precision: empty, which is not an allowed value (expected site or country)`]
		],
		['statuses and precisions in any case', `${HEADER}\nfr,FR,Planned,SITE,46.6,2.4,x\n`, []],
		// countries
		[
			'a lower-case country code suggests the upper-case one',
			`${HEADER}\nfr,fr,planned,country,46.6,2.4,x\n`,
			[
				`${DC}:2:2: country: "fr" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FR?)`
			]
		],
		[
			'an alpha-3 code suggests its alpha-2',
			`${HEADER}\nfr,FRA,planned,country,46.6,2.4,x\n`,
			[
				`${DC}:2:2: country: "FRA" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FR?)`
			]
		],
		[
			'a French country name suggests its code',
			`${HEADER}\nnl,Pays-Bas,planned,country,52.2,5.5,x\n`,
			[
				`${DC}:2:2: country: "Pays-Bas" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean NL?)`
			]
		],
		[
			'UK suggests GB',
			`${HEADER}\nuk,UK,planned,country,52,-1.5,x\n`,
			[
				`${DC}:2:2: country: "UK" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean GB?)`
			]
		],
		[
			'a typo suggests codes one letter away, same first letter first',
			`${HEADER}\nx,FX,planned,country,46.6,2.4,x\n`,
			[
				`${DC}:2:2: country: "FX" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FI, FJ, FK, FM, FO or FR?)`
			]
		],
		[
			'a code the map cannot draw',
			`${HEADER}\ngf,GF,planned,country,4,-53,x\n`,
			[
				`${DC}:2:2: country: "GF" is a country code the map has no shape for (expected a country the map draws; for a territory drawn as part of another country, use that country's code)`
			]
		],
		[
			'an empty country',
			`${HEADER}\nx,,planned,country,4,-53,x\n`,
			[
				`${DC}:2:2: country: empty, which is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR)`
			]
		],
		// positions
		[
			'a latitude above 90',
			`${HEADER}\nfr,FR,planned,country,91.2,2.4,x\n`,
			[`${DC}:2:5: lat: "91.2" is not a latitude (expected a number between -90 and 90)`]
		],
		[
			'a longitude below -180',
			`${HEADER}\nus,US,existing,country,39.8,-198.6,x\n`,
			[`${DC}:2:6: lon: "-198.6" is not a longitude (expected a number between -180 and 180)`]
		],
		[
			'a latitude that is not a number',
			`${HEADER}\nfr,FR,planned,country,N46,2.4,x\n`,
			[`${DC}:2:5: lat: "N46" is not a latitude (expected a number between -90 and 90)`]
		],
		[
			'both coordinates empty',
			`${HEADER}\nfr,FR,planned,country,,,x\n`,
			[
				`${DC}:2:5: lat: empty, which is not a latitude (expected a number between -90 and 90)`,
				`${DC}:2:6: lon: empty, which is not a longitude (expected a number between -180 and 180)`
			]
		],
		[
			'a swapped pair with lat out of range says so',
			`${HEADER}\nau,AU,existing,country,133.8,-25.3,x\n`,
			[
				`${DC}:2:5: lat: "133.8" is not a latitude, but lat -25.3, lon 133.8 falls in AU: lat and lon look swapped (expected lat, a number between -90 and 90, then lon)`
			]
		],
		[
			'a swapped pair within range says so',
			`${HEADER}\nfr,FR,planned,country,2.4,46.6,x\n`,
			[
				`${DC}:2:5: lat: "2.4" with lon "46.6" is outside FR, but lat 46.6, lon 2.4 falls in FR: lat and lon look swapped (expected lat, then lon)`
			]
		],
		[
			'a point outside its country is a warning',
			`${HEADER}\nnl,NL,planned,country,40,5.5,x\n`,
			[
				`${DC}:2:5: lat: warning: "40" with lon "5.5" is not in NL on the map (expected a point in the country named in column country; west and south are negative)`
			]
		],
		[
			'a point with a sign missing is outside, a warning',
			`${HEADER}\nmx,MX,planned,site,19.43,99.13,x\n`,
			[
				`${DC}:2:5: lat: warning: "19.43" with lon "99.13" is not in MX on the map (expected a point in the country named in column country; west and south are negative)`
			]
		],
		[
			'a point on the coast, just off the shape, is fine',
			`${HEADER}\nmrs,FR,planned,site,43.3,5.33,x\n`,
			[]
		],
		// keys and whole files
		[
			'a duplicate id in datacenters.csv',
			`${HEADER}\nfr,FR,planned,country,46.6,2.4,x\nfr,FR,planned,site,48.8,2.3,x\n`,
			[`${DC}:3:1: id: "fr" is already used on line 2 (expected each id once in the file)`]
		],
		[
			'all problems of a file are reported, not only the first',
			`${HEADER}\nfr,FR,planned,country,46.6,2.4,x\nnl,Netherlands,soon,country,52.2,5.5,\n`,
			[
				`${DC}:3:2: country: "Netherlands" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean NL?)`,
				`${DC}:3:3: status: "soon" is not an allowed value (expected existing or planned)`,
				`${DC}:3:7: source: empty (expected who disclosed the site)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, source, expected) => {
		expect(lines(parseDatacentres(utf8(source), DC).problems)).toEqual(expected);
	});

	it('keeps a row whose point is only outside its country (a warning), and drops a swapped one', () => {
		const { rows } = parseDatacentres(
			utf8(`${HEADER}\nnl,NL,planned,country,40,5.5,x\nfr,FR,planned,country,2.4,46.6,x\n`),
			DC
		);
		expect(rows.map((row) => row.id)).toEqual(['nl']);
	});
});

const DIALECT_HEADER = ['id', 'country', 'status', 'precision', 'lat', 'lon', 'source'];
const DIALECT_ROWS: CellValue[][] = [
	['us', 'US', 'existing', 'country', 39.8, -98.6, 'Alibaba'],
	['au', 'AU', 'existing', 'country', -25.345, 133.807, 'Alibaba'],
	['fr', 'FR', 'planned', 'site', 48.857, 2.352, 'Alibaba – communiqué'],
	['br', 'BR', 'planned', 'country', -10, -53, 'Alibaba']
];

describe('every dialect parses to the same data', () => {
	const plain = DIALECTS[0];
	if (!plain) throw new Error('no dialects');
	const dc = parseDatacentres(writeTable(DIALECT_HEADER, DIALECT_ROWS, plain), DC);

	it('reads the plain CSV without problems', () => {
		expect(lines(dc.problems)).toEqual([]);
		expect(dc.rows.map((row) => [row.lat, row.lon])).toEqual([
			[39.8, -98.6],
			[-25.345, 133.807],
			[48.857, 2.352],
			[-10, -53]
		]);
		expect(dc.rows[2]?.source).toEqual(tr('Alibaba – communiqué'));
	});

	it.each(DIALECTS.map((d) => [d.name, d] as const))('%s', (_name, d) => {
		const parsed = parseDatacentres(writeTable(DIALECT_HEADER, DIALECT_ROWS, d), DC);
		expect(lines(parsed.problems)).toEqual([]);
		expect(parsed.rows).toEqual(dc.rows);
	});

	it('settles the decimal comma from a latitude with three decimals', () => {
		const parsed = parseDatacentres(
			utf8('id;country;status;precision;lat;lon;source\nfr;FR;planned;site;48,857;2,352;x\n'),
			DC
		);
		expect(lines(parsed.problems)).toEqual([]);
		expect(parsed.rows.flatMap((row) => [row.lat, row.lon])).toEqual([48.857, 2.352]);
	});
});

describe('the fixture file', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('reads datacenters.csv: sites and country markers, a quoted source, blank translations', () => {
		const { rows, problems } = parseDatacentres(fixtureBytes(DC), DC);
		expect(problems).toEqual([]);
		const website = tr('Alibaba Cloud (site web)', { en: 'Alibaba Cloud (website)' });
		const reuters = tr('Reuters', { en: '' });
		expect(rows).toEqual([
			{
				id: 'fra',
				country: 'DE',
				status: 'existing',
				precision: 'site',
				lat: 50.11,
				lon: 8.68,
				source: tr('Alibaba Cloud, communiqué', { en: 'Alibaba Cloud press release' })
			},
			{
				id: 'jp',
				country: 'JP',
				status: 'existing',
				precision: 'country',
				lat: 36.2,
				lon: 138.3,
				source: website
			},
			{
				id: 'sg',
				country: 'SG',
				status: 'existing',
				precision: 'site',
				lat: 1.35,
				lon: 103.82,
				source: website
			},
			{
				id: 'in',
				country: 'IN',
				status: 'planned',
				precision: 'country',
				lat: 22,
				lon: 79,
				source: reuters
			},
			{
				id: 'mex',
				country: 'MX',
				status: 'planned',
				precision: 'site',
				lat: 19.43,
				lon: -99.13,
				source: reuters
			}
		]);
	});
});

/** Points well inside their country, so that any jitter of ±0.1° stays inside. */
const CENTRES: [string, number, number][] = [
	['US', 39.8, -98.6],
	['AU', -25.3, 133.8],
	['BR', -10.8, -52.9],
	['FR', 46.6, 2.4],
	['NL', 52.2, 5.5],
	['CN', 33.5, 103.5]
];
const dataCentre = fc
	.record({
		id,
		centre: fc.constantFrom(...CENTRES),
		jitterLat: fc.integer({ min: -1000, max: 1000 }),
		jitterLon: fc.integer({ min: -1000, max: 1000 }),
		status: fc.constantFrom(...SITE_STATUSES),
		precision: fc.constantFrom(...PRECISIONS),
		source: text,
		sourceEn: optionalText
	})
	.map(
		({
			centre: [country, lat, lon],
			jitterLat,
			jitterLon,
			source,
			sourceEn,
			...rest
		}): DataCentre => ({
			...rest,
			country,
			// four decimals: round to avoid 46.6 + 0.0001 = 46.600100000000005
			lat: Math.round((lat + jitterLat / 10_000) * 10_000) / 10_000,
			lon: Math.round((lon + jitterLon / 10_000) * 10_000) / 10_000,
			source: tr(source, { en: sourceEn })
		})
	);

describe('generated files', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('any valid table parses to the same data in every dialect', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(dataCentre, { minLength: 1, maxLength: 8, selector: (row) => row.id }),
				dialect,
				(rows, d) => {
					const cells = rows.map((row): CellValue[] => [
						row.id,
						row.country,
						row.status,
						row.precision,
						row.lat,
						row.lon,
						row.source.base,
						row.source.byLang.en ?? ''
					]);
					const parsed = parseDatacentres(
						writeTable([...DATACENTRE_COLUMNS, 'source_en'], cells, d),
						DC
					);
					expect(lines(parsed.problems)).toEqual([]);
					expect(parsed.rows).toEqual(rows);
				}
			)
		);
	});

	it('arbitrary bytes give rows or located problems, never an exception', () => {
		expectRowsOrLocatedProblems(parseDatacentres, DC);
	});
});
