/** What the market chart shows by default, and the attributes tests read its state by. */
import { describe, expect, it } from 'vitest';
import { marketDefaults, marketHooks } from '$lib/charts/market/state';
import type { MarketRow } from '$lib/charts/market/row';
import { tr } from '../../support/rows';

const row = (id: string, period: MarketRow['period']): MarketRow => ({
	id,
	company: id,
	listing: tr(''),
	period,
	changePct: 1,
	lowerBound: false,
	source: tr('s')
});

describe('marketDefaults', () => {
	it.each<[string, MarketRow[], string[]]>([
		[
			'the day’s moves only, in data order',
			[row('a', 'day'), row('y', 'ytd'), row('b', 'day')],
			['a', 'b']
		],
		['nothing when every move is year-to-date', [row('y', 'ytd')], []],
		['nothing for an empty table', [], []]
	])('shows %s', (_name, rows, ids) => {
		expect(marketDefaults(rows)).toEqual({ rows: ids });
	});
});

describe('marketHooks', () => {
	it.each<[string[], string]>([
		[['jd', 'acm'], 'jd,acm'],
		[['alibaba-ytd'], 'alibaba-ytd'],
		[[], '']
	])('writes rows %j as data-rows="%s"', (rows, expected) => {
		expect(marketHooks({ rows })).toEqual({ 'data-rows': expected });
	});
});
