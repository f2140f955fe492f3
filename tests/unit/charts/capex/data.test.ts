/**
 * `data/capex.csv` through its parser: every column's located errors, every
 * dialect a spreadsheet writes, generated tables, arbitrary bytes, and the
 * fixture file (UTF-8 with a byte-order mark and CRLF).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPEX_COLUMNS, parseCapex, type CapexRow } from '$lib/charts/capex/data';
import { lines, utf8 } from '../../support/bytes';
import { DIALECTS, writeTable, type CellValue } from '../../support/dialects';
import {
	booleanWord,
	dialect,
	expectRowsOrLocatedProblems,
	PROPERTY_TIMEOUT_MS,
	hundredths,
	optionalText,
	text
} from '../../support/arbitrary';
import { fixtureBytes } from '../../support/fixtures';
import { tr } from '../../support/rows';

const CAPEX = 'data/capex.csv';
const HEADER = CAPEX_COLUMNS.join(',');

type Case = [behaviour: string, text: string, expected: string[]];

describe('located problems', () => {
	const CASES: Case[] = [
		[
			'a boolean that is not yes or no',
			`${HEADER}\n2023,a,13,maybe,no,x\n`,
			[
				`${CAPEX}:2:4: estimate: "maybe" is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
			]
		],
		[
			'non-numeric money',
			`${HEADER}\n2023,a,13 bn,no,no,x\n`,
			[
				`${CAPEX}:2:3: value_busd: "13 bn" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
			]
		],
		[
			'negative money',
			`${HEADER}\n2023,a,-13,no,no,x\n`,
			[
				`${CAPEX}:2:3: value_busd: "-13" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
			]
		],
		[
			'a year with decimals',
			`${HEADER}\n2023.5,a,13,no,no,x\n`,
			[
				`${CAPEX}:2:1: year: "2023.5" is not a year (expected a whole number between 1900 and 2100, e.g. 2025)`
			]
		],
		[
			'a year with a digit too many or too few',
			`${HEADER}\n20255,a,13,no,no,x\n225,a,13,no,no,x\n`,
			[
				`${CAPEX}:2:1: year: "20255" is not a year (expected a whole number between 1900 and 2100, e.g. 2025)`,
				`${CAPEX}:3:1: year: "225" is not a year (expected a whole number between 1900 and 2100, e.g. 2025)`
			]
		],
		['the first and last years allowed', `${HEADER}\n1900,a,0,no,no,x\n2100,a,1,no,no,x\n`, []],
		[
			'empty companies',
			`${HEADER}\n2023,,13,no,no,x\n`,
			[
				`${CAPEX}:2:2: companies: empty (expected who the figure covers, e.g. "Alibaba, Tencent, Baidu, JD.com")`
			]
		],
		[
			'an empty source',
			`${HEADER}\n2023,a,13,no,no,\n`,
			[`${CAPEX}:2:6: source: empty (expected who published the figure)`]
		],
		[
			'a value like 1,234 in a ; file with no other clue gets a question',
			'year;companies;value_busd;estimate;lower_bound;source\n2023;a;1,234;no;no;x\n',
			[
				`${CAPEX}:2:3: value_busd: "1,234": is the comma a decimal comma (1.234) or a thousands separator (1234)? No other number in this file tells (expected 1234 or "1 234" for a whole number, "1,2340" for a decimal)`
			]
		],
		[
			'another decimal comma in the file settles 1,234',
			'year;companies;value_busd;estimate;lower_bound;source\n2023;a;1,234;no;no;x\n2025;a;32,5;no;no;x\n',
			[]
		],
		[
			'a duplicate year names the first line',
			`${HEADER}\n2023,a,13,no,no,x\n2025,a,32,yes,yes,x\n2023,b,14,no,no,y\n`,
			[`${CAPEX}:4:1: year: "2023" is already used on line 2 (expected each year once in the file)`]
		],
		[
			'an unclosed quote is located where it opens, and later rows are still checked',
			`${HEADER}\n2023,"Alibaba, Tencent,13,no,no,x\n2025,a,-32,yes,yes,x\n`,
			[
				`${CAPEX}:2:2: a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)`,
				`${CAPEX}:3:3: value_busd: "-32" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
			]
		],
		[
			'every problem of a row, not only the first',
			`${HEADER}\n2023.5,,x,maybe,,\n`,
			[
				`${CAPEX}:2:1: year: "2023.5" is not a year (expected a whole number between 1900 and 2100, e.g. 2025)`,
				`${CAPEX}:2:2: companies: empty (expected who the figure covers, e.g. "Alibaba, Tencent, Baidu, JD.com")`,
				`${CAPEX}:2:3: value_busd: "x" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`,
				`${CAPEX}:2:4: estimate: "maybe" is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`,
				`${CAPEX}:2:5: lower_bound: empty, which is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`,
				`${CAPEX}:2:6: source: empty (expected who published the figure)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, source, expected) => {
		expect(lines(parseCapex(utf8(source), CAPEX).problems)).toEqual(expected);
	});

	it('leaves a row with any bad cell out of the data', () => {
		const { rows } = parseCapex(
			utf8(`${HEADER}\n2023,a,13,no,no,x\n2024,a,x,no,no,x\n2025,a,32,yes,yes,x\n`),
			CAPEX
		);
		expect(rows.map((row) => row.year)).toEqual([2023, 2025]);
	});
});

const DIALECT_HEADER = ['year', 'companies', 'value_busd', 'estimate', 'lower_bound', 'source'];
const DIALECT_ROWS: CellValue[][] = [
	[
		2023,
		'Alibaba, Tencent, Baidu, JD.com',
		13,
		'non',
		'non',
		'Bloomberg Intelligence – rapport cité par la presse'
	],
	[
		2025,
		'Alibaba, Tencent, Baidu, JD.com',
		32.5,
		'oui',
		'oui',
		'L’estimation de Bloomberg… (en €? non, en $)'
	],
	[2030, 'Scénario "haut"', 1234.75, 'vrai', 'faux', 'Source\nsur deux lignes']
];

describe('every dialect parses to the same data', () => {
	const plain = DIALECTS[0];
	if (!plain) throw new Error('no dialects');
	const capex = parseCapex(writeTable(DIALECT_HEADER, DIALECT_ROWS, plain), CAPEX);

	it('reads the plain CSV without problems', () => {
		expect(lines(capex.problems)).toEqual([]);
		expect(capex.rows.map((row) => row.valueBnUsd)).toEqual([13, 32.5, 1234.75]);
		expect(capex.rows[1]?.source).toEqual(tr('L’estimation de Bloomberg… (en €? non, en $)'));
		expect(capex.rows[2]?.source).toEqual(tr('Source\nsur deux lignes'));
		expect(capex.rows[2]?.companies).toBe('Scénario "haut"');
	});

	it.each(DIALECTS.map((d) => [d.name, d] as const))('%s', (_name, d) => {
		const c = parseCapex(writeTable(DIALECT_HEADER, DIALECT_ROWS, d), CAPEX);
		expect(lines(c.problems)).toEqual([]);
		expect(c.rows).toEqual(capex.rows);
	});
});

describe('awkward but valid files', () => {
	const SEMI = 'year;companies;value_busd;estimate;lower_bound;source';
	const CASES: [behaviour: string, bytes: Uint8Array, values: number[]][] = [
		[
			'spaces around values and blank trailing lines',
			utf8(
				' year , companies ,value_busd,estimate,lower_bound,source\n 2023 , a , 13.5 , no , no , x \n\n\n'
			),
			[13.5]
		],
		[
			'Excel empty rows of separators at the end',
			utf8(`${SEMI}\r\n2023;a;13,5;non;non;x\r\n;;;;;\r\n;;;;;\r\n`),
			[13.5]
		],
		[
			'a no-break space between thousands',
			utf8(`${SEMI}\n2023;a;1\u00A0234,5;non;non;x\n`),
			[1234.5]
		],
		[
			'a narrow no-break space between thousands',
			utf8(`${SEMI}\n2023;a;12\u202F345;non;non;x\n2025;a;0,5;non;non;x\n`),
			[12345, 0.5]
		],
		['a ; file with only whole numbers', utf8(`${SEMI}\n2023;a;13;non;non;x\n`), [13]],
		[
			'old Mac line ends (CR only)',
			utf8('year,companies,value_busd,estimate,lower_bound,source\r2023,a,13,no,no,x\r'),
			[13]
		],
		['zero', utf8(`${HEADER}\n2023,a,0,no,no,x\n`), [0]]
	];
	it.each(CASES)('%s', (behaviour, bytes, values) => {
		const { rows, problems } = parseCapex(bytes, CAPEX);
		expect(lines(problems), behaviour).toEqual([]);
		expect(
			rows.map((row) => row.valueBnUsd),
			behaviour
		).toEqual(values);
	});
});

describe('the fixture file', () => {
	it('reads capex.csv saved with a byte-order mark and CRLF, three years and its translations', () => {
		const { rows, problems } = parseCapex(fixtureBytes(CAPEX), CAPEX);
		expect(problems).toEqual([]);
		const companies = 'Alibaba, Tencent, Baidu';
		const annual = tr('Cabinet d’études (rapport annuel)', { en: 'Research firm (annual report)' });
		expect(rows).toEqual([
			{
				year: 2022,
				companies,
				valueBnUsd: 9.5,
				estimate: false,
				lowerBound: false,
				source: annual
			},
			{ year: 2024, companies, valueBnUsd: 21, estimate: false, lowerBound: false, source: annual },
			{
				year: 2026,
				companies,
				valueBnUsd: 40,
				estimate: true,
				lowerBound: true,
				source: tr('Cabinet d’études (prévision)', { en: 'Research firm (forecast)' })
			}
		]);
	});
});

const capexRow = fc.record({
	year: fc.integer({ min: 1900, max: 2100 }),
	companies: text,
	valueBnUsd: hundredths(0, 100_000),
	estimate: fc.boolean(),
	lowerBound: fc.boolean(),
	source: text,
	sourceFr: optionalText,
	sourceEn: optionalText
});

describe('generated files', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('any valid table parses to the same data in every dialect', () => {
		const table = fc
			.uniqueArray(capexRow, { minLength: 1, maxLength: 8, selector: (row) => row.year })
			.chain((rows) =>
				fc.tuple(
					fc.constant(rows),
					fc.tuple(
						...rows.map((row) => fc.tuple(booleanWord(row.estimate), booleanWord(row.lowerBound)))
					)
				)
			);
		fc.assert(
			fc.property(table, dialect, ([rows, words], d) => {
				const cells = rows.map((row, i): CellValue[] => [
					row.year,
					row.companies,
					row.valueBnUsd,
					words[i]?.[0] ?? '',
					words[i]?.[1] ?? '',
					row.source,
					row.sourceFr,
					row.sourceEn
				]);
				const bytes = writeTable([...CAPEX_COLUMNS, 'source_fr', 'source_en'], cells, d);
				const parsed = parseCapex(bytes, CAPEX);
				expect(lines(parsed.problems)).toEqual([]);
				expect(parsed.rows).toEqual(
					rows.map(({ sourceFr, sourceEn, source, ...row }): CapexRow => ({
						...row,
						source: tr(source, { fr: sourceFr, en: sourceEn })
					}))
				);
			})
		);
	});

	it('arbitrary bytes give rows or located problems, never an exception', () => {
		expectRowsOrLocatedProblems(parseCapex, CAPEX);
	});
});
