import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { textOf } from './helpers';
import CapexChart from '$lib/components/CapexChart.svelte';
import { capexLayout, SERVER_WIDTH_PX } from '$lib/charts/bars';
import type { CapexRow } from '$lib/types';

const SOURCE = 'Bloomberg Intelligence (rapporté par la presse économique française)';
const SOURCE_EN = 'Bloomberg Intelligence (reported by the French business press)';
const ROWS: CapexRow[] = [
	{
		year: 2023,
		companies: 'Alibaba, Tencent, Baidu, JD.com',
		valueBnUsd: 13,
		estimate: false,
		lowerBound: false,
		source: SOURCE,
		sourceEn: SOURCE_EN
	},
	{
		year: 2025,
		companies: 'Alibaba, Tencent, Baidu, JD.com',
		valueBnUsd: 32,
		estimate: true,
		lowerBound: true,
		source: SOURCE,
		sourceEn: SOURCE_EN
	}
];

/** CapexChart's drawing height when no `height` is given (its DEFAULT_PLOT_HEIGHT_PX). */
const DEFAULT_PLOT_HEIGHT_PX = 340;

/** A numeric attribute of one tag's HTML; NaN when absent. */
function attr(tag: string, name: string): number {
	return Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
}

/** The classes of one tag's HTML. */
function classesOf(tag: string): string[] {
	return (/\sclass="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/);
}

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
			[
				'Investissements dans l’IA des quatre grands groupes chinois de la tech',
				'milliards de dollars US',
				'13 Md$',
				'plus de 32 Md$',
				'estimation',
				`Source : ${SOURCE}`
			]
		],
		[
			'en',
			[
				'AI investment by China’s four big tech groups',
				'billions of US dollars',
				'$13bn',
				'more than $32bn',
				'estimate',
				`Source: ${SOURCE_EN}`
			]
		]
	] as const)(
		'writes title, unit, values, estimate, lower bound and source in %s',
		(lang, expected) => {
			const text = textOf(
				render(CapexChart, { props: { rows: ROWS, years: [2023, 2025], lang } }).body
			);
			for (const phrase of expected) expect(text).toContain(phrase);
		}
	);

	it.each([
		['the English source in English', 'en', SOURCE_EN, `Source: ${SOURCE_EN}`, SOURCE],
		[
			'the French source in French, not the English one',
			'fr',
			SOURCE_EN,
			`Source : ${SOURCE}`,
			SOURCE_EN
		],
		[
			'the French source in English when the English one is empty',
			'en',
			'',
			`Source: ${SOURCE}`,
			'reported by'
		]
	] as const)('credits %s', (_name, lang, sourceEn, expected, absent) => {
		const rows = ROWS.map((row) => ({ ...row, sourceEn }));
		const text = textOf(render(CapexChart, { props: { rows, years: [2023, 2025], lang } }).body);
		expect(text).toContain(expected);
		expect(text).not.toContain(absent);
	});

	it('hatches the estimate', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'en' } });
		expect(body).toMatch(/<pattern id="capex-hatch-/);
		expect(body).toMatch(/<rect class="bar[^"]*estimate[^"]*"[^>]*fill: url\(#capex-hatch-/);
	});

	it.each([
		['one year shown', [2023]],
		['both years shown', [2023, 2025]],
		['no year shown', []]
	] as const)(
		'draws each bar where capexLayout puts it, a hidden one to be squashed onto the baseline (%s)',
		(_name, years) => {
			const { body } = render(CapexChart, { props: { rows: ROWS, years: [...years], lang: 'fr' } });
			const size = { width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX };
			const layout = capexLayout(ROWS, { years: [...years] }, size, 'fr');
			const rects = [...body.matchAll(/<rect class="bar[^>]*>/g)].map((m) => m[0]);
			expect(rects).toHaveLength(ROWS.length);
			layout.bars.forEach((bar, i) => {
				const rect = rects[i] ?? '';
				const drawn = {
					x: attr(rect, 'x'),
					y: attr(rect, 'y'),
					width: attr(rect, 'width'),
					height: attr(rect, 'height')
				};
				expect(classesOf(rect)).not.toContain('below');
				if (bar.visible) {
					expect(classesOf(rect)).not.toContain('hidden');
					expect(drawn).toEqual({ x: bar.x, y: bar.y, width: bar.width, height: bar.height });
				} else {
					// its CSS squashes it to scaleY(0) from its bottom: no height, on the baseline where capexLayout puts it
					expect(classesOf(rect)).toContain('hidden');
					expect(bar.height).toBe(0);
					expect(drawn.x).toBe(bar.x);
					expect(drawn.y + drawn.height).toBeCloseTo(layout.baselineY, 9);
					expect(drawn.height).toBeGreaterThan(0);
				}
			});
		}
	);

	it('marks a bar below zero, so it is squashed towards its top, the baseline', () => {
		const rows = [{ ...ROWS[0]!, valueBnUsd: -5 }];
		const { body } = render(CapexChart, { props: { rows, years: [], lang: 'fr' } });
		const rect = /<rect class="bar[^>]*>/.exec(body)?.[0] ?? '';
		const layout = capexLayout(
			rows,
			{ years: [] },
			{ width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX },
			'fr'
		);
		expect(classesOf(rect)).toEqual(expect.arrayContaining(['hidden', 'below']));
		expect(attr(rect, 'y')).toBeCloseTo(layout.baselineY, 9);
	});

	it('puts each shown value label where capexLayout puts it, and hides the others', () => {
		const { body } = render(CapexChart, { props: { rows: ROWS, years: [2023], lang: 'fr' } });
		const layout = capexLayout(
			ROWS,
			{ years: [2023] },
			{ width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX },
			'fr'
		);
		const labels = [...body.matchAll(/<text class="value[^>]*>/g)].map((m) => m[0]);
		expect(labels).toHaveLength(ROWS.length);
		layout.bars.forEach((bar, i) => {
			const label = labels[i] ?? '';
			expect(classesOf(label).includes('hidden')).toBe(!bar.visible);
			if (bar.visible) expect(attr(label, 'y')).toBeCloseTo(bar.label.y, 9);
		});
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
