/** A row of `data/market.csv`: its shape and allowed values. Pure, with no imports to run: components use it. */
import type { Translated } from '../../types.ts';

/** `day`: the move on the day of the announcement; `ytd`: since 1 January. The order the chart groups them in. */
export type MarketPeriod = 'day' | 'ytd';
export const MARKET_PERIODS: readonly MarketPeriod[] = ['day', 'ytd'];

/** A row of `data/market.csv`: one listing's share-price move. */
export interface MarketRow {
	id: string;
	company: string;
	/** what is listed ("ADR, Wall Street"), in `listing` and `listing_<lang>`; may be empty */
	listing: Translated;
	period: MarketPeriod;
	/** percentage change, e.g. 3.6 for +3.6 % */
	changePct: number;
	/** "more than": the true move is at least this */
	lowerBound: boolean;
	/** who reported it; translated in `source_<lang>` */
	source: Translated;
}
