/** AI investment by year, 2023 against 2025: the registry's entry (build-time; the page imports the component and the pure modules). */
import { defineChart } from '../spec.ts';
import { rowsForPage } from '../../text/translated.ts';
import { CAPEX_KEYS, readCapexState } from './copy.ts';
import { parseCapex } from './data.ts';
import { SERVER_WIDTH_PX } from '../shared/bars.ts';
import { capexLayout, DEFAULT_PLOT_HEIGHT_PX } from './layout.ts';
import { capexDefaults, capexHooks } from './state.ts';
import { capexCaption, capexTable, describeCapex } from './text.ts';
import { capexCard } from './card.ts';

export const capex = defineChart({
	name: 'capex',
	data: { file: 'data/capex.csv', parse: parseCapex },
	keys: CAPEX_KEYS,
	defaults: capexDefaults,
	readState: readCapexState,
	prepare: (rows, _states, lang) => rowsForPage(rows, lang),
	hooks: capexHooks,
	describe: describeCapex,
	table: capexTable,
	layout: (prepared, state, size, lang) =>
		capexLayout(
			prepared,
			state,
			size ?? { width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX },
			lang
		),
	caption: (prepared, _state, lang) => capexCaption(prepared, lang),
	fillsHeight: false,
	printsTitle: true,
	card: capexCard
});
