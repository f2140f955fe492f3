/** The market chart's registry entry: its file and parser, keys, defaults, what a page ships, hooks, description and layout. */
import { describe, expect, it } from 'vitest';
import { market } from '$lib/charts/market/index';
import { parseMarket } from '$lib/charts/market/data';
import { MARKET_KEYS, readMarketState } from '$lib/charts/market/copy';
import { marketDefaults, marketHooks } from '$lib/charts/market/state';
import { describeMarket } from '$lib/charts/market/text';
import { marketLayout } from '$lib/charts/market/layout';
import { SERVER_WIDTH_PX } from '$lib/charts/shared/bars';
import { fixtureData } from '../../support/fixtures';
import { tr } from '../../support/rows';

const ROWS = fixtureData().market;

describe('the market spec', () => {
	it('reads data/market.csv with its parser and a step’s rows with its copy parser', () => {
		expect(market.name).toBe('market');
		expect(market.data).toEqual({ file: 'data/market.csv', parse: parseMarket });
		expect(market.keys).toBe(MARKET_KEYS);
		expect(market.readState).toBe(readMarketState);
		expect(market.defaults).toBe(marketDefaults);
		expect(market.hooks).toBe(marketHooks);
		expect(market.describe).toBe(describeMarket);
	});

	it.each([
		[
			'fr',
			['Action, Hong Kong', '', '', 'Action depuis le 1er janvier'],
			['Presse financière – dépêche']
		],
		[
			'en',
			['Shares, Hong Kong', '', '', 'Shares since 1 January'],
			['Financial press – wire', 'Presse financière – dépêche']
		]
	] as const)('ships the listings and sources in %s only', (lang, listings, sources) => {
		const prepared = market.prepare(ROWS, [], lang);
		expect(prepared.map((row) => row.listing)).toEqual(listings.map((listing) => tr(listing)));
		expect([...new Set(prepared.map((row) => row.source.base))]).toEqual(sources);
		expect(prepared.every((row) => Object.keys(row.source.byLang).length === 0)).toBe(true);
		expect(prepared.map((row) => [row.id, row.changePct, row.period])).toEqual(
			ROWS.map((row) => [row.id, row.changePct, row.period])
		);
	});

	it('lays out at the server width before measurement, else at the size measured', () => {
		const prepared = market.prepare(ROWS, [], 'fr');
		const state = { rows: ['baidu', 'baba-hk', 'baba-ytd'] };
		expect(market.layout(prepared, state, undefined, 'fr')).toEqual(
			marketLayout(prepared, state, { width: SERVER_WIDTH_PX }, 'fr')
		);
		const size = { width: 700, height: 480 };
		expect(market.layout(prepared, state, size, 'en')).toEqual(
			marketLayout(prepared, state, size, 'en')
		);
	});
});
