/** The market chart's words: the title by the periods shown, a row's name, and the one-sentence description. */
import { describe, expect, it } from 'vitest';
import { describeMarket, marketTitle, periodsShown, rowName } from '$lib/charts/market/text';
import type { MarketRow } from '$lib/charts/market/row';
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
		[['ytd'], 'en', 'Share prices since 1 January'],
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
			`La réaction des marchés le jour de l’annonce (variation du cours de l’action, en %)${NBSP}: Baidu, \u22121,2${NNBSP}%${NBSP}; Alibaba, Action, Hong Kong, plus de +8,5${NNBSP}%.`
		],
		[
			'both periods, in English',
			['baba-hk', 'baba-ytd'],
			'en',
			'How markets reacted on the day of the announcement, and since 1 January (change in share price, %): Alibaba, Shares, Hong Kong, more than +8.5%; Alibaba, +64%.'
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
