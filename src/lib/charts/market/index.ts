/** The market's reaction, one bar per listing: the registry's entry (build-time; the page imports the component and the pure modules). */
import { defineChart } from '../spec.ts';
import { rowsForPage } from '../../text/translated.ts';
import { MARKET_KEYS, readMarketState } from './copy.ts';
import { parseMarket } from './data.ts';
import { SERVER_WIDTH_PX } from '../shared/bars.ts';
import { marketLayout } from './layout.ts';
import { marketDefaults, marketHooks } from './state.ts';
import { describeMarket, marketCaption, marketTable } from './text.ts';
import { marketCard } from './card.ts';

export const market = defineChart({
	name: 'market',
	data: { file: 'data/market.csv', parse: parseMarket },
	keys: MARKET_KEYS,
	defaults: marketDefaults,
	readState: readMarketState,
	prepare: (rows, _states, lang) => rowsForPage(rows, lang),
	hooks: marketHooks,
	describe: describeMarket,
	table: marketTable,
	layout: (prepared, state, size, lang) =>
		marketLayout(prepared, state, size ?? { width: SERVER_WIDTH_PX }, lang),
	caption: marketCaption,
	fillsHeight: false,
	printsTitle: true,
	card: marketCard
});
