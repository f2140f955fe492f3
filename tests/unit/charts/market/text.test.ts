/**
 * The market chart's words: a year-to-date chart of one company is titled
 * by its share price, says when its scale is not the day's moves', and
 * lower bounds read "more than 10%", without a plus sign.
 */
import { describe, expect, it } from 'vitest';
import { describeMarket, marketSubtitle, marketTitle } from '$lib/charts/market/text';
import type { MarketPeriod, MarketRow } from '$lib/charts/market/row';

const NNBSP = '\u202f';

function row(
	id: string,
	company: string,
	period: MarketPeriod,
	changePct: number,
	lowerBound = false
): MarketRow {
	return {
		id,
		company,
		listing: { base: '', byLang: {} },
		period,
		changePct,
		lowerBound,
		source: { base: 'Presse', byLang: {} }
	};
}

const ROWS = [
	row('asia', 'Alibaba', 'day', 10, true),
	row('jd', 'JD.com', 'day', 3.6),
	row('ytd', 'Alibaba', 'ytd', 110),
	row('ytd-jd', 'JD.com', 'ytd', 20)
];
const [asia, jd, ytd, ytdJd] = ROWS as [MarketRow, MarketRow, MarketRow, MarketRow];

describe('marketTitle', () => {
	it.each([
		['fr', 'L’action Alibaba depuis le 1er janvier'],
		['en', 'Alibaba’s share price since 1 January']
	] as const)('names the one company of a year-to-date chart in %s', (lang, title) => {
		expect(marketTitle([ytd], lang)).toBe(title);
	});

	it('speaks of share prices when the year-to-date bars are several companies’', () => {
		expect(marketTitle([ytd, ytdJd], 'en')).toBe('Share prices since 1 January');
		expect(marketTitle([ytd, ytdJd], 'fr')).toBe('Les cours depuis le 1er janvier');
	});

	it('keeps the day’s title for the day’s moves, and the two periods’ for both', () => {
		expect(marketTitle([asia, jd], 'en')).toBe(
			'How markets reacted on the day of the announcement'
		);
		expect(marketTitle([asia, ytd], 'en')).toBe(
			'How markets reacted on the day of the announcement, and since 1 January'
		);
	});
});

describe('marketSubtitle', () => {
	it.each([
		[
			'fr',
			`variation du cours de l’action, en %\u00a0; échelle différente de celle des variations du jour`
		],
		['en', 'change in share price, %; on a different scale from the day’s moves']
	] as const)('says the year-to-date bar has its own scale in %s', (lang, subtitle) => {
		expect(marketSubtitle([ytd], ROWS, lang)).toBe(subtitle);
	});

	it('gives the unit alone for the day’s moves, for both periods on one axis, and when the data has no day', () => {
		expect(marketSubtitle([asia, jd], ROWS, 'en')).toBe('change in share price, %');
		expect(marketSubtitle([asia, ytd], ROWS, 'en')).toBe('change in share price, %');
		expect(marketSubtitle([ytd], [ytd, ytdJd], 'en')).toBe('change in share price, %');
	});
});

describe('describeMarket', () => {
	it('reads a lower bound as "more than 10%", and the scale note with the year-to-date bar', () => {
		expect(describeMarket(ROWS, { rows: ['asia', 'jd'] }, 'en')).toBe(
			'How markets reacted on the day of the announcement (change in share price, %): Alibaba, more than 10%; JD.com, +3.6%.'
		);
		expect(describeMarket(ROWS, { rows: ['asia'] }, 'fr')).toContain(
			`Alibaba, plus de 10${NNBSP}%`
		);
		expect(describeMarket(ROWS, { rows: ['ytd'] }, 'en')).toBe(
			'Alibaba’s share price since 1 January (change in share price, %; on a different scale from the day’s moves): Alibaba, +110%.'
		);
	});
});
