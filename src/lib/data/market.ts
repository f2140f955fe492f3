/** `data/market.csv`: the market reaction, one row per listing and period. */
import { MARKET_PERIODS, type MarketRow, type Problem } from '../types.ts';
import { readTable, type Cell } from './table.ts';
import {
	boolean,
	complete,
	number,
	oneOf,
	optionalText,
	text,
	uniqueKeys,
	type Converting
} from './convert.ts';

export const MARKET_COLUMNS = [
	'id',
	'company',
	'listing_fr',
	'listing_en',
	'period',
	'change_pct',
	'lower_bound',
	'source'
] as const;
/** The English source, for the English page; without it the English page prints `source`. */
export const MARKET_OPTIONAL_COLUMNS = ['source_en'] as const;

export function parseMarket(
	bytes: Uint8Array,
	file: string
): { rows: MarketRow[]; problems: Problem[] } {
	const table = readTable(bytes, file, {
		columns: MARKET_COLUMNS,
		optional: MARKET_OPTIONAL_COLUMNS,
		numeric: ['change_pct']
	});
	const ctx: Converting = { problems: table.problems, decimal: table.decimal };
	const rows: MarketRow[] = [];
	const keys: { key: string; cell: Cell }[] = [];
	for (const { cells } of table.rows) {
		const id = text(
			cells.id,
			ctx,
			'a short identifier the story copy refers to, e.g. "alibaba-adr"'
		);
		if (id !== undefined) keys.push({ key: id, cell: cells.id });
		const row = complete<MarketRow>({
			id,
			company: text(cells.company, ctx, 'the company name, e.g. "JD.com"'),
			// the listing may stay empty: the company name alone then labels the bar
			listing: { fr: cells.listing_fr.value, en: cells.listing_en.value },
			period: oneOf(cells.period, ctx, MARKET_PERIODS),
			changePct: number(cells.change_pct, ctx, {
				what: 'a percentage change',
				expected: 'a number of percent, negative for a fall, e.g. 3.6 for +3.6 %'
			}),
			lowerBound: boolean(cells.lower_bound, ctx),
			source: text(cells.source, ctx, 'who reported the move'),
			sourceEn: optionalText(cells.source_en)
		});
		if (row) rows.push(row);
	}
	uniqueKeys(keys, ctx.problems);
	return { rows, problems: ctx.problems };
}
