/** The map of data centres: the registry's entry (build-time; the page imports the component and the pure modules). */
import { defineChart } from '../spec.ts';
import { rowsForPage } from '../../text/translated.ts';
import { parseDatacentres } from './data.ts';
import { MAP_KEYS, readMapState } from './copy.ts';
import { layoutMap } from './geography.ts';
import { mapView } from './layout.ts';
import { mapDefaults, mapHooks, WORLD } from './state.ts';
import { describeMap, mapCaption } from './text.ts';
import { mapCard } from './card.ts';

export const map = defineChart({
	name: 'map',
	data: { file: 'data/datacenters.csv', parse: parseDatacentres },
	keys: MAP_KEYS,
	defaults: mapDefaults,
	readState: readMapState,
	prepare: (rows, states, lang) =>
		layoutMap(
			rowsForPage(rows, lang),
			states.map((state) => state.focus).filter((focus) => focus !== WORLD),
			lang
		),
	hooks: mapHooks,
	describe: describeMap,
	layout: (prepared, state, size) => mapView(prepared, state, size),
	caption: mapCaption,
	fillsHeight: true,
	printsTitle: false,
	card: mapCard
});
