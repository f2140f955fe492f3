/** The key of a market step in the copy: `rows`, ids from the data, in the order to show. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { listItems, placeOf } from '../spec.ts';
import { error, listOr, quote, warning } from '../../data/problems.ts';
import type { MarketRow } from './row.ts';
import { marketDefaults, type MarketState } from './state.ts';

export const MARKET_KEYS = ['rows'] as const;

export function readMarketState(
	keys: readonly CopyKey[],
	ctx: CopyContext<MarketRow>
): MarketState | undefined {
	const rowsKey = keys.find((k) => k.key === 'rows');
	if (!rowsKey || rowsKey.value === '') return marketDefaults(ctx.rows ?? []);
	const ids: string[] = [];
	let ok = true;
	for (const { item, column } of listItems(rowsKey)) {
		if (ctx.rows && !ctx.rows.some((row) => row.id === item)) {
			ctx.problems.push(
				error(
					placeOf(ctx, rowsKey, column),
					`${quote(item)} is not an id in data/market.csv (expected ids separated by commas, among ${listOr(ctx.rows.map((row) => row.id))})`
				)
			);
			ok = false;
		} else if (ids.includes(item)) {
			ctx.problems.push(
				warning(placeOf(ctx, rowsKey, column), `${quote(item)} is listed twice (shown once)`)
			);
		} else ids.push(item);
	}
	return ok ? { rows: ids } : undefined;
}
