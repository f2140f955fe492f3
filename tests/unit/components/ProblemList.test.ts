/** ProblemList renders each problem as text, readable, with the exact contract line. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProblemList from '$lib/components/ProblemList.svelte';
import type { Problem } from '$lib/types';

const ERROR: Problem = {
	file: 'data/datacenters.csv',
	line: 7,
	column: 5,
	field: 'lat',
	message: '"91,2" is not a latitude (expected a number between -90 and 90)',
	severity: 'error'
};
const WARNING: Problem = {
	file: 'data/capex.csv',
	line: 1,
	column: 7,
	field: 'notes',
	message: 'column ignored',
	severity: 'warning'
};
const HOSTILE: Problem = { ...ERROR, field: '', message: '<script>alert(1)</script> & <b>x</b>' };

function html(problems: Problem[], lang: 'fr' | 'en'): string {
	return render(ProblemList, { props: { problems, lang } }).body;
}

describe('ProblemList', () => {
	const CASES: [string, Problem[], 'fr' | 'en', string][] = [
		['one error in French', [ERROR], 'fr', 'Les données contiennent 1 erreur<'],
		['two errors in English', [ERROR, ERROR], 'en', 'The data contains 2 errors<'],
		['warnings only', [WARNING], 'fr', 'Les données contiennent 1 avertissement<'],
		['errors counted apart from warnings', [ERROR, WARNING], 'en', 'The data contains 1 error<'],
		['nothing', [], 'en', 'The data contains no errors<']
	];
	it.each(CASES)('heads %s', (_name, problems, lang, heading) => {
		expect(html(problems, lang)).toContain(heading);
	});

	it('carries data-problems and shows the exact contract line', () => {
		const body = html([ERROR], 'fr');
		expect(body).toMatch(/data-problems="1"/);
		expect(body).toMatch(
			/<code[^>]*>data\/datacenters\.csv:7:5: lat: "91,2" is not a latitude \(expected a number between -90 and 90\)<\/code>/
		);
		expect(body).toContain('<strong>data/datacenters.csv</strong>');
	});

	it('renders messages as text, never as HTML', () => {
		const body = html([HOSTILE], 'en');
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<b>x</b>');
		expect(body).toContain('&lt;script>alert(1)&lt;/script> &amp; &lt;b>x&lt;/b>');
	});
});
