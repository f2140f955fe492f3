/**
 * Column converters: each turns one located cell into a typed value or
 * records what was found and what was expected; `parseRows` runs them over a
 * file, `ctx.unique` reports repeated keys, `translated` reads a column and
 * its `<column>_<lang>` translations.
 */
import { describe, expect, it } from 'vitest';
import {
	boolean,
	complete,
	converting,
	number,
	oneOf,
	parseRows,
	text,
	translated,
	type Converting,
	type NumberRule
} from '$lib/data/convert';
import type { Cell } from '$lib/data/table';
import type { DecimalChoice } from '$lib/data/numbers';
import type { Problem, Translated } from '$lib/types';
import { parseCapex } from '$lib/charts/capex/data';
import { parseMarket } from '$lib/charts/market/data';
import { parseDatacentres } from '$lib/charts/map/data';
import { lines, utf8 } from '../support/bytes';

const FILE = 'data/x.csv';
const POINT: DecimalChoice = { mark: '.', ambiguous: false };
const COMMA: DecimalChoice = { mark: ',', ambiguous: false };
const UNSURE: DecimalChoice = { mark: ',', ambiguous: true };

function cell(value: string, field = 'value', line = 2, column = 3): Cell {
	return { value, file: FILE, line, column, field };
}

function ctxWith(decimal: DecimalChoice = POINT): Converting {
	return converting({ problems: [], decimal });
}

describe('text', () => {
	it('gives the value, or reports an empty cell with what was expected', () => {
		const ctx = ctxWith();
		expect(text(cell('JD.com'), ctx, 'the company')).toBe('JD.com');
		expect(text(cell(''), ctx, 'the company name, e.g. "JD.com"')).toBeUndefined();
		expect(lines(ctx.problems)).toEqual([
			`${FILE}:2:3: value: empty (expected the company name, e.g. "JD.com")`
		]);
	});
});

describe('number', () => {
	const LAT: NumberRule = {
		what: 'a latitude',
		expected: 'a number between -90 and 90',
		min: -90,
		max: 90
	};
	const YEAR: NumberRule = { what: 'a year', expected: 'a whole number', integer: true };
	type Case = [value: string, decimal: DecimalChoice, rule: NumberRule, expected: number | string];
	const CASES: Case[] = [
		['46.6', POINT, LAT, 46.6],
		['-90', POINT, LAT, -90],
		['90', POINT, LAT, 90],
		['\u221245,5', COMMA, LAT, -45.5],
		['90.1', POINT, LAT, '"90.1" is not a latitude (expected a number between -90 and 90)'],
		['', POINT, LAT, 'empty, which is not a latitude (expected a number between -90 and 90)'],
		['N46', POINT, LAT, '"N46" is not a latitude (expected a number between -90 and 90)'],
		[
			'46,6',
			POINT,
			LAT,
			'"46,6" does not use this file\'s decimal mark (expected a number between -90 and 90, written with decimal points, e.g. "3.6", like the file\'s other numbers)'
		],
		[
			'46.6',
			COMMA,
			LAT,
			'"46.6" does not use this file\'s decimal mark (expected a number between -90 and 90, written with decimal commas, e.g. "3,6", like the file\'s other numbers)'
		],
		[
			'1,234',
			UNSURE,
			LAT,
			'"1,234": is the comma a decimal comma (1.234) or a thousands separator (1234)? No other number in this file tells (expected 1234 or "1 234" for a whole number, "1,2340" for a decimal)'
		],
		['2025', POINT, YEAR, 2025],
		['2025.5', POINT, YEAR, '"2025.5" is not a year (expected a whole number)'],
		['NaN', POINT, YEAR, '"NaN" is not a year (expected a whole number)']
	];
	it.each(CASES)('reads %j under %j', (value, decimal, rule, expected) => {
		const ctx = ctxWith(decimal);
		const result = number(cell(value), ctx, rule);
		if (typeof expected === 'number') {
			expect(result).toBe(expected);
			expect(ctx.problems).toEqual([]);
		} else {
			expect(result).toBeUndefined();
			expect(lines(ctx.problems)).toEqual([`${FILE}:2:3: value: ${expected}`]);
		}
	});
});

describe('boolean', () => {
	it.each([
		...['yes', 'OUI', 'True', 'vrai', '1'].map((word) => [word, true] as const),
		...['no', 'Non', 'FALSE', 'faux', '0'].map((word) => [word, false] as const)
	])('reads %j as %s', (word, expected) => {
		const ctx = ctxWith();
		expect(boolean(cell(word), ctx)).toBe(expected);
		expect(ctx.problems).toEqual([]);
	});
	it.each([
		['maybe', '"maybe" is not yes or no'],
		['', 'empty, which is not yes or no'],
		['y', '"y" is not yes or no'],
		['2', '"2" is not yes or no']
	])('refuses %j', (word, found) => {
		const ctx = ctxWith();
		expect(boolean(cell(word), ctx)).toBeUndefined();
		expect(lines(ctx.problems)).toEqual([
			`${FILE}:2:3: value: ${found} (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
		]);
	});
});

describe('oneOf', () => {
	const PERIODS = ['day', 'ytd'] as const;
	it.each([
		['day', 'day'],
		['YTD', 'ytd'],
		['Day', 'day']
	])('reads %j as %j, whatever its case', (value, expected) => {
		const ctx = ctxWith();
		expect(oneOf(cell(value), ctx, PERIODS)).toBe(expected);
		expect(ctx.problems).toEqual([]);
	});
	it.each([
		['week', '"week" is not an allowed value (expected day or ytd)'],
		['', 'empty, which is not an allowed value (expected day or ytd)'],
		[' day', '" day" is not an allowed value (expected day or ytd)']
	])('refuses %j, listing the allowed values', (value, message) => {
		const ctx = ctxWith();
		expect(oneOf(cell(value), ctx, PERIODS)).toBeUndefined();
		expect(lines(ctx.problems)).toEqual([`${FILE}:2:3: value: ${message}`]);
	});
});

describe('complete', () => {
	it('gives the row when every field is defined, falsy values included', () => {
		expect(complete({ a: 0, b: '', c: false })).toEqual({ a: 0, b: '', c: false });
		expect(complete({})).toEqual({});
	});
	it('gives undefined when any field failed', () => {
		expect(complete({ a: 1, b: undefined })).toBeUndefined();
	});
});

describe('ctx.unique', () => {
	it('reports each repeat of a key at its own cell, naming the line of the first', () => {
		const ctx = ctxWith();
		ctx.unique('jd', cell('jd', 'id', 2, 1));
		ctx.unique('tencent', cell('tencent', 'id', 3, 1));
		ctx.unique('jd', cell('jd', 'id', 4, 1));
		ctx.unique('jd', cell(' jd', 'id', 7, 1));
		expect(lines(ctx.problems)).toEqual([
			`${FILE}:4:1: id: "jd" is already used on line 2 (expected each id once in the file)`,
			`${FILE}:7:1: id: " jd" is already used on line 2 (expected each id once in the file)`
		]);
	});
	it('keeps the keys of each file apart', () => {
		const first = ctxWith();
		const second = ctxWith();
		first.unique('2023', cell('2023', 'year'));
		second.unique('2023', cell('2023', 'year'));
		expect([...first.problems, ...second.problems]).toEqual([]);
	});
});

describe('translated', () => {
	const cells = (entries: Record<string, string>): Partial<Record<string, Cell>> =>
		Object.fromEntries(
			Object.entries(entries).map(([field, value]) => [field, cell(value, field)])
		);

	it.each<[string, Record<string, string>, Translated]>([
		['the base column alone', { source: 'Presse' }, { base: 'Presse', byLang: {} }],
		[
			'each translation the file has, empty ones kept empty',
			{ source: 'Presse', source_en: 'Press', source_fr: '' },
			{ base: 'Presse', byLang: { en: 'Press', fr: '' } }
		],
		[
			'no base column: an empty base',
			{ source_en: 'Press' },
			{ base: '', byLang: { en: 'Press' } }
		],
		[
			'nothing of a language the story is not published in',
			{ source: 'Presse', source_de: 'Presse (de)' },
			{ base: 'Presse', byLang: {} }
		],
		['nothing at all: empty', {}, { base: '', byLang: {} }]
	])('reads %s, without a required base', (_name, entries, expected) => {
		const ctx = ctxWith();
		expect(translated(cells(entries), 'source', ctx)).toEqual(expected);
		expect(ctx.problems).toEqual([]);
	});

	it('reports an empty base column when one is required, even with translations', () => {
		const ctx = ctxWith();
		expect(
			translated(cells({ source: '', source_en: 'Press' }), 'source', ctx, 'who reported it')
		).toBeUndefined();
		expect(lines(ctx.problems)).toEqual([`${FILE}:2:3: source: empty (expected who reported it)`]);
	});

	it('reads a required base column with its translations', () => {
		const ctx = ctxWith();
		expect(
			translated(cells({ source: 'Presse', source_en: '' }), 'source', ctx, 'who reported it')
		).toEqual({ base: 'Presse', byLang: { en: '' } });
		expect(ctx.problems).toEqual([]);
	});
});

describe('parseRows', () => {
	const SPEC = { columns: ['id', 'n'] as const, numeric: ['n'] as const };
	const parse = (source: string) =>
		parseRows(utf8(source), FILE, SPEC, (cells, ctx) => {
			const id = text(cells.id, ctx, 'an id');
			if (id !== undefined) ctx.unique(id, cells.id);
			return complete<{ id: string; n: number }>({
				id,
				n: number(cells.n, ctx, { what: 'a number', expected: 'a number' })
			});
		});

	it('converts each row in file order', () => {
		expect(parse('id,n\na,1\nb,2.5\n')).toEqual({
			rows: [
				{ id: 'a', n: 1 },
				{ id: 'b', n: 2.5 }
			],
			problems: []
		});
	});

	it('leaves out a row with any bad cell and reports every problem, the table’s first; a repeated key is reported, its row kept', () => {
		const result = parse('id,n,x\na,1,\n,two,\nb\nc,3,\na,4,\n');
		expect(result.rows).toEqual([
			{ id: 'a', n: 1 },
			{ id: 'c', n: 3 },
			{ id: 'a', n: 4 }
		]);
		expect(lines(result.problems)).toEqual([
			`${FILE}:1:3: x: warning: column ignored (not one this file uses: id, n)`,
			`${FILE}:4:2: row has 1 values but the header has 3 columns (expected one value per column, separated by ","; a value containing "," must be in double quotes)`,
			`${FILE}:3:1: id: empty (expected an id)`,
			`${FILE}:3:2: n: "two" is not a number (expected a number)`,
			`${FILE}:6:1: id: "a" is already used on line 2 (expected each id once in the file)`
		]);
	});

	it('reads the decimal mark the file’s numbers settle before converting', () => {
		expect(parse('id;n\na;1,5\nb;2\n').rows).toEqual([
			{ id: 'a', n: 1.5 },
			{ id: 'b', n: 2 }
		]);
	});

	it('gives no rows and the file’s problem for a file that is not a table', () => {
		expect(parse('')).toEqual({
			rows: [],
			problems: [
				{
					file: FILE,
					line: 1,
					column: 1,
					field: '',
					message:
						'empty file (expected a header line naming the columns id, n, then one line per row)',
					severity: 'error'
				}
			]
		});
	});
});

/**
 * The translated `source` of the three CSV files, through their parsers:
 * `source` required, `source_<lang>` optional, never a warning for being
 * absent, found by name anywhere in the header.
 */
describe('the translated source column of every file', () => {
	const DC = 'data/datacenters.csv';
	const CAPEX = 'data/capex.csv';
	const MARKET = 'data/market.csv';
	type Parser = (
		bytes: Uint8Array,
		file: string
	) => { rows: { source: Translated }[]; problems: Problem[] };
	const PARSERS: Record<string, Parser> = {
		[DC]: parseDatacentres,
		[CAPEX]: parseCapex,
		[MARKET]: parseMarket
	};

	type Case = [
		behaviour: string,
		file: string,
		text: string,
		sources: Translated[],
		problems: string[]
	];
	const CASES: Case[] = [
		[
			'reads source_en when the column is there',
			CAPEX,
			'year,companies,value_busd,estimate,lower_bound,source,source_en\n2023,a,13,no,no,Presse française,French press\n',
			[{ base: 'Presse française', byLang: { en: 'French press' } }],
			[]
		],
		[
			'gives no translation, and no warning, when the column is absent',
			CAPEX,
			'year,companies,value_busd,estimate,lower_bound,source\n2023,a,13,no,no,Presse\n',
			[{ base: 'Presse', byLang: {} }],
			[]
		],
		[
			'gives an empty translation for an empty or blank cell, row by row',
			MARKET,
			'id,company,period,change_pct,lower_bound,source,source_en\njd,JD.com,day,3.6,no,Presse,Press\nt,Tencent,day,2,no,Presse,\nn,NAURA,day,10,no,Presse,   \n',
			[
				{ base: 'Presse', byLang: { en: 'Press' } },
				{ base: 'Presse', byLang: { en: '' } },
				{ base: 'Presse', byLang: { en: '' } }
			],
			[]
		],
		[
			'finds source_en by name in any position and case, trimmed',
			DC,
			' Source_EN ,id,country,status,precision,lat,lon,source\n Alibaba (announcement) ,fr,FR,planned,country,46.6,2.4,Alibaba (annonce)\n',
			[{ base: 'Alibaba (annonce)', byLang: { en: 'Alibaba (announcement)' } }],
			[]
		],
		[
			'reads source_fr beside source_en: the base column is then a fallback',
			DC,
			'id,country,status,precision,lat,lon,source,source_fr,source_en\nfr,FR,planned,country,46.6,2.4,Alibaba,Alibaba (annonce),Alibaba (announcement)\n',
			[
				{
					base: 'Alibaba',
					byLang: { fr: 'Alibaba (annonce)', en: 'Alibaba (announcement)' }
				}
			],
			[]
		],
		[
			'keeps source required even when source_en is filled',
			MARKET,
			'id,company,period,change_pct,lower_bound,source,source_en\njd,JD.com,day,3.6,no,,Press\n',
			[],
			[`${MARKET}:2:6: source: empty (expected who reported the move)`]
		],
		[
			'does not stand in for a missing source column',
			CAPEX,
			'year,companies,value_busd,estimate,lower_bound,source_en\n2023,a,13,no,no,Press\n',
			[],
			[
				`${CAPEX}:1:1: source: missing column (expected a header named source; the header has "year", "companies", "value_busd", "estimate", "lower_bound", "source_en")`
			]
		],
		[
			'reports source_en twice as an error, like any column',
			DC,
			'id,country,status,precision,lat,lon,source,source_en,source_en\nfr,FR,planned,country,46.6,2.4,x,y,z\n',
			[{ base: 'x', byLang: { en: 'y' } }],
			[`${DC}:1:9: source_en: column appears twice, also at column 8 (expected each column once)`]
		],
		[
			'warns about a translation into a language the story is not published in',
			MARKET,
			'id,company,period,change_pct,lower_bound,source,source_es\njd,JD.com,day,3.6,no,Presse,Prensa\n',
			[{ base: 'Presse', byLang: {} }],
			[
				`${MARKET}:1:7: source_es: warning: column ignored (not one this file uses: id, company, period, change_pct, lower_bound, source, listing, listing_fr, listing_en, source_fr, source_en)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, file, source, sources, problems) => {
		const parse = PARSERS[file];
		if (!parse) throw new Error(`no parser for ${file}`);
		const parsed = parse(utf8(source), file);
		expect(lines(parsed.problems)).toEqual(problems);
		expect(parsed.rows.map((row) => row.source)).toEqual(sources);
	});
});
