/** The key of a market step in the copy: `rows`, ids from the data, in the order to show. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { listItems, placeOf } from '../spec.ts';
import { error, message, warning } from '../../data/problems.ts';
import type { MarketRow } from './row.ts';
import { marketDefaults, type MarketState } from './state.ts';

export const MARKET_KEYS = ['rows'] as const;

/** The file the ids come from, as messages name it. */
const DATA_FILE = 'data/market.csv';

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
					message('idNotInData', {
						found: item,
						file: DATA_FILE,
						ids: ctx.rows.map((row) => row.id)
					})
				)
			);
			ok = false;
		} else if (ids.includes(item)) {
			ctx.problems.push(
				warning(placeOf(ctx, rowsKey, column), message('listedTwice', { found: item }))
			);
		} else ids.push(item);
	}
	return ok ? { rows: ids } : undefined;
}
