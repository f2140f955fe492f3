/** Numbers as editors type them: the file's decimal mark decided by vote, and each value read under it, never guessed. */
import { describe, expect, it } from 'vitest';
import {
	detectDecimalMark,
	readNumber,
	type DecimalChoice,
	type NumberSample
} from '$lib/data/numbers';

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
