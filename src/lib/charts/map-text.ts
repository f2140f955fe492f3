/**
 * The map's words, in French and English: country names, the legend, and
 * the plain-text description a screen reader reads for each state of the
 * map (the source line is chart-text.ts's, shared with the bar charts).
 * Pure and browser-safe, like map-layout.ts.
 */
import { LOCALES, NBSP } from '$lib/format';
import type { Lang, MapHighlight, SiteStatus } from '$lib/types';
import type { MapLayout } from './map-layout';

const displayNames: Partial<Record<Lang, Intl.DisplayNames>> = {};

/** A country's name in `lang` ("Pays-Bas", "Netherlands"); the code itself when the runtime has no name for it. */
export function countryName(code: string, lang: Lang): string {
	const names = (displayNames[lang] ??= new Intl.DisplayNames([LOCALES[lang]], {
		type: 'region',
		fallback: 'code'
	}));
	try {
		return names.of(code) ?? code;
	} catch {
		// Intl throws a RangeError on a string that is not a region code; the data check reports it
		return code;
	}
}

interface MapCopy {
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
	/** "2 existing data centres", "1 planned data centre" */
	count: (n: number, status: SiteStatus, first: boolean) => string;
	none: string;
	listSeparator: string;
	/** between the count and the notes that follow it */
	clauseSeparator: string;
	/** after the heading */
	colon: string;
	emphasis: Record<Exclude<MapHighlight, 'all'>, string>;
	/** said when `n` positions only stand for a country */
	approximate: (n: number) => string;
}

export const MAP_COPY: Record<Lang, MapCopy> = {
	fr: {
		existing: 'Centre de données existant',
		planned: 'Centre de données prévu',
		countryOnly: `Position indicative${NBSP}: pays seulement`,
		site: 'Site communiqué',
		world: 'Carte du monde',
		closeUp: (country) => `Gros plan sur la carte, ${country}`,
		count: (n, status, first) => {
			const plural = n > 1 ? 's' : '';
			const noun = first ? ` centre${plural} de données` : '';
			return `${n}${noun} ${status === 'existing' ? 'existant' : 'prévu'}${plural}`;
		},
		none: 'aucun centre de données',
		listSeparator: ', ',
		clauseSeparator: `${NBSP}; `,
		colon: `${NBSP}: `,
		emphasis: {
			existing: 'les centres existants sont mis en évidence',
			planned: 'les centres prévus sont mis en évidence',
			none: 'aucun centre n’est mis en évidence'
		},
		approximate: (n) =>
			n > 1 ? 'positions indicatives, au niveau du pays' : 'position indicative, au niveau du pays'
	},
	en: {
		existing: 'Existing data centre',
		planned: 'Planned data centre',
		countryOnly: 'Approximate: country only',
		site: 'Disclosed site',
		world: 'World map',
		closeUp: (country) => `Map close-up, ${country}`,
		count: (n, status, first) => {
			const noun = first ? ` data centre${n > 1 ? 's' : ''}` : '';
			return `${n} ${status}${noun}`;
		},
		none: 'no data centres',
		listSeparator: ', ',
		clauseSeparator: '; ',
		colon: ': ',
		emphasis: {
			existing: 'existing data centres are highlighted',
			planned: 'planned data centres are highlighted',
			none: 'none is highlighted'
		},
		approximate: (n) =>
			n > 1
				? 'positions are approximate, country level only'
				: 'the position is approximate, country level only'
	}
};

const STATUSES: readonly SiteStatus[] = ['existing', 'planned'];

/**
 * What the map shows in a state, as one or two plain sentences, e.g.
 * "Carte du monde : 2 centres de données existants (États-Unis, Australie),
 * 3 prévus (Brésil, Pays-Bas, France)." A focus the layout does not know is
 * described as the world map, which is what focusTransform shows for it.
 */
export function describeMap(
	layout: MapLayout,
	state: { focus: string; highlight: MapHighlight },
	lang: Lang
): string {
	const copy = MAP_COPY[lang];
	const focused = layout.countries.find((c) => c.code === state.focus);
	const heading = focused ? copy.closeUp(countryName(focused.code, lang)) : copy.world;
	const shown = focused ? layout.markers.filter((m) => m.country === focused.code) : layout.markers;

	const groups: string[] = [];
	for (const status of STATUSES) {
		const markers = shown.filter((m) => m.status === status);
		if (markers.length === 0) continue;
		const count = copy.count(markers.length, status, groups.length === 0);
		// a close-up names its country in the heading already
		const names = [...new Set(markers.map((m) => countryName(m.country, lang)))].join(
			copy.listSeparator
		);
		groups.push(focused ? count : `${count} (${names})`);
	}
	const body = groups.length > 0 ? groups.join(copy.listSeparator) : copy.none;

	const notes: string[] = [];
	if (shown.length > 0 && state.highlight !== 'all') notes.push(copy.emphasis[state.highlight]);
	const approximate = shown.filter((m) => m.precision === 'country').length;
	if (approximate > 0) notes.push(copy.approximate(approximate));
	return `${heading}${copy.colon}${[body, ...notes].join(copy.clauseSeparator)}.`;
}
