/** What the market chart shows at one step, its default, and the attributes tests read it by. Pure and browser-safe. */
import type { MarketRow } from './row.ts';

export interface MarketState {
	/** ids of the rows shown, in this order */
	rows: string[];
}

/** Every move of the announcement day. */
export function marketDefaults(rows: readonly MarketRow[]): MarketState {
	return { rows: rows.filter((row) => row.period === 'day').map((row) => row.id) };
}

export function marketHooks(state: MarketState): { 'data-rows': string } {
	return { 'data-rows': state.rows.join(',') };
}
