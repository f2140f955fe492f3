/**
 * The capex chart rendered on the server: its root's hooks, its words in
 * each language, and every bar and label where the spec's layout puts them.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '$lib/charts/capex/Chart.svelte';
import { capex } from '$lib/charts/capex/index';
import { capexHooks, type CapexState } from '$lib/charts/capex/state';
import { capexLayout, DEFAULT_PLOT_HEIGHT_PX } from '$lib/charts/capex/layout';
import { SERVER_WIDTH_PX } from '$lib/charts/shared/bars';
import type { CapexRow } from '$lib/charts/capex/row';
import type { Lang } from '$lib/types';
import { attr, classesOf, escaped, rootHooks, tags, textOf } from '../../support/html';
import { tr } from '../../support/rows';

const SOURCE = 'Bloomberg Intelligence (rapporté par la presse économique française)';
const SOURCE_EN = 'Bloomberg Intelligence (reported by the French business press)';
const ROWS: CapexRow[] = [
	{
		year: 2023,
		companies: tr('les quatre principaux groupes technologiques chinois', {
			en: 'China’s four main technology groups'
		}),
		valueBnUsd: 13,
		estimate: false,
		lowerBound: false,
		source: tr(SOURCE, { en: SOURCE_EN })
	},
	{
		year: 2025,
		companies: tr('les quatre principaux groupes technologiques chinois', {
			en: 'China’s four main technology groups'
		}),
		valueBnUsd: 32,
		estimate: true,
		lowerBound: true,
		source: tr(SOURCE, { en: SOURCE_EN })
	}
];

/** The chart as a page in `lang` draws it: the rows its spec ships, in `view`. */
function draw(view: CapexState, lang: Lang = 'fr', rows: CapexRow[] = ROWS): string {
	const prepared = capex.prepare(rows, [view], lang);
	return render(Chart, { props: { prepared, view, lang, root: './' } }).body;
}

/**
 * Where the layout puts everything before measurement (the server render):
 * at the server width and the default height, as the spec's `layout` does
 * (tests/unit/charts/capex/index.test.ts).
 */
function layoutOf(view: CapexState, lang: Lang = 'fr', rows: CapexRow[] = ROWS) {
	const size = { width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX };
	return capexLayout(capex.prepare(rows, [view], lang), view, size, lang);
}

describe('the capex chart (server render)', () => {
	it.each<[string, CapexState]>([
		['both years', { years: [2023, 2025] }],
		['one year', { years: [2023] }],
		['no year', { years: [] }]
	])('carries exactly data-chart and its hooks on its root, with %s', (_name, view) => {
		expect(rootHooks(draw(view))).toEqual({ 'data-chart': 'capex', ...capexHooks(view) });
	});

	it.each([
		[
			'fr',
			[
				'Investissements dans l’IA par année',
				'Total pour les quatre principaux groupes technologiques chinois, en milliards de dollars US',
				'13 Md$',
				'plus de 32 Md$',
				'estimation',
				`Source : ${SOURCE}`
			]
		],
		[
			'en',
			[
				'AI investment by year',
				'Total for China’s four main technology groups, in billions of US dollars',
				'$13bn',
				'more than $32bn',
				'estimate',
				`Source: ${SOURCE_EN}`
			]
		]
	] as const)(
		'writes title, unit, values, estimate, lower bound and source in %s',
		(lang, expected) => {
			const text = textOf(draw({ years: [2023, 2025] }, lang));
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
		const rows = ROWS.map((row) => ({ ...row, source: tr(SOURCE, { en: sourceEn }) }));
		const text = textOf(draw({ years: [2023, 2025] }, lang, rows));
		expect(text).toContain(expected);
		expect(text).not.toContain(absent);
	});

	it('credits each translation it is given, also untranslated rows the page ships', () => {
		const rows = ROWS.map((row) => ({ ...row, source: tr(SOURCE, { en: SOURCE_EN }) }));
		const body = render(Chart, {
			props: { prepared: rows, view: { years: [2023] }, lang: 'en', root: './' }
		}).body;
		expect(textOf(body)).toContain(`Source: ${SOURCE_EN}`);
	});

	it('hatches the estimate', () => {
		const body = draw({ years: [2023] }, 'en');
		expect(body).toMatch(/<pattern id="capex-hatch-/);
		expect(body).toMatch(/<rect class="bar[^"]*estimate[^"]*"[^>]*fill: url\(#capex-hatch-/);
	});

	it.each([
		['one year shown', [2023]],
		['both years shown', [2023, 2025]],
		['no year shown', []]
	] as const)(
		'draws each bar where the layout puts it, a hidden one to be squashed onto the baseline (%s)',
		(_name, years) => {
			const view = { years: [...years] };
			const body = draw(view);
			const layout = layoutOf(view);
			const rects = tags(body, /<rect class="bar[^>]*>/g);
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
					// its CSS squashes it to scaleY(0) from its bottom: no height, on the baseline where the layout puts it
					expect(classesOf(rect)).toContain('hidden');
					expect(bar.height).toBe(0);
					expect(drawn.x).toBe(bar.x);
					expect(drawn.y + drawn.height).toBeCloseTo(layout.baselineY, 9);
					expect(drawn.height).toBeGreaterThan(0);
				}
			});
		}
	);

	it('draws the axis where the layout puts it: gridlines and ticks at their values, the baseline at zero', () => {
		const view = { years: [2023, 2025] };
		const body = draw(view);
		const layout = layoutOf(view);
		const grid = tags(body, /<line class="grid[^>]*>/g);
		expect(grid.map((line) => attr(line, 'y1'))).toEqual(layout.ticks.map((t) => t.position));
		const ticks = [...body.matchAll(/<text class="tick[^>]*>([^<]*)</g)];
		expect(ticks.map((m) => m[1]?.trim())).toEqual(layout.ticks.map((t) => t.label));
		const baseline = tags(body, /<line class="baseline[^>]*>/g)[0] ?? '';
		expect(attr(baseline, 'y1')).toBe(layout.baselineY);
		expect(attr(baseline, 'x1')).toBe(layout.plotLeft);
		expect(body).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
	});

	it('marks a bar below zero, so it is squashed towards its top, the baseline', () => {
		const rows = [{ ...ROWS[0]!, valueBnUsd: -5 }];
		const body = draw({ years: [] }, 'fr', rows);
		const rect = /<rect class="bar[^>]*>/.exec(body)?.[0] ?? '';
		const layout = layoutOf({ years: [] }, 'fr', rows);
		expect(classesOf(rect)).toEqual(expect.arrayContaining(['hidden', 'below']));
		expect(attr(rect, 'y')).toBeCloseTo(layout.baselineY, 9);
	});

	it('puts each shown value label where the layout puts it, and hides the others', () => {
		const body = draw({ years: [2023] });
		const layout = layoutOf({ years: [2023] });
		const labels = tags(body, /<text class="value[^>]*>/g);
		expect(labels).toHaveLength(ROWS.length);
		layout.bars.forEach((bar, i) => {
			const label = labels[i] ?? '';
			expect(classesOf(label).includes('hidden')).toBe(!bar.visible);
			if (bar.visible) expect(attr(label, 'y')).toBeCloseTo(bar.label.y, 9);
		});
	});

	it('describes the years shown to screen readers, as the spec says it, and carries no table of its own', () => {
		const view = { years: [2023] };
		const svg = tags(draw(view), /<svg[^>]*>/g)[0] ?? '';
		expect(svg).toContain(' role="img"');
		const label = /\saria-label="([^"]*)"/.exec(svg)?.[1];
		expect(label).toBe(escaped(capex.describe(capex.prepare(ROWS, [view], 'fr'), view, 'fr')));
		expect(textOf(label ?? '')).toContain('2023, 13 Md$');
		expect(label).not.toContain('2025');
		expect(draw(view)).not.toContain('<table');
	});

	it('renders without rows or years, still naming no source it does not have', () => {
		const body = draw({ years: [] }, 'fr', []);
		expect(rootHooks(body)).toEqual({ 'data-chart': 'capex', 'data-years': '' });
		expect(body).not.toContain('NaN');
		expect(body).not.toContain('class="source"');
	});

	it('gives each chart its own hatch pattern id', () => {
		const body = draw({ years: [2023] });
		const ids = [...body.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(1);
		expect(body).toContain(`url(#${ids[0]})`);
		const twice = render(Chart, {
			props: { prepared: ROWS, view: { years: [2023] }, lang: 'fr', root: './' }
		}).body;
		expect(twice).toContain(`url(#${ids[0]})`);
	});
});
