/**
 * Geometry of the market chart as numbers: bars from zero in the state's
 * order, grouped by period with headings, the scale fixed across the day's
 * steps, labels and ticks inside the width, and only finite numbers for
 * awkward data.
 */
import { describe, expect, it } from 'vitest';
import {
	FONT_ASCENT_EM,
	FONT_DESCENT_EM,
	marketLayout,
	type MarketLayout
} from '$lib/charts/market/layout';
import { estimateTextWidth, LABEL_FONT_PX, SMALL_FONT_PX } from '$lib/charts/shared/bars';
import type { MarketRow } from '$lib/charts/market/row';
import { tr } from '../../support/rows';

function marketRow(id: string, changePct: number, flags: Partial<MarketRow> = {}): MarketRow {
	return {
		id,
		company: id.toUpperCase(),
		listing: tr(''),
		period: 'day',
		changePct,
		lowerBound: false,
		source: tr('Presse'),
		...flags
	};
}
const MARKET: MarketRow[] = [
	marketRow('alibaba-asia', 10, {
		company: 'Alibaba',
		lowerBound: true,
		listing: tr('Action, marchés asiatiques', { en: 'Shares, Asian markets' })
	}),
	marketRow('acm', 15, { company: 'ACM Research' }),
	marketRow('naura', 10, { company: 'NAURA Technology Group' }),
	marketRow('jd', 3.6, { company: 'JD.com' }),
	marketRow('tencent', 2, { company: 'Tencent', lowerBound: true }),
	marketRow('alibaba-ytd', 110, { company: 'Alibaba', period: 'ytd' })
];
const DAY_IDS = ['alibaba-asia', 'acm', 'naura', 'jd', 'tencent'];

const PHONE = { width: 360, height: 420 };

/** Every number a layout returns, flattened, to check none is NaN or infinite. */
function allNumbers(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(allNumbers);
	if (value && typeof value === 'object') return Object.values(value).flatMap(allNumbers);
	return [];
}

describe('marketLayout', () => {
	it('draws one bar per id of the state, in its order, from zero', () => {
		const order = ['jd', 'acm', 'tencent'];
		const layout = marketLayout(MARKET, { rows: order }, PHONE, 'fr');
		expect(layout.bars.map((b) => b.id)).toEqual(order);
		for (const bar of layout.bars) expect(bar.x).toBeCloseTo(layout.zeroX, 6);
		const ys = layout.bars.map((b) => b.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
	});

	it('draws widths in proportion to the values', () => {
		const layout = marketLayout(MARKET, { rows: ['acm', 'jd'] }, PHONE, 'en');
		const [acm, jd] = layout.bars;
		if (!acm || !jd) throw new Error('expected two bars');
		expect(acm.width / jd.width).toBeCloseTo(15 / 3.6, 6);
	});

	it('keeps the scale put across steps that show only the day', () => {
		const few = marketLayout(MARKET, { rows: ['jd'] }, PHONE, 'fr');
		const all = marketLayout(MARKET, { rows: DAY_IDS }, PHONE, 'fr');
		expect(few.domain).toEqual(all.domain);
		expect(few.bars[0]?.width).toBeCloseTo(all.bars.find((b) => b.id === 'jd')?.width ?? -1, 6);
		expect(all.domain[1]).toBeGreaterThanOrEqual(15);
	});

	it('has no group heading when one period is shown', () => {
		const layout = marketLayout(MARKET, { rows: DAY_IDS }, PHONE, 'fr');
		expect(layout.groups).toHaveLength(1);
		expect(layout.groups[0]?.heading).toBeNull();
		expect(layout.periods).toEqual(['day']);
	});

	it.each([
		['fr', 'Le jour de l’annonce', 'Depuis le 1er janvier'],
		['en', 'On the day of the announcement', 'Since 1 January']
	] as const)(
		'separates and labels the year-to-date row from the day rows in %s',
		(lang, day, ytd) => {
			const layout = marketLayout(MARKET, { rows: [...DAY_IDS, 'alibaba-ytd'] }, PHONE, lang);
			const [first, second] = layout.groups;
			expect(first?.heading?.lines).toEqual([day]);
			expect(second?.heading?.lines).toEqual([ytd]);
			expect(second?.ruleY).not.toBeNull();
			const lastDay = layout.bars.find((b) => b.id === 'tencent');
			const ytdBar = layout.bars.find((b) => b.id === 'alibaba-ytd');
			if (!lastDay || !ytdBar || !second?.heading || second.ruleY === null)
				throw new Error('missing geometry');
			expect(second.ruleY).toBeGreaterThan(lastDay.y + lastDay.height);
			expect(second.heading.y).toBeGreaterThan(second.ruleY);
			expect(ytdBar.name.y).toBeGreaterThan(second.heading.y);
			expect(layout.domain[1]).toBeGreaterThanOrEqual(110);
		}
	);

	it('groups rows by period even when the state interleaves them', () => {
		const layout = marketLayout(MARKET, { rows: ['jd', 'alibaba-ytd', 'acm'] }, PHONE, 'fr');
		expect(layout.bars.map((b) => b.id)).toEqual(['jd', 'acm', 'alibaba-ytd']);
	});

	it('writes the listing under the company name only when there is one', () => {
		const layout = marketLayout(MARKET, { rows: ['alibaba-asia', 'jd'] }, PHONE, 'en');
		const [alibaba, jd] = layout.bars;
		expect(alibaba?.listingText?.lines).toEqual(['Shares, Asian markets']);
		expect(alibaba?.listingText?.fontSize).toBe(SMALL_FONT_PX);
		expect((alibaba?.listingText?.y ?? 0) > (alibaba?.name.y ?? 0)).toBe(true);
		expect(jd?.listingText).toBeNull();
	});

	it.each([
		['fr', 'plus de 10\u202f%', '+3,6\u202f%'],
		['en', 'more than 10%', '+3.6%']
	] as const)('labels values in %s with lower bounds marked', (lang, lower, plain) => {
		const layout = marketLayout(MARKET, { rows: ['alibaba-asia', 'jd'] }, PHONE, lang);
		expect(layout.bars.map((b) => b.value.lines[0])).toEqual([lower, plain]);
	});

	it.each([360, 390, 700])('keeps every value label and tick label inside %i px', (width) => {
		const layout = marketLayout(MARKET, { rows: [...DAY_IDS, 'alibaba-ytd'] }, { width }, 'fr');
		for (const bar of layout.bars) {
			const text = bar.value.lines[0] ?? '';
			expect(bar.value.x + estimateTextWidth(text, LABEL_FONT_PX, 'bold')).toBeLessThanOrEqual(
				width + 1e-6
			);
			for (const line of bar.name.lines)
				expect(estimateTextWidth(line, LABEL_FONT_PX, 'bold')).toBeLessThanOrEqual(width);
			for (const line of bar.listingText?.lines ?? []) {
				expect(estimateTextWidth(line, SMALL_FONT_PX)).toBeLessThanOrEqual(width);
			}
		}
		const sorted = [...layout.ticks].sort((a, b) => a.position - b.position);
		for (let i = 1; i < sorted.length; i++) {
			const gap = (sorted[i]?.position ?? 0) - (sorted[i - 1]?.position ?? 0);
			expect(gap).toBeGreaterThan(estimateTextWidth(sorted[i]?.label ?? '', SMALL_FONT_PX));
		}
		expect(layout.ticks.map((t) => t.value)).toContain(0);
	});

	it('places a negative move left of zero with its label on the left', () => {
		const rows = [marketRow('up', 5), marketRow('down', -4)];
		const layout = marketLayout(rows, { rows: ['up', 'down'] }, PHONE, 'en');
		const down = layout.bars.find((b) => b.id === 'down');
		expect(down && down.x + down.width).toBeCloseTo(layout.zeroX, 6);
		expect(down?.value.anchor).toBe('end');
		expect(down?.value.x ?? -1).toBeGreaterThanOrEqual(
			estimateTextWidth('−4%', LABEL_FONT_PX, 'bold') - 1e-6
		);
	});

	it('thickens bars to come close to a given height, within limits', () => {
		const natural = marketLayout(MARKET, { rows: DAY_IDS }, { width: 360 }, 'fr');
		const tall = marketLayout(
			MARKET,
			{ rows: DAY_IDS },
			{ width: 360, height: natural.height + 40 },
			'fr'
		);
		expect(tall.height).toBeCloseTo(natural.height + 40, 6);
		const huge = marketLayout(MARKET, { rows: DAY_IDS }, { width: 360, height: 5000 }, 'fr');
		expect(huge.height).toBeLessThan(5000);
	});

	it('fits any panel from its most compact height up, with no text under 12 px and no text over a bar or other text', () => {
		// six rows, half with a listing, in a phone's plot: the step that overflowed a 320 × 568 panel
		const rows = [
			...MARKET,
			marketRow('adr', 9, {
				company: 'Alibaba',
				listing: tr('ADR, Wall Street (en début de séance)')
			}),
			marketRow('semis', 15, {
				company: 'ACM Research',
				listing: tr('Fabricant de semi-conducteurs')
			})
		];
		const ids = ['alibaba-asia', 'adr', 'semis', 'naura', 'jd', 'tencent'];
		const smallest = marketLayout(rows, { rows: ids }, { width: 296, height: 0 }, 'fr');
		const natural = marketLayout(rows, { rows: ids }, { width: 296 }, 'fr');
		expect(smallest.height).toBeLessThan(natural.height * 0.8);
		for (let height = smallest.height; height < natural.height + 100; height += 5) {
			const layout = marketLayout(rows, { rows: ids }, { width: 296, height }, 'fr');
			expect(layout.height).toBeLessThanOrEqual(height + 1e-9);
			const sizes = [
				...layout.ticks.map((t) => t.fontSize),
				...layout.bars.flatMap((b) => [
					b.name.fontSize,
					b.value.fontSize,
					...(b.listingText ? [b.listingText.fontSize] : [])
				])
			];
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(SMALL_FONT_PX);
			layout.bars.forEach((bar, i) => {
				const text = bar.listingText ?? bar.name;
				const lastBaseline = text.y + (text.lines.length - 1) * text.lineHeight;
				// a descender reaches about a quarter of an em under its baseline
				expect(lastBaseline + text.fontSize * 0.25).toBeLessThanOrEqual(bar.y);
				const above = layout.bars[i - 1];
				if (above)
					expect(bar.name.y - bar.name.fontSize).toBeGreaterThanOrEqual(above.y + above.height);
				// the value's box clears the text above it and the next row's name (or the axis labels), box to box
				const valueTop = bar.value.y - bar.value.fontSize * FONT_ASCENT_EM;
				const valueBottom = bar.value.y + bar.value.fontSize * FONT_DESCENT_EM;
				expect(valueTop).toBeGreaterThanOrEqual(
					lastBaseline + text.fontSize * FONT_DESCENT_EM - 1e-9
				);
				const below = layout.bars[i + 1];
				const nextTop = below
					? below.name.y - below.name.fontSize * FONT_ASCENT_EM
					: layout.tickLabelY - SMALL_FONT_PX * FONT_ASCENT_EM;
				expect(valueBottom).toBeLessThanOrEqual(nextTop);
			});
			expect(layout.tickLabelY + SMALL_FONT_PX * FONT_DESCENT_EM).toBeLessThanOrEqual(
				layout.height + 1e-9
			);
		}
	});

	it('keeps the regular rows wherever they fit, and goes compact only where they do not', () => {
		const natural = marketLayout(MARKET, { rows: DAY_IDS }, { width: 360 }, 'fr');
		const roomy = marketLayout(
			MARKET,
			{ rows: DAY_IDS },
			{ width: 360, height: natural.height },
			'fr'
		);
		const short = marketLayout(
			MARKET,
			{ rows: DAY_IDS },
			{ width: 360, height: natural.height - 60 },
			'fr'
		);
		const gap = (layout: MarketLayout) => layout.bars[1]!.name.y - layout.bars[0]!.y;
		expect(roomy.bars[0]!.height).toBeGreaterThanOrEqual(12);
		expect(gap(short)).toBeLessThan(gap(roomy));
		expect(short.bars[0]!.height).toBeLessThan(roomy.bars[0]!.height);
	});

	it('throws on an id that is not in the data, naming it', () => {
		expect(() => marketLayout(MARKET, { rows: ['alibaba', 'jd'] }, PHONE, 'fr')).toThrow(
			/"alibaba"/
		);
	});

	const awkward: [string, MarketRow[], string[]][] = [
		['no rows at all', [], []],
		['rows but none shown', MARKET, []],
		['one row', [marketRow('one', 4)], ['one']],
		['all-equal values', [marketRow('a', 5), marketRow('b', 5)], ['a', 'b']],
		['all-zero values', [marketRow('a', 0), marketRow('b', 0)], ['a', 'b']]
	];
	it.each(awkward)('returns only finite numbers for %s', (_name, rows, ids) => {
		const layout: MarketLayout = marketLayout(rows, { rows: ids }, PHONE, 'en');
		expect(layout.bars).toHaveLength(ids.length);
		for (const n of allNumbers(layout)) expect(Number.isFinite(n)).toBe(true);
		expect(layout.height).toBeGreaterThan(0);
	});

	it.each([
		['fr', 'variation du cours de l’action, en %'],
		['en', 'change in share price, %']
	] as const)('gives the unit in %s', (lang, unit) => {
		expect(marketLayout(MARKET, { rows: [] }, PHONE, lang).unit).toBe(unit);
	});

	it('draws a row named twice in the state once', () => {
		const layout = marketLayout(MARKET, { rows: ['jd', 'acm', 'jd'] }, PHONE, 'fr');
		expect(layout.bars.map((b) => b.id)).toEqual(['jd', 'acm']);
	});

	it('prints the listing of the page’s language, else the base listing', () => {
		const rows = [
			marketRow('a', 1, { listing: tr('Action', { en: 'Shares' }) }),
			marketRow('b', 2, { listing: tr('ADR', { en: '  ' }) })
		];
		expect(
			marketLayout(rows, { rows: ['a', 'b'] }, PHONE, 'en').bars.map((b) => b.listing)
		).toEqual(['Shares', 'ADR']);
		expect(
			marketLayout(rows, { rows: ['a', 'b'] }, PHONE, 'fr').bars.map((b) => b.listing)
		).toEqual(['Action', 'ADR']);
	});
});
