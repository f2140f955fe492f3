import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { textOf } from './helpers';
import MarketChart from '$lib/components/MarketChart.svelte';
import { marketLayout, SERVER_WIDTH_PX } from '$lib/charts/bars';
import type { MarketRow } from '$lib/types';

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
		listing: { fr: '', en: '' },
		period: 'day',
		changePct,
		lowerBound: false,
		source: SOURCE,
		sourceEn: '',
		...flags
	};
}
const ROWS: MarketRow[] = [
	row('alibaba-asia', 'Alibaba', 10, {
		lowerBound: true,
		listing: { fr: 'Action, marchés asiatiques', en: 'Shares, Asian markets' }
	}),
	row('acm', 'ACM Research', 15, {
		listing: { fr: 'Équipementier de puces', en: 'Chip-equipment maker' }
	}),
	row('jd', 'JD.com', 3.6),
	row('tencent', 'Tencent', 2, { lowerBound: true }),
	row('alibaba-ytd', 'Alibaba', 110, {
		period: 'ytd',
		listing: { fr: 'Action depuis le 1er janvier', en: 'Shares since 1 January' },
		source: 'Autre source'
	})
];
const DAY = ['alibaba-asia', 'acm', 'jd', 'tencent'];

/** The numbers of a CSS function in one tag's HTML, e.g. `translate(3px, 4px)` → [3, 4]; empty when absent. */
function cssArgs(tag: string, fn: string): number[] {
	const args = new RegExp(`${fn}\\(([^)]*)\\)`).exec(tag)?.[1] ?? '';
	return args === '' ? [] : args.split(',').map((a) => Number.parseFloat(a));
}
/** A numeric attribute of one tag's HTML; NaN when absent. */
function attr(tag: string, name: string): number {
	return Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
}

describe('MarketChart (server render)', () => {
	it('carries the test hooks with the rows shown, in order', () => {
		const { body } = render(MarketChart, { props: { rows: ROWS, ids: ['jd', 'acm'], lang: 'fr' } });
		expect(body).toContain('data-chart="market"');
		expect(body).toContain('data-rows="jd,acm"');
	});

	it.each([
		[
			'fr',
			[
				'La réaction des marchés le jour de l’annonce',
				'en %',
				'plus de +10 %',
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
				'more than +10%',
				'+3.6%',
				'Shares, Asian markets',
				`Source: ${SOURCE}`
			]
		]
	] as const)(
		'writes title, unit, values, lower bounds, listings and source in %s',
		(lang, expected) => {
			const text = textOf(render(MarketChart, { props: { rows: ROWS, ids: DAY, lang } }).body);
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
			const { body } = render(MarketChart, {
				props: { rows: ROWS, ids: [...DAY, 'alibaba-ytd'], lang }
			});
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
		const rows = ROWS.map((r) => (r.id === 'jd' ? { ...r, sourceEn: 'French business press' } : r));
		const body = render(MarketChart, { props: { rows, ids: ['jd', 'tencent'], lang } }).body;
		const line = /<p class="source[^"]*">([^<]*)<\/p>/.exec(body)?.[1] ?? '';
		expect(textOf(line).trim()).toBe(expected);
	});

	it.each([
		['the day’s rows', DAY],
		['one row', ['tencent']],
		['both periods, with a negative move', [...DAY, 'alibaba-ytd', 'fall']]
	] as const)('draws each row where marketLayout puts it: %s', (_name, ids) => {
		const rows = [...ROWS, row('fall', 'Falling Ltd', -4)];
		const { body } = render(MarketChart, { props: { rows, ids: [...ids], lang: 'fr' } });
		const layout = marketLayout(rows, { rows: [...ids] }, { width: SERVER_WIDTH_PX }, 'fr');
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

	it('has no group heading when one period is shown', () => {
		const { body } = render(MarketChart, { props: { rows: ROWS, ids: DAY, lang: 'fr' } });
		expect(body).not.toContain('class="heading');
	});

	it('gives the values of the rows shown as a table for screen readers', () => {
		const { body } = render(MarketChart, { props: { rows: ROWS, ids: ['tencent'], lang: 'en' } });
		const table = textOf(body.slice(body.indexOf('<table'), body.indexOf('</table>')));
		expect(table).toContain('Tencent On the day of the announcement more than +2%');
		expect(table).not.toContain('JD.com');
		expect(body).toMatch(/<svg[^>]*aria-hidden="true"/);
	});

	it('renders with no rows shown and no NaN', () => {
		const { body } = render(MarketChart, { props: { rows: ROWS, ids: [], lang: 'fr' } });
		expect(body).toContain('data-rows=""');
		expect(body).not.toContain('NaN');
	});
});
