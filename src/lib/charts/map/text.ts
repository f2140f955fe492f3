/**
 * The map's words: country names (from `Intl`, in the page's locale), the
 * legend, and the plain-text description a screen reader reads for each
 * state of the map. The words themselves are in each language's folder
 * (`src/lib/i18n/<code>/`, key `map`). Pure and browser-safe, like layout.ts.
 *
 * The source names countries, not centres: every word here counts and
 * names countries ("2 pays avec centres de données existants"), never
 * centres.
 */
import { locale, words, type Lang } from '../../i18n/languages.ts';
import { MAP_STATUSES, type MapStatus, type Precision } from './row.ts';
import { sourceLine } from '../shared/sources.ts';
import type { DataTable } from '../shared/table.ts';
import { frameOf, type MapLayout } from './layout.ts';
import { WORLD, type MapHighlight, type MapState } from './state.ts';
import type { ChartCaption } from '../spec.ts';

export interface MapWords {
	/** the map's title where something prints one (an embed, a card): the page's steps title it themselves */
	title: string;
	/** the legend's entries, one per status: countries with existing or planned centres, the home market */
	legend: Record<MapStatus, string>;
	/** what a country-level marker means */
	countryOnly: string;
	/** what a site-level dot means */
	site: string;
	/** after the source line: the map shows the countries the sources name, and no other */
	scope: string;
	world: string;
	/** heading of a close-up on one country */
	closeUp: (country: string) => string;
	/**
	 * a group of countries in the description, counted when `n` is given
	 * (world view) and not in a close-up: "2 pays avec centres de données
	 * existants", "marché domestique du groupe"
	 */
	countries: (status: MapStatus, n: number | undefined) => string;
	/** said when the map shows no country of the data: no data centre to speak of */
	none: string;
	emphasis: Record<Exclude<MapHighlight, 'all'>, string>;
	/** said when `n` positions only stand for a country */
	approximate: (n: number) => string;
	/** an annotation in the description, from the country's name and the label */
	annotation: (country: string, label: string) => string;
	/** the data table's caption, its column headings, and each status and precision as a cell says it */
	table: {
		caption: string;
		country: string;
		status: string;
		precision: string;
		statuses: Record<MapStatus, string>;
		precisions: Record<Precision, string>;
	};
}

/**
 * Names already asked for, by language and code: the map asks for every
 * label's name at every step, and `Intl.DisplayNames` is slow enough to
 * show in a step change's script (19 ms of a scroll's 273 ms of updates,
 * CPU slowed 4×).
 */
const names = new Map<Lang, Map<string, string>>();

/** A country's name in `lang` ("Pays-Bas", "Netherlands"); the code itself when the runtime has no name for it. */
export function countryName(code: string, lang: Lang): string {
	let known = names.get(lang);
	if (!known) {
		known = new Map();
		names.set(lang, known);
	}
	let name = known.get(code);
	if (name === undefined) {
		name = lookUpName(code, lang);
		known.set(code, name);
	}
	return name;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

function lookUpName(code: string, lang: Lang): string {
	let display = displayNames.get(lang);
	if (!display) {
		display = new Intl.DisplayNames([locale(lang)], { type: 'region', fallback: 'code' });
		displayNames.set(lang, display);
	}
	try {
		return display.of(code) ?? code;
	} catch {
		// Intl throws a RangeError on a string that is not a region code; the data check reports it
		return code;
	}
}

/**
 * What the map shows in a state, as one or two plain sentences, e.g.
 * "Carte du monde : 2 pays avec centres de données existants (États-Unis,
 * Australie), 3 pays avec centres de données prévus (Brésil, Pays-Bas,
 * France), marché domestique du groupe (Chine) ; …". A focus the layout
 * does not know is described as the world map, which is what mapView shows
 * for it.
 */
export function describeMap(layout: MapLayout, state: MapState, lang: Lang): string {
	const { map: copy, punctuation } = words(lang);
	const focused = state.focus !== WORLD && frameOf(layout, state.focus) ? state.focus : undefined;
	const heading = focused ? copy.closeUp(countryName(focused, lang)) : copy.world;
	const shown = focused ? layout.countries.filter((c) => c.code === focused) : layout.countries;

	const groups: string[] = [];
	for (const status of MAP_STATUSES) {
		// a country counts once, under its first status (the colour the map gives it)
		const countries = shown.filter(
			(c) => (c.statuses.includes('home') ? 'home' : c.statuses[0]) === status
		);
		if (countries.length === 0) continue;
		// a close-up names its country in the heading already
		if (focused) groups.push(copy.countries(status, undefined));
		else {
			const names = countries.map((c) => countryName(c.code, lang)).join(punctuation.list);
			groups.push(`${copy.countries(status, countries.length)} (${names})`);
		}
	}
	const body = groups.length > 0 ? groups.join(punctuation.list) : copy.none;

	const notes: string[] = [];
	const centres = shown.some((c) => c.statuses.some((status) => status !== 'home'));
	if (centres && state.highlight !== 'all') notes.push(copy.emphasis[state.highlight]);
	const markers = layout.markers.filter(
		(m) => m.status !== 'home' && (!focused || m.country === focused)
	);
	const approximate = markers.filter((m) => m.precision === 'country').length;
	if (approximate > 0) notes.push(copy.approximate(approximate));
	for (const annotation of state.annotations)
		notes.push(copy.annotation(countryName(annotation.country, lang), annotation.label));
	return `${heading}${punctuation.colon}${[body, ...notes].join(punctuation.clause)}.`;
}

/**
 * Every row of datacenters.csv as a table: the country, its status (existing
 * or planned data centres, or the group's home market), whether the row is a
 * disclosed site or stands for the country only, and the sources. From the
 * layout's markers, one per row in the file's order.
 */
export function mapTable(layout: MapLayout, lang: Lang): DataTable {
	const copy = words(lang).map.table;
	return {
		caption: copy.caption,
		columns: [{ label: copy.country }, { label: copy.status }, { label: copy.precision }],
		rows: layout.markers.map((marker) => [
			countryName(marker.country, lang),
			copy.statuses[marker.status],
			copy.precisions[marker.precision]
		]),
		source: sourceLine(layout.sources, lang)
	};
}

/** A legend entry: a status's colours, a country's ring (its centres' place unknown) or a site's dot. */
export type LegendKey = MapStatus | 'ring' | 'dot';

/**
 * What the legend lists, page and card alike: the statuses the data has, in
 * MAP_STATUSES order, then the ring when a country outside the home market
 * has no disclosed site, and the dot when a site is disclosed.
 */
export function legendKeys(layout: Pick<MapLayout, 'countries' | 'markers'>): LegendKey[] {
	const statuses: LegendKey[] = MAP_STATUSES.filter((status) =>
		layout.countries.some((c) => c.statuses.includes(status))
	);
	const ring = layout.markers.some((m) => m.precision === 'country' && m.status !== 'home');
	const dot = layout.markers.some((m) => m.precision === 'site');
	return [...statuses, ...(ring ? (['ring'] as const) : []), ...(dot ? (['dot'] as const) : [])];
}

/** A legend entry's words in the page's language. */
export function legendText(key: LegendKey, lang: Lang): string {
	const copy = words(lang).map;
	if (key === 'ring') return copy.countryOnly;
	if (key === 'dot') return copy.site;
	return copy.legend[key];
}

/**
 * The line under the map: its sources, then what it leaves out (it shows
 * the countries the sources name, and no other), a sentence of its own.
 * Empty when the rows name no source.
 */
export function mapSource(layout: Pick<MapLayout, 'sources'>, lang: Lang): string {
	const source = sourceLine(layout.sources, lang);
	if (source === '') return '';
	return `${source}${/[.!?]$/.test(source) ? '' : '.'} ${words(lang).map.scope}`;
}

/**
 * The map's words around it in a state: its title, the country a close-up
 * frames as the line under it, and the line under the map (`mapSource`).
 */
export function mapCaption(layout: MapLayout, state: MapState, lang: Lang): ChartCaption {
	const focused = state.focus !== WORLD && frameOf(layout, state.focus) ? state.focus : undefined;
	return {
		title: words(lang).map.title,
		subtitle: focused ? countryName(focused, lang) : undefined,
		source: mapSource(layout, lang)
	};
}
