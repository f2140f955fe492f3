/**
 * The market chart rendered on the server: its root's hooks, its words in
 * each language, group headings, sources, and every row where the spec's
 * layout puts it.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '$lib/charts/market/Chart.svelte';
import { market } from '$lib/charts/market/index';
import { marketHooks, type MarketState } from '$lib/charts/market/state';
import { marketLayout } from '$lib/charts/market/layout';
import { SERVER_WIDTH_PX } from '$lib/charts/shared/bars';
import type { MarketRow } from '$lib/charts/market/row';
import type { Lang } from '$lib/types';
import { attr, cssArgs, escaped, rootHooks, tags, textOf } from '../../support/html';
import { tr } from '../../support/rows';

const SOURCE = 'Presse économique française';
function row(
	id: string,
	company: string,
	changePct: number,
	flags: Partial<MarketRow> = {}
): MarketRow {
	return {
		id,
		company,
		listing: tr(''),
		period: 'day',
		changePct,
		lowerBound: false,
		source: tr(SOURCE),
		...flags
	};
}
const ROWS: MarketRow[] = [
	row('alibaba-asia', 'Alibaba', 10, {
		lowerBound: true,
		listing: tr('Action, marchés asiatiques', { en: 'Shares, Asian markets' })
	}),
	row('acm', 'ACM Research', 15, {
		listing: tr('Équipementier de puces', { en: 'Chip-equipment maker' })
	}),
	row('jd', 'JD.com', 3.6),
	row('tencent', 'Tencent', 2, { lowerBound: true }),
	row('alibaba-ytd', 'Alibaba', 110, {
		period: 'ytd',
		listing: tr('Action depuis le 1er janvier', { en: 'Shares since 1 January' }),
		source: tr('Autre source')
	})
];
const DAY = ['alibaba-asia', 'acm', 'jd', 'tencent'];

/** The chart as a page in `lang` draws it: the rows its spec ships, showing `ids`. */
function draw(ids: string[], lang: Lang = 'fr', rows: MarketRow[] = ROWS): string {
	const view: MarketState = { rows: ids };
	const prepared = market.prepare(rows, [view], lang);
	return render(Chart, { props: { prepared, view, lang, root: './' } }).body;
}

/**
 * Where the layout puts everything before measurement (the server render):
 * at the server width, as the spec's `layout` does
 * (tests/unit/charts/market/index.test.ts).
 */
function layoutOf(view: MarketState, lang: Lang = 'fr', rows: MarketRow[] = ROWS) {
	return marketLayout(market.prepare(rows, [view], lang), view, { width: SERVER_WIDTH_PX }, lang);
}

describe('the market chart (server render)', () => {
	it.each([[['jd', 'acm']], [DAY], [['alibaba-ytd']], [[]]])(
		'carries exactly data-chart and its hooks on its root, showing %j',
		(ids) => {
			expect(rootHooks(draw(ids))).toEqual({
				'data-chart': 'market',
				...marketHooks({ rows: ids })
			});
		}
	);

	it.each([
		[
			'fr',
			[
				'La réaction des marchés le jour de l’annonce',
				'en %',
				'plus de 10 %',
				'+3,6 %',
				'Action, marchés asiatiques',
				`Source : ${SOURCE}`
			]
		],
		[
			'en',
			[
				'How markets reacted on the day of the announcement',
				'%',
				'more than 10%',
				'+3.6%',
				'Shares, Asian markets',
				`Source: ${SOURCE}`
			]
		]
	] as const)(
		'writes title, unit, values, lower bounds, listings and source in %s',
		(lang, expected) => {
			const text = textOf(draw(DAY, lang));
			for (const phrase of expected) expect(text).toContain(phrase);
			expect(text).not.toContain('110');
		}
	);

	it.each([
		['fr', 'Depuis le 1er janvier', 'Sources : Presse économique française ; Autre source'],
		['en', 'Since 1 January', 'Sources: Presse économique française; Autre source']
	] as const)(
		'separates the year-to-date row under its own heading in %s',
		(lang, heading, sources) => {
			const body = draw([...DAY, 'alibaba-ytd'], lang);
			const text = textOf(body);
			expect(body).toContain('class="heading');
			expect(body).toContain('class="group-rule');
			expect(text).toContain(heading);
			expect(text).toContain('110');
			expect(text).toContain(sources);
		}
	);

	it.each([
		[
			'each row’s English source in English, else its French one',
			'en',
			'Sources: French business press; Presse économique française'
		],
		['only the French source in French', 'fr', 'Source : Presse économique française']
	] as const)('credits %s', (_name, lang, expected) => {
		const rows = ROWS.map((r) =>
			r.id === 'jd' ? { ...r, source: tr(SOURCE, { en: 'French business press' }) } : r
		);
		const body = draw(['jd', 'tencent'], lang, rows);
		const line = /<p class="source[^"]*">([^<]*)<\/p>/.exec(body)?.[1] ?? '';
		expect(textOf(line).trim()).toBe(expected);
	});

	it.each([
		['the day’s rows', DAY],
		['one row', ['tencent']],
		['both periods, with a negative move', [...DAY, 'alibaba-ytd', 'fall']]
	] as const)('draws each row where the layout puts it: %s', (_name, ids) => {
		const rows = [...ROWS, row('fall', 'Falling Ltd', -4)];
		const view = { rows: [...ids] };
		const body = draw(view.rows, 'fr', rows);
		const layout = layoutOf(view, 'fr', rows);
		const groups = body.split('<g class="row').slice(1);
		expect(groups).toHaveLength(layout.bars.length);
		layout.bars.forEach((bar, i) => {
			const group = groups[i] ?? '';
			const [dx, top] = cssArgs(group, 'translate');
			expect(dx).toBe(0);
			expect(top).toBeCloseTo(bar.y, 9);
			const rect = /<rect class="bar[^>]*>/.exec(group)?.[0] ?? '';
			// a 1-wide rect on the zero line at the row's top, stretched from its left edge to the bar's end
			expect([attr(rect, 'x'), attr(rect, 'y'), attr(rect, 'width'), attr(rect, 'height')]).toEqual(
				[layout.zeroX, 0, 1, bar.height]
			);
			const end = layout.zeroX + (cssArgs(rect, 'scaleX')[0] ?? NaN);
			expect(Math.min(layout.zeroX, end)).toBeCloseTo(bar.x, 9);
			expect(Math.abs(end - layout.zeroX)).toBeCloseTo(bar.width, 9);
			const value = /<text class="value[^>]*>/.exec(group)?.[0] ?? '';
			expect(attr(value, 'x') + (cssArgs(value, 'translateX')[0] ?? NaN)).toBeCloseTo(
				bar.value.x,
				9
			);
			expect(attr(value, 'y') + (top ?? NaN)).toBeCloseTo(bar.value.y, 9);
			const name = /<text class="name[^>]*>/.exec(group)?.[0] ?? '';
			expect(attr(name, 'y') + (top ?? NaN)).toBeCloseTo(bar.name.y, 9);
		});
	});

	it('draws the ticks, the group rule and the heading where the layout puts them', () => {
		const view = { rows: [...DAY, 'alibaba-ytd'] };
		const body = draw(view.rows, 'en');
		const layout = layoutOf(view, 'en');
		const grid = tags(body, /<line class="grid[^>]*>/g);
		expect(grid.map((line) => attr(line, 'x1'))).toEqual(layout.ticks.map((t) => t.position));
		expect(grid.map((line) => attr(line, 'y2'))).toEqual(layout.ticks.map(() => layout.axisY));
		const ticks = [...body.matchAll(/<text class="tick[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(ticks).toEqual(layout.ticks.map((t) => t.label));
		const rule = tags(body, /<line class="group-rule[^>]*>/g);
		expect(rule.map((line) => attr(line, 'y1'))).toEqual([layout.groups[1]?.ruleY]);
		const headings = tags(body, /<text class="heading[^>]*>/g);
		expect(headings.map((h) => attr(h, 'y'))).toEqual(layout.groups.map((g) => g.heading?.y));
		expect(body).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
	});

	it('has no group heading when one period is shown', () => {
		const body = draw(DAY);
		expect(body).not.toContain('class="heading');
		expect(body).not.toContain('class="group-rule');
	});

	it('describes the rows shown to screen readers, as the spec says it, and carries no table of its own', () => {
		const view = { rows: ['tencent'] };
		const body = draw(view.rows, 'en');
		const svg = tags(body, /<svg[^>]*>/g)[0] ?? '';
		expect(svg).toContain(' role="img"');
		const label = /\saria-label="([^"]*)"/.exec(svg)?.[1];
		expect(label).toBe(escaped(market.describe(market.prepare(ROWS, [view], 'en'), view, 'en')));
		expect(label).toContain('Tencent, more than 2%');
		expect(label).not.toContain('JD.com');
		expect(body).not.toContain('<table');
	});

	it('renders with no rows shown and no NaN', () => {
		const body = draw([]);
		expect(body).toContain('data-rows=""');
		expect(body).not.toContain('NaN');
	});
});
