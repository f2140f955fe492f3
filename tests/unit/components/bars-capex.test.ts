import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { textOf } from './helpers';
import CapexChart from '$lib/components/CapexChart.svelte';
import type { CapexRow } from '$lib/types';

const SOURCE = 'Bloomberg Intelligence (rapporté par la presse économique française)';
const SOURCE_EN = 'Bloomberg Intelligence (reported by the French business press)';
const ROWS: CapexRow[] = [
	{ year: 2023, companies: 'Alibaba, Tencent, Baidu, JD.com', valueBnUsd: 13, estimate: false, lowerBound: false, source: SOURCE, sourceEn: SOURCE_EN },
	{ year: 2025, companies: 'Alibaba, Tencent, Baidu, JD.com', valueBnUsd: 32, estimate: true, lowerBound: true, source: SOURCE, sourceEn: SOURCE_EN }
];

describe('CapexChart (server render)', () => {
	it('carries the test hooks with the years shown', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023, 2025], lang: 'fr' } });
		expect(body).toContain('data-chart="capex"');
		expect(body).toContain('data-years="2023,2025"');
		const one = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'fr' } }).body;
		expect(one).toContain('data-years="2023"');
	});

	it.each([
		[
			'fr',
			['Investissements dans l’IA des quatre grands groupes chinois de la tech', 'milliards de dollars US', '13 Md$', 'plus de 32 Md$', 'estimation', `Source : ${SOURCE}`]
		],
		['en', ['AI investment by China’s four big tech groups', 'billions of US dollars', '$13bn', 'more than $32bn', 'estimate', `Source: ${SOURCE_EN}`]]
	] as const)('writes title, unit, values, estimate, lower bound and source in %s', (lang, expected) => {
		const text = textOf(render(CapexChart, { props: { rows: ROWS, years: [2023, 2025], lang } }).body);
		for (const phrase of expected) expect(text).toContain(phrase);
	});

	it.each([
		['the English source in English', 'en', SOURCE_EN, `Source: ${SOURCE_EN}`, SOURCE],
		['the French source in French, not the English one', 'fr', SOURCE_EN, `Source : ${SOURCE}`, SOURCE_EN],
		['the French source in English when the English one is empty', 'en', '', `Source: ${SOURCE}`, 'reported by']
	] as const)('credits %s', (_name, lang, sourceEn, expected, absent) => {
		const rows = ROWS.map((row) => ({ ...row, sourceEn }));
		const text = textOf(render(CapexChart, { props: { rows, years: [2023, 2025], lang } }).body);
		expect(text).toContain(expected);
		expect(text).not.toContain(absent);
	});

	it('hatches the estimate and draws no bar height for a hidden year', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'en' } });
		expect(body).toMatch(/<pattern id="capex-hatch-/);
		expect(body).toMatch(/<rect class="bar[^"]*estimate[^"]*"[^>]*height="0"[^>]*fill: url\(#capex-hatch-/);
	});

	it('lists only the years shown in its text equivalent', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'fr' } });
		const table = textOf(body.slice(body.indexOf('<table'), body.indexOf('</table>')));
		expect(table).toContain('2023 13 Md$');
		expect(table).not.toContain('2025');
	});

	it('renders without rows or years, still naming no source it does not have', () => {
		const { body } = render(CapexChart, { props: { rows: [], years: [], lang: 'fr' } });
		expect(body).toContain('data-chart="capex"');
		expect(body).not.toContain('NaN');
		expect(body).not.toContain('class="source"');
	});

	it('gives each chart its own hatch pattern id', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'fr' } });
		const ids = [...body.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
		const twice = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'fr' } }).body;
		expect(ids).toHaveLength(1);
		expect(twice).toContain(`url(#${ids[0]})`);
	});
});
