/**
 * fast-check arbitraries for the property tests of the parsers: the text,
 * ids, yes/no words and numbers editors type, and bytes that reach the CSV
 * reader's corners; and what "a located problem" means for any of them.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '$lib/types';
import { DIALECTS } from './dialects';

/** Characters French copy is full of, plus every character that needs quoting. */
const TEXT_CHARS = [
	'a',
	'Z',
	'é',
	'à',
	'’',
	'–',
	'€',
	'…',
	'œ',
	' ',
	',',
	';',
	'"',
	'\n',
	'1',
	'.',
	'%'
];
export const text = fc
	.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 12 })
	.filter((value) => value.trim() === value && value !== '' && !value.includes('\n\n'));
export const optionalText = fc.oneof(fc.constant(''), text);
export const id = fc.string({
	unit: fc.constantFrom('a', 'b', 'z', '-', '1'),
	minLength: 1,
	maxLength: 6
});
/** Booleans as editors spell them, in any case. */
export const booleanWord = (value: boolean): fc.Arbitrary<string> =>
	fc
		.constantFrom(
			...(value ? ['yes', 'oui', 'true', 'vrai', '1'] : ['no', 'non', 'false', 'faux', '0'])
		)
		.chain((word) =>
			fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1))
		);
/** Up to two decimals: a value with exactly three (1,234) is, by design, a question in a `;` file. */
export const hundredths = (min: number, max: number): fc.Arbitrary<number> =>
	fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

export const dialect = fc.constantFrom(...DIALECTS);

/** A property test parses hundreds of generated files: a second or two alone, several while other test files run beside it on two shared cores. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** Every problem points into the file: a real line, a column from 1, a message. */
export function expectLocated(problems: readonly Problem[], file: string, lineCount: number): void {
	for (const problem of problems) {
		expect(problem.file).toBe(file);
		expect(problem.line).toBeGreaterThanOrEqual(1);
		expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
		expect(problem.column).toBeGreaterThanOrEqual(1);
		expect(problem.message.length).toBeGreaterThan(0);
	}
}

/** Bytes that look like CSV often enough to reach the parser's corners: quotes, separators, line ends. */
const csvLike = fc
	.array(
		fc.constantFrom(
			'id',
			'year',
			'lat',
			',',
			';',
			'"',
			'""',
			'\n',
			'\r\n',
			'\r',
			' ',
			'1',
			'2,5',
			'-',
			'FR',
			'yes',
			'é',
			'\u00A0',
			'\uFEFF'
		),
		{ maxLength: 60 }
	)
	.map((parts) => new TextEncoder().encode(parts.join('')));
export const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), csvLike);

export function lineCount(bytes: Uint8Array): number {
	return Array.from(bytes).filter((byte) => byte === 0x0a || byte === 0x0d).length + 1;
}

/** A parser of the registry never throws: any bytes give rows or located problems. */
export function expectRowsOrLocatedProblems(
	parse: (bytes: Uint8Array, file: string) => { rows: unknown[]; problems: Problem[] },
	file: string
): void {
	fc.assert(
		fc.property(anyBytes, (bytes) => {
			const result = parse(bytes, file);
			expectLocated(result.problems, file, lineCount(bytes));
			expect(result.rows.length > 0 || result.problems.length > 0).toBe(true);
		}),
		{ numRuns: 300 }
	);
}
