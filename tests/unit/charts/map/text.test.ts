/** The map's words: country names in the page's language, and the plain-text description of each state for screen readers. */
import { describe, expect, it } from 'vitest';
import { countryName, describeMap, legendKeys, legendText } from '$lib/charts/map/text';
import type { MapCountry, MapLayout, MapMarker } from '$lib/charts/map/layout';
import type { MapHighlight, MapState } from '$lib/charts/map/state';
import { MAP_STATUSES, type Precision, type MapStatus } from '$lib/charts/map/row';
import type { Lang } from '$lib/types';

const NBSP = '\u00A0';

function marker(
	id: string,
	country: string,
	status: MapStatus,
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
		statuses: MAP_STATUSES.filter((status) =>
			markers.some((m) => m.country === code && m.status === status)
		),
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
			`Carte du monde${NBSP}: 2 pays avec centres de données existants (États-Unis, Australie), 3 pays avec centres de données prévus (Brésil, Pays-Bas, France)${NBSP}; positions indicatives, au niveau du pays.`
		],
		[
			'the story’s world map in English',
			story,
			'world',
			'all',
			'en',
			'World map: 2 countries with existing data centres (United States, Australia), 3 countries with planned data centres (Brazil, Netherlands, France); positions are approximate, country level only.'
		],
		[
			'a close-up in French, naming the country once',
			story,
			'NL',
			'planned',
			'fr',
			`Gros plan sur la carte, Pays-Bas${NBSP}: pays avec centres de données prévus${NBSP}; les pays avec centres prévus sont mis en évidence${NBSP}; position indicative, au niveau du pays.`
		],
		[
			'a close-up in English',
			story,
			'US',
			'all',
			'en',
			'Map close-up, United States: country with existing data centres; the position is approximate, country level only.'
		],
		[
			'an unknown focus as the world map',
			story,
			'ZZ',
			'existing',
			'en',
			'World map: 2 countries with existing data centres (United States, Australia), 3 countries with planned data centres (Brazil, Netherlands, France); countries with existing data centres are highlighted; positions are approximate, country level only.'
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
			`Carte du monde${NBSP}: 1 pays avec centres de données existants (France).`
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
						],
						anchor: { x: 0.5, y: 0.5 }
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
						],
						anchor: { x: 0.5, y: 0.5 }
					}
				]
			},
			'CN',
			'all',
			'en',
			'Map close-up, China: no data centres.'
		],
		[
			'two sites in one country, counted as one country',
			layoutOf([marker('a', 'FR', 'planned', 'site'), marker('b', 'FR', 'planned', 'site')]),
			'world',
			'none',
			'en',
			'World map: 1 country with planned data centres (France); no country with data centres is highlighted.'
		]
	])('describes %s', (_, layout, focus, highlight, lang, expected) => {
		expect(describeMap(layout, { focus, highlight, annotations: [] }, lang)).toBe(expected);
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

/**
 * What a screen reader hears for each state of the map: countries, counted
 * and named (never centres, which the source does not count), the home
 * market as its own group, and the step's annotations.
 */
describe('countries, the home market and annotations in the description', () => {
	const NBSP = '\u00a0';

	function country(code: string, status: MapStatus): MapCountry {
		return {
			code,
			path: '',
			bbox: [
				[0, 0],
				[10, 10]
			],
			statuses: [status],
			label: { x: 5, y: 5, side: 'right' }
		};
	}

	function marker(id: string, code: string, status: MapStatus): MapMarker {
		return { id, country: code, status, precision: 'country', x: 5, y: 5 };
	}

	/** Two rows in the United States (two centres there count as one country), one each elsewhere. */
	const layout: MapLayout = {
		width: 960,
		height: 408,
		markers: [
			marker('cn', 'CN', 'home'),
			marker('us-1', 'US', 'existing'),
			marker('us-2', 'US', 'existing'),
			marker('au', 'AU', 'existing'),
			marker('br', 'BR', 'planned')
		],
		countries: [
			country('CN', 'home'),
			country('US', 'existing'),
			country('AU', 'existing'),
			country('BR', 'planned')
		],
		frames: [],
		sources: []
	};

	function state(focus: string, highlight: MapState['highlight'], annotations = []): MapState {
		return { focus, highlight, annotations };
	}

	describe('describeMap', () => {
		it('counts and names countries, and the home market, in English', () => {
			expect(describeMap(layout, state('world', 'all'), 'en')).toBe(
				'World map: 2 countries with existing data centres (United States, Australia), 1 country with planned data centres (Brazil), the group’s home market (China); positions are approximate, country level only.'
			);
		});

		it('counts and names countries, and the home market, in French', () => {
			expect(describeMap(layout, state('world', 'existing'), 'fr')).toBe(
				`Carte du monde${NBSP}: 2 pays avec centres de données existants (États-Unis, Australie), 1 pays avec centres de données prévus (Brésil), marché domestique du groupe (Chine)${NBSP}; les pays avec centres existants sont mis en évidence${NBSP}; positions indicatives, au niveau du pays.`
			);
		});

		it('says what a close-up shows without counting centres', () => {
			expect(describeMap(layout, state('US', 'existing'), 'fr')).toBe(
				`Gros plan sur la carte, États-Unis${NBSP}: pays avec centres de données existants${NBSP}; les pays avec centres existants sont mis en évidence${NBSP}; positions indicatives, au niveau du pays.`
			);
			expect(describeMap(layout, state('CN', 'none'), 'en')).toBe(
				'Map close-up, China: the group’s home market.'
			);
		});

		it('reads the step’s annotations after the rest, quoted', () => {
			const annotations = [
				{ country: 'CN', label: 'Regulator: chip purchases reportedly banned' },
				{ country: 'US', label: 'Partial opening' }
			];
			expect(describeMap(layout, { ...state('world', 'none'), annotations }, 'en')).toBe(
				'World map: 2 countries with existing data centres (United States, Australia), 1 country with planned data centres (Brazil), the group’s home market (China); no country with data centres is highlighted; positions are approximate, country level only; China: “Regulator: chip purchases reportedly banned”; United States: “Partial opening”.'
			);
			expect(describeMap(layout, { ...state('world', 'none'), annotations }, 'fr')).toContain(
				`Chine${NBSP}: «${NBSP}Regulator: chip purchases reportedly banned${NBSP}»`
			);
		});
	});
});

describe('legendKeys', () => {
	it('lists the statuses the data has in their order, then the ring and the dot', () => {
		expect(legendKeys(story)).toEqual(['existing', 'planned', 'ring']);
		expect(
			legendKeys(
				layoutOf([
					marker('tokyo', 'JP', 'existing', 'site'),
					marker('de', 'DE', 'planned'),
					marker('cn', 'CN', 'home')
				])
			)
		).toEqual(['existing', 'planned', 'home', 'ring', 'dot']);
	});

	it('gives no ring for the home market alone: it is a country, not a centre whose place is unknown', () => {
		expect(
			legendKeys(layoutOf([marker('cn', 'CN', 'home'), marker('tokyo', 'JP', 'existing', 'site')]))
		).toEqual(['existing', 'home', 'dot']);
	});

	it('words each entry in the page’s language', () => {
		expect(legendText('home', 'en')).toBe('The group’s home market');
		expect(legendText('ring', 'en')).toBe('Approximate: country only');
		expect(legendText('dot', 'fr')).toBe('Site communiqué');
	});
});
