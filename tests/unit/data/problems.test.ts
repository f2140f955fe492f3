/** Located problems and the one line every tool prints them in: `FILE:LINE:COLUMN: FIELD: message`. */
import { describe, expect, it } from 'vitest';
import {
	error,
	formatProblem,
	hasErrors,
	listOr,
	quote,
	sortProblems,
	warning
} from '$lib/data/problems';
import type { Problem } from '$lib/types';

const base: Problem = {
	file: 'data/x.csv',
	line: 7,
	column: 5,
	field: 'lat',
	message: 'm',
	severity: 'error'
};

describe('error and warning', () => {
	it('put the message and the severity on a place', () => {
		const place = { file: 'data/x.csv', line: 7, column: 5, field: 'lat' };
		expect(error(place, 'm')).toEqual(base);
		expect(warning(place, 'm')).toEqual({ ...base, severity: 'warning' });
	});
});

describe('formatProblem and hasErrors', () => {
	const CASES: [string, Problem, string][] = [
		['an error', base, 'data/x.csv:7:5: lat: m'],
		['a warning', { ...base, severity: 'warning' }, 'data/x.csv:7:5: lat: warning: m'],
		[
			'a file-level problem has no field part',
			{ ...base, line: 1, column: 1, field: '' },
			'data/x.csv:1:1: m'
		],
		[
			'a file-level warning',
			{ ...base, line: 1, column: 1, field: '', severity: 'warning' },
			'data/x.csv:1:1: warning: m'
		]
	];
	it.each(CASES)('formats %s', (_name, problem, expected) => {
		expect(formatProblem(problem)).toBe(expected);
	});
	it('counts only errors as failing', () => {
		expect(hasErrors([])).toBe(false);
		expect(hasErrors([{ ...base, severity: 'warning' }])).toBe(false);
		expect(hasErrors([{ ...base, severity: 'warning' }, base])).toBe(true);
	});
});

describe('sortProblems', () => {
	it('sorts by file, then line, then column, keeping the order of problems at one place', () => {
		const at = (file: string, line: number, column: number, message = 'm'): Problem => ({
			...base,
			file,
			line,
			column,
			message
		});
		const problems = [
			at('data/story.fr.aml', 1, 1),
			at('data/capex.csv', 10, 1),
			at('data/capex.csv', 2, 3, 'second'),
			at('data/capex.csv', 2, 3, 'first'),
			at('data/capex.csv', 2, 1),
			at('data/capex.csv', 9, 9)
		];
		expect(sortProblems(problems).map(formatProblem)).toEqual([
			'data/capex.csv:2:1: lat: m',
			'data/capex.csv:2:3: lat: second',
			'data/capex.csv:2:3: lat: first',
			'data/capex.csv:9:9: lat: m',
			'data/capex.csv:10:1: lat: m',
			'data/story.fr.aml:1:1: lat: m'
		]);
		expect(problems[0]?.file).toBe('data/story.fr.aml');
	});
	it('sorts nothing into nothing', () => {
		expect(sortProblems([])).toEqual([]);
	});
});

describe('quote', () => {
	it.each([
		['91,2', '"91,2"'],
		['', '""'],
		[' a\t', '" a\\t"'],
		['say "hi"', '"say \\"hi\\""']
	])('shows %j as %s', (value, expected) => {
		expect(quote(value)).toBe(expected);
	});
});

describe('listOr', () => {
	it.each([
		[[], ''],
		[['day'], 'day'],
		[['day', 'ytd'], 'day or ytd'],
		[['all', 'existing', 'planned', 'none'], 'all, existing, planned or none']
	])('lists %j as %j', (values, expected) => {
		expect(listOr(values)).toBe(expected);
	});
});
