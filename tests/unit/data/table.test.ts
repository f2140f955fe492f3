/**
 * A CSV file as a table of located cells: the file-level problems (not
 * text, empty, columns missing, twice or unknown), the shape of each row,
 * the header found by name, translated columns, and the decimal mark the
 * file's numbers settle. Table-driven: a file's text and the exact contract
 * lines the checker prints for it.
 */
import { describe, expect, it } from 'vitest';
import { readTable, translationColumns, type TableSpec } from '$lib/data/table';
import { LANG_CODES } from '$lib/i18n/languages';
import { lines, utf8 } from '../support/bytes';

const FILE = 'data/capex.csv';
const COLUMNS = ['year', 'companies', 'value_busd', 'estimate', 'lower_bound', 'source'] as const;
/** The shape of capex.csv: a required translated `source`, one numeric column. */
const SPEC: TableSpec<(typeof COLUMNS)[number]> = {
	columns: COLUMNS,
	translated: ['source'],
	numeric: ['value_busd']
};
const HEADER = COLUMNS.join(',');

function read(text: string, spec: TableSpec<string, string> = SPEC) {
	return readTable(utf8(text), FILE, spec);
}

type Case = [behaviour: string, text: string, expected: string[]];

describe('file-level problems', () => {
	const CASES: Case[] = [
		[
			'an empty file is an error at 1:1',
			'',
			[
				`${FILE}:1:1: empty file (expected a header line naming the columns year, companies, value_busd, estimate, lower_bound, source, then one line per row)`
			]
		],
		[
			'a file of blank lines and separators is empty',
			'\n;;;\n  \n',
			[
				`${FILE}:1:1: empty file (expected a header line naming the columns year, companies, value_busd, estimate, lower_bound, source, then one line per row)`
			]
		],
		[
			'a header with no rows is an error',
			`${HEADER}\n\n`,
			[
				`${FILE}:1:1: no rows: the file has a header but no data (expected at least one row under the header)`
			]
		],
		[
			'a missing required column names the column and what the header has',
			'year,companies,estimate,lower_bound,source\n2023,a,no,no,x\n',
			[
				`${FILE}:1:1: value_busd: missing column (expected a header named value_busd; the header has "year", "companies", "estimate", "lower_bound", "source")`
			]
		],
		[
			'a header of one name with tabs between asks about the separator',
			'year\tcompanies\tvalue_busd\testimate\tlower_bound\tsource\n2023\ta\t13\tno\tno\tx\n',
			[
				`${FILE}:1:1: year\tcompanies\tvalue_busd\testimate\tlower_bound\tsource: warning: column ignored (not one this file uses: year, companies, value_busd, estimate, lower_bound, source, source_fr, source_en)`,
				...COLUMNS.map(
					(name) =>
						`${FILE}:1:1: ${name}: missing column (expected a header named ${name}; the header has "year\\tcompanies\\tvalue_busd\\testimate\\tlower_bound\\tsource"; is the separator something other than , or ;?)`
				)
			]
		],
		[
			'a column twice is an error at the second one',
			`${HEADER},Year\n2023,a,13,no,no,x,2024\n`,
			[`${FILE}:1:7: year: column appears twice, also at column 1 (expected each column once)`]
		],
		[
			'an unknown column is a warning, once, at its header position, listing the translations',
			`${HEADER},notes\n2023,a,13,no,no,x,n1\n2025,a,32,yes,yes,x,n2\n`,
			[
				`${FILE}:1:7: notes: warning: column ignored (not one this file uses: year, companies, value_busd, estimate, lower_bound, source, source_fr, source_en)`
			]
		],
		[
			'a translation into a language the story is not published in is an unknown column',
			`${HEADER},source_de\n2023,a,13,no,no,x,Presse\n`,
			[
				`${FILE}:1:7: source_de: warning: column ignored (not one this file uses: year, companies, value_busd, estimate, lower_bound, source, source_fr, source_en)`
			]
		],
		[
			'a translation twice is an error, like any column',
			`${HEADER},source_en,SOURCE_EN\n2023,a,13,no,no,x,y,z\n`,
			[`${FILE}:1:8: source_en: column appears twice, also at column 7 (expected each column once)`]
		],
		[
			'a translation does not stand in for its missing base column',
			'year,companies,value_busd,estimate,lower_bound,source_en\n2023,a,13,no,no,Press\n',
			[
				`${FILE}:1:1: source: missing column (expected a header named source; the header has "year", "companies", "value_busd", "estimate", "lower_bound", "source_en")`
			]
		],
		[
			'columns are found by name in any order and case, translations too',
			'Source_FR, Source , VALUE_BUSD,year,companies,estimate,lower_bound\ny,x,13,2023,a,no,no\n',
			[]
		],
		[
			'empty header cells after the last column (Excel) are not columns',
			`${HEADER},,\n2023,a,13,no,no,x,,\n`,
			[]
		],
		[
			'not text (NUL bytes) is an error at 1:1',
			`${HEADER}\n2023,a,\u0000\u0001,no,no,x\n`,
			[
				`${FILE}:1:1: not a text file: character U+0000 on line 2 (expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, text, expected) => {
		expect(lines(read(text).problems)).toEqual(expected);
	});

	it('gives no rows for a file that cannot be read as a table', () => {
		for (const text of ['', `${HEADER}\n`, 'year,companies\n2023,a\n']) {
			expect(read(text).rows).toEqual([]);
		}
	});
});

describe('the shape of each row', () => {
	const CASES: Case[] = [
		[
			'a row with too few values',
			`${HEADER}\n2023,a,13,no,no\n`,
			[
				`${FILE}:2:6: row has 5 values but the header has 6 columns (expected one value per column, separated by ","; a value containing "," must be in double quotes)`
			]
		],
		[
			'a row with too many values (an unquoted comma)',
			`${HEADER}\n2023,Alibaba, Tencent,13,no,no,x\n`,
			[
				`${FILE}:2:7: row has 7 values but the header has 6 columns (expected one value per column, separated by ","; a value containing "," must be in double quotes)`
			]
		],
		[
			'a short row in a ; file names the ; separator',
			`${COLUMNS.join(';')}\n2023;a;13\n`,
			[
				`${FILE}:2:4: row has 3 values but the header has 6 columns (expected one value per column, separated by ";"; a value containing ";" must be in double quotes)`
			]
		],
		['empty values past the last column are tolerated', `${HEADER}\n2023,a,13,no,no,x,,\n`, []],
		[
			'an unclosed quote is located where it opens',
			`${HEADER}\n2023,"Alibaba, Tencent,13,no,no,x\n2025,a,-32,yes,yes,x\n`,
			[
				`${FILE}:2:2: a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)`
			]
		],
		[
			'text after a closing quote',
			`${HEADER}\n2023,"Alibaba" et al.,13,no,no,x\n`,
			[
				`${FILE}:2:2: a quoted value is followed by "e" (expected the separator right after the closing "; write "" for a quote inside a quoted value)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, text, expected) => {
		expect(lines(read(text).problems)).toEqual(expected);
	});

	it('leaves a malformed row out and keeps reading the rows after it', () => {
		const table = read(`${HEADER}\n2023,"Alibaba, Tencent,13,no,no,x\n2025,a,-32,yes,yes,x\n`);
		expect(table.rows.map((row) => [row.line, row.cells.value_busd?.value])).toEqual([[3, '-32']]);
		const short = read(`${HEADER}\n2023,a,13,no,no\n2025,a,32,yes,yes,x\n`);
		expect(short.rows.map((row) => row.line)).toEqual([3]);
	});
});

describe('cells', () => {
	it('locates each cell by physical line and header position, trimmed, with its canonical name', () => {
		const table = read(
			' Source ,year,companies,value_busd,estimate,lower_bound\n" Presse,\nfrançaise ", 2023 ,a,13,no,no\n'
		);
		expect(table.rows).toHaveLength(1);
		const { line, cells } = table.rows[0]!;
		expect(line).toBe(2);
		expect(cells.source).toEqual({
			value: 'Presse,\nfrançaise',
			file: FILE,
			line: 2,
			column: 1,
			field: 'source'
		});
		// the year starts on the line after the quoted value's break
		expect(cells.year).toEqual({ value: '2023', file: FILE, line: 3, column: 2, field: 'year' });
	});

	it('has a cell for a translation only when the file has its column', () => {
		const without = read(`${HEADER}\n2023,a,13,no,no,x\n`).rows[0]!.cells;
		const withEn = read(`${HEADER},source_en\n2023,a,13,no,no,x,\n`).rows[0]!.cells;
		expect(Object.keys(without).sort()).toEqual([...COLUMNS].sort());
		expect(withEn.source_en?.value).toBe('');
		expect(withEn.source_fr).toBeUndefined();
	});

	it('reads an optional translated column and its translations when present, and misses neither when absent', () => {
		const spec: TableSpec<'id', 'notes'> = {
			columns: ['id'],
			optional: ['notes'],
			translated: ['listing'],
			numeric: []
		};
		expect(lines(read('id\na\n', spec).problems)).toEqual([]);
		const full = read('id,notes,listing,listing_en,listing_fr\na,n,L,En,Fr\n', spec);
		expect(lines(full.problems)).toEqual([]);
		const cells = full.rows[0]!.cells;
		expect(
			[cells.notes, cells.listing, cells.listing_en, cells.listing_fr].map((c) => c?.value)
		).toEqual(['n', 'L', 'En', 'Fr']);
		expect(lines(read('id,listing_en,other\na,En,o\n', spec).problems)).toEqual([
			`${FILE}:1:3: other: warning: column ignored (not one this file uses: id, notes, listing, listing_fr, listing_en)`
		]);
	});
});

describe('the decimal mark', () => {
	const CASES: [behaviour: string, text: string, mark: ',' | '.', ambiguous: boolean][] = [
		['a , file uses points', `${HEADER}\n2023,a,3.6,no,no,x\n`, '.', false],
		['a ; file with a decimal comma', `${COLUMNS.join(';')}\n2023;a;3,6;no;no;x\n`, ',', false],
		['a ; file with a decimal point', `${COLUMNS.join(';')}\n2023;a;3.6;no;no;x\n`, '.', false],
		[
			'only the numeric columns vote: a year is no decimal',
			`${COLUMNS.join(';')}\n2023;a;1,234;no;no;3.6\n`,
			',',
			true
		]
	];
	it.each(CASES)('%s', (_behaviour, text, mark, ambiguous) => {
		expect(read(text).decimal).toEqual({ mark, ambiguous });
	});

	it('settles 46,123 as a decimal in a column whose values cannot reach 46123', () => {
		const spec: TableSpec<'lat'> = { columns: ['lat'], numeric: ['lat'], maxAbs: { lat: 90 } };
		expect(read('lat;x\n46,123;\n', spec).decimal).toEqual({ mark: ',', ambiguous: false });
		expect(read('lat;x\n46,123;\n', { ...spec, maxAbs: {} }).decimal).toEqual({
			mark: ',',
			ambiguous: true
		});
	});
});

describe('translationColumns', () => {
	it.each([
		['source', ['source_fr', 'source_en']],
		['listing', ['listing_fr', 'listing_en']]
	])('names %s’s translations, one per language of the table', (column, expected) => {
		expect(translationColumns(column)).toEqual(expected);
		expect(translationColumns(column)).toEqual(LANG_CODES.map((lang) => `${column}_${lang}`));
	});
});
