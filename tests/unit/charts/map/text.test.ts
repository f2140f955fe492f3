/** The map's words: country names in the page's language, and the plain-text description of each state for screen readers. */
import { describe, expect, it } from 'vitest';
import { countryName, describeMap } from '$lib/charts/map/text';
import type { MapCountry, MapLayout, MapMarker } from '$lib/charts/map/layout';
import type { MapHighlight } from '$lib/charts/map/state';
import type { Precision, SiteStatus } from '$lib/charts/map/row';
import type { Lang } from '$lib/types';

const NBSP = '\u00A0';

function marker(
	id: string,
	country: string,
	status: SiteStatus,
	precision: Precision = 'country'
): MapMarker {
	return { id, country, status, precision, x: 0, y: 0 };
}

function layoutOf(markers: MapMarker[]): MapLayout {
	const codes = [...new Set(markers.map((m) => m.country))];
	const countries: MapCountry[] = codes.map((code) => ({
		code,
		path: '',
		bbox: [
			[0, 0],
			[1, 1]
		],
		statuses: [],
		label: { x: 0, y: 0, side: 'right' }
	}));
	return { width: 960, height: 420, markers, countries, frames: [], sources: [] };
}

const story = layoutOf([
	marker('us', 'US', 'existing'),
	marker('au', 'AU', 'existing'),
	marker('br', 'BR', 'planned'),
	marker('nl', 'NL', 'planned'),
	marker('fr', 'FR', 'planned')
]);

describe('describeMap', () => {
	it.each<[string, MapLayout, string, MapHighlight, Lang, string]>([
		[
			'the story’s world map in French',
			story,
			'world',
			'all',
			'fr',
			`Carte du monde${NBSP}: 2 centres de données existants (États-Unis, Australie), 3 prévus (Brésil, Pays-Bas, France)${NBSP}; positions indicatives, au niveau du pays.`
		],
		[
			'the story’s world map in English',
			story,
			'world',
			'all',
			'en',
			'World map: 2 existing data centres (United States, Australia), 3 planned (Brazil, Netherlands, France); positions are approximate, country level only.'
		],
		[
			'a close-up in French, naming the country once',
			story,
			'NL',
			'planned',
			'fr',
			`Gros plan sur la carte, Pays-Bas${NBSP}: 1 centre de données prévu${NBSP}; les centres prévus sont mis en évidence${NBSP}; position indicative, au niveau du pays.`
		],
		[
			'a close-up in English',
			story,
			'US',
			'all',
			'en',
			'Map close-up, United States: 1 existing data centre; the position is approximate, country level only.'
		],
		[
			'an unknown focus as the world map',
			story,
			'ZZ',
			'existing',
			'en',
			'World map: 2 existing data centres (United States, Australia), 3 planned (Brazil, Netherlands, France); existing data centres are highlighted; positions are approximate, country level only.'
		],
		[
			'no data centres, in French',
			layoutOf([]),
			'world',
			'all',
			'fr',
			`Carte du monde${NBSP}: aucun centre de données.`
		],
		[
			'no data centres, with a highlight that has nothing to act on',
			layoutOf([]),
			'FR',
			'none',
			'en',
			'World map: no data centres.'
		],
		[
			'one disclosed site, without the approximate note',
			layoutOf([marker('p', 'FR', 'existing', 'site')]),
			'world',
			'all',
			'fr',
			`Carte du monde${NBSP}: 1 centre de données existant (France).`
		],
		[
			'a close-up on a country without data centres, in French',
			{
				...story,
				frames: [
					{
						code: 'CN',
						bbox: [
							[0, 0],
							[1, 1]
						]
					}
				]
			},
			'CN',
			'planned',
			'fr',
			`Gros plan sur la carte, Chine${NBSP}: aucun centre de données.`
		],
		[
			'a close-up on a country without data centres, in English',
			{
				...story,
				frames: [
					{
						code: 'CN',
						bbox: [
							[0, 0],
							[1, 1]
						]
					}
				]
			},
			'CN',
			'all',
			'en',
			'Map close-up, China: no data centres.'
		],
		[
			'two sites in one country, named once',
			layoutOf([marker('a', 'FR', 'planned', 'site'), marker('b', 'FR', 'planned', 'site')]),
			'world',
			'none',
			'en',
			'World map: 2 planned data centres (France); none is highlighted.'
		]
	])('describes %s', (_, layout, focus, highlight, lang, expected) => {
		expect(describeMap(layout, { focus, highlight }, lang)).toBe(expected);
	});
});

describe('countryName', () => {
	it.each<[string, Lang, string]>([
		['NL', 'fr', 'Pays-Bas'],
		['NL', 'en', 'Netherlands'],
		['US', 'fr', 'États-Unis'],
		['GB', 'en', 'United Kingdom']
	])('names %s in %s as %s', (code, lang, name) => {
		expect(countryName(code, lang)).toBe(name);
	});

	it.each(['', 'not a code', '12345'])('falls back to the code itself for %j', (code) => {
		expect(countryName(code, 'fr')).toBe(code);
	});
});
