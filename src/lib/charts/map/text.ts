/**
 * The map's words: country names (from `Intl`, in the page's locale), the
 * legend, and the plain-text description a screen reader reads for each
 * state of the map. The words themselves are in each language's folder
 * (`src/lib/i18n/<code>/`, key `map`). Pure and browser-safe, like layout.ts.
 */
import { locale, words, type Lang } from '../../i18n/languages.ts';
import { SITE_STATUSES, type SiteStatus } from './row.ts';
import { frameOf, type MapLayout } from './layout.ts';
import type { MapHighlight, MapState } from './state.ts';
import { sourceLine } from '../shared/sources.ts';
import type { ChartCaption } from '../spec.ts';

export interface MapWords {
	/** the map's title where something prints one (an embed, a card): the page's steps title it themselves */
	title: string;
	/** legend entries */
	existing: string;
	planned: string;
	/** what a country-level marker means */
	countryOnly: string;
	/** what a site-level dot means */
	site: string;
	world: string;
	/** heading of a close-up on one country */
	closeUp: (country: string) => string;
	/** "2 existing data centres", "1 planned data centre"; `first`: the first group, which names the noun */
	count: (n: number, status: SiteStatus, first: boolean) => string;
	none: string;
	emphasis: Record<Exclude<MapHighlight, 'all'>, string>;
	/** said when `n` positions only stand for a country */
	approximate: (n: number) => string;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in `lang` ("Pays-Bas", "Netherlands"); the code itself when the runtime has no name for it. */
export function countryName(code: string, lang: Lang): string {
	let names = displayNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([locale(lang)], { type: 'region', fallback: 'code' });
		displayNames.set(lang, names);
	}
	try {
		return names.of(code) ?? code;
	} catch {
		// Intl throws a RangeError on a string that is not a region code; the data check reports it
		return code;
	}
}

/**
 * What the map shows in a state, as one or two plain sentences, e.g.
 * "Carte du monde : 2 centres de données existants (États-Unis, Australie),
 * 3 prévus (Brésil, Pays-Bas, France)." A focus the layout does not know is
 * described as the world map, which is what focusTransform shows for it.
 */
export function describeMap(layout: MapLayout, state: MapState, lang: Lang): string {
	const { map: copy, punctuation } = words(lang);
	const focused = frameOf(layout, state.focus) ? state.focus : undefined;
	const heading = focused ? copy.closeUp(countryName(focused, lang)) : copy.world;
	const shown = focused ? layout.markers.filter((m) => m.country === focused) : layout.markers;

	const groups: string[] = [];
	for (const status of SITE_STATUSES) {
		const markers = shown.filter((m) => m.status === status);
		if (markers.length === 0) continue;
		const count = copy.count(markers.length, status, groups.length === 0);
		// a close-up names its country in the heading already
		const names = [...new Set(markers.map((m) => countryName(m.country, lang)))].join(
			punctuation.list
		);
		groups.push(focused ? count : `${count} (${names})`);
	}
	const body = groups.length > 0 ? groups.join(punctuation.list) : copy.none;

	const notes: string[] = [];
	if (shown.length > 0 && state.highlight !== 'all') notes.push(copy.emphasis[state.highlight]);
	const approximate = shown.filter((m) => m.precision === 'country').length;
	if (approximate > 0) notes.push(copy.approximate(approximate));
	return `${heading}${punctuation.colon}${[body, ...notes].join(punctuation.clause)}.`;
}

/**
 * The map's words around it in a state: its title, the country a close-up
 * frames as the line under it, and its source line.
 */
export function mapCaption(layout: MapLayout, state: MapState, lang: Lang): ChartCaption {
	const focused = frameOf(layout, state.focus) ? state.focus : undefined;
	return {
		title: words(lang).map.title,
		subtitle: focused ? countryName(focused, lang) : undefined,
		source: sourceLine(layout.sources, lang)
	};
}
