/** The map of data centres: the registry's entry (build-time; the page imports the component and the pure modules). */
import { defineChart } from '../spec.ts';
import { rowsForPage } from '../../text/translated.ts';
import { parseDatacentres } from './data.ts';
import { MAP_KEYS, readMapState } from './copy.ts';
import { layoutMap } from './geography.ts';
import { mapView } from './layout.ts';
import { mapDefaults, mapHooks, WORLD } from './state.ts';
import { countryName, describeMap, mapCaption, mapTable } from './text.ts';
import { mapCard } from './card.ts';

export const map = defineChart({
	name: 'map',
	data: { file: 'data/datacenters.csv', parse: parseDatacentres },
	keys: MAP_KEYS,
	defaults: mapDefaults,
	readState: readMapState,
	// the countries the steps frame or annotate: the layout needs a frame and an anchor for each
	prepare: (rows, states, lang) =>
		layoutMap(
			rowsForPage(rows, lang),
			states.flatMap((state) => [
				...(state.focus === WORLD ? [] : [state.focus]),
				...state.annotations.map((annotation) => annotation.country)
			]),
			lang
		),
	typesetState: (state, typeset) => ({
		...state,
		annotations: state.annotations.map((a) => ({ ...a, label: typeset(a.label) }))
	}),
	hooks: mapHooks,
	describe: describeMap,
	table: mapTable,
	layout: (prepared, state, size, lang) =>
		mapView(prepared, state, size, undefined, (code) => countryName(code, lang)),
	caption: mapCaption,
	fillsHeight: true,
	printsTitle: false,
	card: mapCard
});
