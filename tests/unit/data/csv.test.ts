/**
 * CSV records with their physical lines, in either separator: the separator
 * read from the header, quoted values across lines, and syntax errors
 * located at the field where quoting breaks, the rest of the file still read.
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, findQuoteIssue, readRecords, type Delimiter } from '$lib/data/csv';

describe('detectDelimiter', () => {
	it.each<[string, string, Delimiter]>([
		['commas', 'a,b,c\n1;2,3', ','],
		['semicolons', 'a;b;c\n1,2;3', ';'],
		['a tie goes to the comma, the format’s default', 'a;b,c', ','],
		['separators inside quotes do not count', '"a;b;c",d', ','],
		['the first non-blank line is the header', '\n  \na;b\n', ';'],
		['an empty text', '', ','],
		['a single name', 'year', ',']
	])('reads %s', (_name, text, expected) => {
		expect(detectDelimiter(text)).toBe(expected);
	});
});

describe('findQuoteIssue', () => {
	it.each([
		['no quotes', 'a,b,c', ',', undefined],
		['a well-quoted value', 'a,"b, c",d', ',', undefined],
		['doubled quotes inside a quoted value', '"12"" screen",b', ',', undefined],
		['spaces around a quoted value', 'a, "b" ,c', ',', undefined],
		[
			'a quote never closed, in the third field',
			'a;b;"c;d',
			';',
			{ field: 2, kind: 'unclosed', junk: '' }
		],
		[
			'text after the closing quote',
			'a,"Alibaba" et al.,c',
			',',
			{ field: 1, kind: 'junk-after-quote', junk: 'e' }
		],
		[
			'the other separator after a quote is junk',
			'"a";b',
			',',
			{ field: 0, kind: 'junk-after-quote', junk: ';' }
		]
	] as const)('finds %s', (_name, text, delimiter, expected) => {
		expect(findQuoteIssue(text, delimiter)).toEqual(expected);
	});
});

describe('readRecords', () => {
	it('keeps each record’s and each field’s physical line after values spanning lines', () => {
		const { records, problems } = readRecords('a,b,c\n"x\ny",2,"z\n\nw"\n3,4,5\n', ',');
		expect(problems).toEqual([]);
		expect(records).toEqual([
			{ fields: ['a', 'b', 'c'], line: 1, fieldLines: [1, 1, 1] },
			{ fields: ['x\ny', '2', 'z\n\nw'], line: 2, fieldLines: [2, 3, 3] },
			{ fields: ['3', '4', '5'], line: 6, fieldLines: [6, 6, 6] }
		]);
	});

	it('drops blank lines and rows of separators only, and trims values, keeping lines physical', () => {
		const { records } = readRecords('a;b\n\n ; \n;;;\n 1 ; 2 \n', ';');
		expect(records.map((r) => [r.line, r.fields])).toEqual([
			[1, ['a', 'b']],
			[5, ['1', '2']]
		]);
	});

	it('keeps a quote inside an unquoted value, as spreadsheets do', () => {
		expect(readRecords('a,b\n12" screen,x\n', ',').records[1]?.fields).toEqual(['12" screen', 'x']);
	});

	it.each([
		[
			'an unclosed quote: located where it opens; it swallows the rest of the file',
			'a,b\n1,"x\n2,3\n',
			[
				{
					line: 2,
					column: 2,
					message:
						'a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)'
				}
			],
			[1, 3]
		],
		[
			'text after a closing quote: located, and the next line is read',
			'a,b\n"x" y,1\n2,3\n',
			[
				{
					line: 2,
					column: 1,
					message:
						'a quoted value is followed by "y" (expected the separator right after the closing "; write "" for a quote inside a quoted value)'
				}
			],
			[1, 3]
		],
		[
			'two broken lines: both reported, the good ones between read',
			'a,b\n"x" y,1\n2,3\n4,"z" w\n5,6\n',
			[
				{
					line: 2,
					column: 1,
					message:
						'a quoted value is followed by "y" (expected the separator right after the closing "; write "" for a quote inside a quoted value)'
				},
				{
					line: 4,
					column: 2,
					message:
						'a quoted value is followed by "w" (expected the separator right after the closing "; write "" for a quote inside a quoted value)'
				}
			],
			[1, 3, 5]
		]
	])('%s', (_name, text, problems, recordLines) => {
		const result = readRecords(text, ',');
		expect(result.problems).toEqual(problems);
		expect(result.records.map((r) => r.line)).toEqual(recordLines);
	});
});
