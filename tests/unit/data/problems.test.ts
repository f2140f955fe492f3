/** The contract line in every language: the same `FILE:LINE:COLUMN: FIELD:` prefix, the words after it translated. */
import { describe, expect, it } from 'vitest';
import {
	error,
	formatProblem,
	formatProblemIn,
	hasErrors,
	message,
	showProblem,
	sortProblems,
	warning
} from '$lib/data/problems';
import { LANG_CODES } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import type { Problem } from '$lib/types';

const ERROR: Problem = {
	file: 'data/datacenters.csv',
	line: 5,
	column: 5,
	field: 'lat',
	message: message('notQuantity', {
		found: '522',
		what: message('whatLatitude'),
		expected: message('expectNumberBetween', { min: -90, max: 90 })
	}),
	severity: 'error'
};
const WARNING: Problem = {
	...ERROR,
	line: 8,
	severity: 'warning',
	message: message('pointOutside', { lat: '40', lon: '5.5', country: 'NL' })
};
const FILE_LEVEL: Problem = { ...ERROR, line: 1, column: 1, field: '', message: message('noRows') };

describe('formatProblem', () => {
	it('prints English by default', () => {
		expect(formatProblem(ERROR)).toBe(
			'data/datacenters.csv:5:5: lat: "522" is not a latitude (expected a number between -90 and 90)'
		);
		expect(formatProblem(WARNING)).toMatch(/^data\/datacenters\.csv:8:5: lat: warning: "40" /);
	});

	const NO_ROWS =
		'no rows: the file has a header but no data (expected at least one row under the header)';
	const CASES: [string, Problem, string][] = [
		[
			'a warning',
			WARNING,
			'data/datacenters.csv:8:5: lat: warning: "40" with lon "5.5" is not in NL on the map (expected a point in the country named in column country; west and south are negative)'
		],
		['a file-level problem has no field part', FILE_LEVEL, `data/datacenters.csv:1:1: ${NO_ROWS}`],
		[
			'a file-level warning',
			{ ...FILE_LEVEL, severity: 'warning' },
			`data/datacenters.csv:1:1: warning: ${NO_ROWS}`
		]
	];
	it.each(CASES)('formats %s', (_name, problem, expected) => {
		expect(formatProblem(problem)).toBe(expected);
	});

	it('keeps the prefix exactly in every language, and translates what follows', async () => {
		for (const lang of LANG_CODES) {
			const { checker } = await loadMessages(lang);
			for (const [problem, prefix] of [
				[ERROR, 'data/datacenters.csv:5:5: lat: '],
				[WARNING, 'data/datacenters.csv:8:5: lat: '],
				[FILE_LEVEL, 'data/datacenters.csv:1:1: ']
			] as const) {
				const line = formatProblemIn(problem, checker);
				expect(line.startsWith(prefix), `${lang}: ${line}`).toBe(true);
				expect(line.slice(prefix.length)).not.toBe('');
			}
		}
		const { checker } = await loadMessages('fr');
		expect(formatProblemIn(WARNING, checker)).toMatch(
			/^data\/datacenters\.csv:8:5: lat: avertissement\u00A0: "40" avec lon "5\.5" n’est pas dans NL/
		);
	});

	it('works as a callback of map, in English', () => {
		expect([ERROR, FILE_LEVEL].map(formatProblem)).toEqual([
			formatProblem(ERROR),
			formatProblem(FILE_LEVEL)
		]);
	});
});

describe('showProblem', () => {
	it('gives a page the message and the contract line in its language, as text', async () => {
		const { checker } = await loadMessages('fr');
		expect(showProblem(WARNING, checker)).toEqual({
			file: 'data/datacenters.csv',
			line: 8,
			column: 5,
			field: 'lat',
			severity: 'warning',
			message:
				'"40" avec lon "5.5" n’est pas dans NL sur la carte (attendu\u00A0: un point dans le pays de la colonne country\u00A0; l’ouest et le sud sont négatifs)',
			contract: formatProblemIn(WARNING, checker)
		});
	});
});

describe('error and warning', () => {
	it('put the message and the severity on a place', () => {
		const place = { file: 'data/x.csv', line: 7, column: 5, field: 'lat' };
		const noRows = message('noRows');
		expect(error(place, noRows)).toEqual({ ...place, message: noRows, severity: 'error' });
		expect(warning(place, noRows)).toEqual({ ...place, message: noRows, severity: 'warning' });
	});
});

describe('hasErrors', () => {
	it('counts only errors as failing', () => {
		expect(hasErrors([])).toBe(false);
		expect(hasErrors([WARNING])).toBe(false);
		expect(hasErrors([WARNING, ERROR])).toBe(true);
	});
});

describe('sortProblems', () => {
	const at = (file: string, line: number, column: number, found = 'm'): Problem => ({
		...ERROR,
		file,
		line,
		column,
		message: message('notQuantity', {
			found,
			what: message('whatLatitude'),
			expected: message('expectNumberBetween', { min: -90, max: 90 })
		})
	});
	it('sorts by file, then line, then column, keeping the order of problems at one place', () => {
		const problems = [
			at('data/story.fr.aml', 1, 1),
			at('data/capex.csv', 10, 1),
			at('data/capex.csv', 2, 3, 'second'),
			at('data/capex.csv', 2, 3, 'first'),
			at('data/capex.csv', 2, 1),
			at('data/capex.csv', 9, 9)
		];
		expect(sortProblems(problems).map((p) => formatProblem(p).split(': lat: ')[0])).toEqual([
			'data/capex.csv:2:1',
			'data/capex.csv:2:3',
			'data/capex.csv:2:3',
			'data/capex.csv:9:9',
			'data/capex.csv:10:1',
			'data/story.fr.aml:1:1'
		]);
		expect(sortProblems(problems).slice(1, 3).map(formatProblem)).toEqual([
			formatProblem(at('data/capex.csv', 2, 3, 'second')),
			formatProblem(at('data/capex.csv', 2, 3, 'first'))
		]);
		expect(problems[0]?.file).toBe('data/story.fr.aml');
	});
	it('sorts nothing into nothing', () => {
		expect(sortProblems([])).toEqual([]);
	});
});
