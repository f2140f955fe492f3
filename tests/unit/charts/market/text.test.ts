/** The market chart's words: the title by the periods shown, a row's name, and the one-sentence description. */
import { describe, expect, it } from 'vitest';
import {
	describeMarket,
	marketCaption,
	marketTitle,
	periodsShown,
	rowName,
	marketSubtitle
} from '$lib/charts/market/text';
import type { MarketRow, MarketPeriod } from '$lib/charts/market/row';
import type { Lang } from '$lib/types';
import { tr } from '../../support/rows';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const market = (period: MarketRow['period'], flags: Partial<MarketRow> = {}): MarketRow => ({
	id: period,
	company: 'Alibaba',
	listing: tr(''),
	period,
	changePct: 1,
	lowerBound: false,
	source: tr('Presse'),
	...flags
});

describe('marketTitle', () => {
	it.each([
		[['day'], 'fr', 'La réaction des marchés le jour de l’annonce'],
		[['ytd'], 'en', 'Alibaba’s share price since 1 January'],
		[
			['ytd', 'day'],
			'fr',
			'La réaction des marchés le jour de l’annonce, et depuis le 1er janvier'
		],
		[[], 'en', 'How markets reacted on the day of the announcement']
	] as const)('names the periods %j in %s', (periods, lang, title) => {
		expect(
			marketTitle(
				periods.map((p) => market(p)),
				lang
			)
		).toBe(title);
	});

	it('lists periods day first whatever the row order', () => {
		expect(periodsShown([market('ytd'), market('day'), market('ytd')])).toEqual(['day', 'ytd']);
		expect(periodsShown([])).toEqual([]);
	});
});

describe('rowName', () => {
	it.each<[string, MarketRow['listing'], Lang, string]>([
		['the company alone without a listing', tr(''), 'fr', 'Alibaba'],
		['the company and its listing', tr('ADR, Wall Street'), 'en', 'Alibaba, ADR, Wall Street'],
		['the listing in the page’s language', tr('Action', { en: 'Shares' }), 'en', 'Alibaba, Shares'],
		[
			'the base listing when the translation is blank',
			tr('Action', { en: ' ' }),
			'en',
			'Alibaba, Action'
		],
		['the company alone for a listing of spaces', tr('  ', { fr: '' }), 'fr', 'Alibaba']
	])('writes %s', (_name, listing, lang, expected) => {
		expect(rowName(market('day', { listing }), lang)).toBe(expected);
	});
});

describe('describeMarket', () => {
	const ROWS = [
		market('day', {
			id: 'baba-hk',
			listing: tr('Action, Hong Kong', { en: 'Shares, Hong Kong' }),
			changePct: 8.5,
			lowerBound: true
		}),
		market('day', { id: 'baidu', company: 'Baidu', changePct: -1.2 }),
		market('ytd', { id: 'baba-ytd', changePct: 64 })
	];
	it.each<[string, string[], Lang, string]>([
		[
			'the rows in the state’s order, in French',
			['baidu', 'baba-hk'],
			'fr',
			`La réaction des marchés le jour de l’annonce (variation du cours de l’action, en %)${NBSP}: Baidu, \u22121,2${NNBSP}%${NBSP}; Alibaba, Action, Hong Kong, plus de 8,5${NNBSP}%.`
		],
		[
			'both periods, in English',
			['baba-hk', 'baba-ytd'],
			'en',
			'How markets reacted on the day of the announcement, and since 1 January (change in share price, %): Alibaba, Shares, Hong Kong, more than 8.5%; Alibaba, +64%.'
		],
		[
			'no row',
			[],
			'en',
			'How markets reacted on the day of the announcement (change in share price, %).'
		],
		[
			'an id not in the data, left out',
			['nope', 'baidu'],
			'en',
			'How markets reacted on the day of the announcement (change in share price, %): Baidu, \u22121.2%.'
		]
	])('describes %s', (_name, rows, lang, expected) => {
		expect(describeMarket(ROWS, { rows }, lang)).toBe(expected);
	});
});

/**
 * The market chart's words: a year-to-date chart of one company is titled
 * by its share price, says when its scale is not the day's moves', and
 * lower bounds read "more than 10%", without a plus sign.
 */
describe('the year-to-date title and scale note', () => {
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

	describe('marketCaption', () => {
		it('prints the title and the subtitle, scale note included, for the rows a state shows', () => {
			expect(marketCaption(ROWS, { rows: ['ytd'] }, 'en')).toEqual({
				title: marketTitle([ytd], 'en'),
				subtitle: marketSubtitle([ytd], ROWS, 'en'),
				source: 'Source: Presse'
			});
			expect(marketCaption(ROWS, { rows: ['jd', 'asia'] }, 'en')).toMatchObject({
				title: marketTitle([asia, jd], 'en'),
				subtitle: 'change in share price, %'
			});
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
});
