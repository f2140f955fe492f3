/** `data/market.csv`: the market reaction, one row per listing and period. */
import type { Problem } from '../../types.ts';
import { MARKET_PERIODS, type MarketRow } from './row.ts';
import {
	boolean,
	complete,
	number,
	oneOf,
	parseRows,
	text,
	translated
} from '../../data/convert.ts';
import { message } from '../../data/problems.ts';

export type { MarketPeriod, MarketRow } from './row.ts';

export const MARKET_COLUMNS = [
	'id',
	'company',
	'period',
	'change_pct',
	'lower_bound',
	'source'
] as const;

export function parseMarket(
	bytes: Uint8Array,
	file: string
): { rows: MarketRow[]; problems: Problem[] } {
	const spec = {
		columns: MARKET_COLUMNS,
		// the listing may stay empty: the company name alone then labels the bar
		translated: ['listing', 'source'],
		numeric: ['change_pct'] as const
	};
	return parseRows(bytes, file, spec, (cells, ctx) => {
		const id = text(cells.id, ctx, message('expectMarketId'));
		if (id !== undefined) ctx.unique(id, cells.id);
		return complete<MarketRow>({
			id,
			company: text(cells.company, ctx, message('expectCompany')),
			listing: translated(cells, 'listing', ctx),
			period: oneOf(cells.period, ctx, MARKET_PERIODS),
			changePct: number(cells.change_pct, ctx, {
				what: message('whatPercentChange'),
				expected: message('expectPercent')
			}),
			lowerBound: boolean(cells.lower_bound, ctx),
			source: translated(cells, 'source', ctx, message('expectMarketSource'))
		});
	});
}
