/**
 * What a screen reader hears for each state of the map: countries, counted
 * and named (never centres, which the source does not count), the home
 * market as its own group, and the step's annotations.
 */
import { describe, expect, it } from 'vitest';
import { describeMap } from '$lib/charts/map/text';
import type { MapCountry, MapLayout, MapMarker } from '$lib/charts/map/layout';
import type { MapStatus } from '$lib/charts/map/row';
import type { MapState } from '$lib/charts/map/state';

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
