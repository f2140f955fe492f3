/**
 * The map's build-time geography: the world base map (its budget, its
 * bytes, its colours), the projection, and the layout of markers, country
 * shapes and the frames of focused countries, with and without data centres.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import {
	BASE_MAP_COLOURS,
	layoutMap,
	MAP_WIDTH,
	mapProjection,
	mapSize,
	worldSvg
} from '$lib/charts/map/geography';
import {
	focusTransform,
	frameOf,
	WORLD_ID,
	type Bounds,
	type MapLayout,
	type ZoomTransform
} from '$lib/charts/map/layout';
import type { DataCentre } from '$lib/charts/map/row';
import { MAP_CODES } from '$lib/data/countries';
import { readTokens } from '$lib/styles/themes';
import { fixtureData } from '../../support/fixtures';
import { tr } from '../../support/rows';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';

/** The zoom that shows `focus`, every site highlighted, no annotation. */
function zoomOn(layout: MapLayout, focus: string): ZoomTransform {
	return focusTransform(layout, { focus, highlight: 'all', annotations: [] }).zoom;
}

/** The budget for world.svg, gzipped: what a reader on a phone downloads for the base map. */
const WORLD_GZIP_BUDGET = 40 * 1024;
/** Fewer vertices than this and the Netherlands is a blob, not a country a reader recognises. */
const MIN_NL_VERTICES = 15;

function row(
	id: string,
	country: string,
	lat: number,
	lon: number,
	extra: Partial<DataCentre> = {}
): DataCentre {
	return {
		id,
		country,
		status: 'planned',
		precision: 'country',
		lat,
		lon,
		source: tr('Alibaba'),
		...extra
	};
}

/**
 * Five country markers whose geometry the tests know: a country with far
 * territories (the United States: Alaska, Hawaii), one with an island near
 * and a territory far (France: Corsica, French Guiana), a small one
 * (the Netherlands, and its Caribbean islands), one east of the 75 % line
 * (Australia), and two close neighbours whose labels must not overlap.
 */
const ROWS: DataCentre[] = [
	row('us', 'US', 39.8, -98.6, { status: 'existing' }),
	row('au', 'AU', -25.3, 133.8, { status: 'existing' }),
	row('br', 'BR', -10.8, -52.9),
	row('nl', 'NL', 52.2, 5.5),
	row('fr', 'FR', 46.6, 2.4)
];

function inside([x, y]: [number, number], [[x0, y0], [x1, y1]]: Bounds): boolean {
	return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function countryOf(layout: MapLayout, code: string) {
	const found = layout.countries.find((c) => c.code === code);
	if (!found) throw new Error(`no ${code} in layout`);
	return found;
}

function width([[x0], [x1]]: Bounds): number {
	return x1 - x0;
}

/** Vertices in a relative path: one per m or l command. */
function vertices(path: string): number {
	return (path.match(/[ml]/g) ?? []).length;
}

const story = layoutMap(ROWS, [], 'fr');

describe('worldSvg', { timeout: ATLAS_TIMEOUT_MS }, () => {
	const svg = worldSvg();
	const gzipped = gzipSync(svg).length;

	it(`fits the base map in ${WORLD_GZIP_BUDGET} bytes gzipped`, () => {
		console.info(
			`world.svg: ${svg.length} bytes, ${gzipped} bytes gzipped (budget ${WORLD_GZIP_BUDGET})`
		);
		expect(gzipped).toBeLessThanOrEqual(WORLD_GZIP_BUDGET);
	});

	it('is an SVG document with the layout’s viewBox and a group other maps can <use>', () => {
		const { width, height } = mapSize();
		expect(
			svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"`)
		).toBe(true);
		expect(svg).toContain(`<g id="${WORLD_ID}">`);
		expect(story.width).toBe(width);
		expect(story.height).toBe(height);
	});

	it('is the same bytes on every build, so caches and the budget hold', () => {
		expect(worldSvg()).toBe(svg);
	});

	it('drops Antarctica: nothing is drawn near the bottom of the map', () => {
		const [, southPole] = mapProjection()([0, -85]) ?? [0, 0];
		expect(southPole).toBeGreaterThan(mapSize().height);
	});

	it('uses the land and border colours of tokens.css, for the file opened on its own', () => {
		const tokens = readTokens(readFileSync('src/lib/styles/tokens.css', 'utf8'), 'light');
		expect(tokens.land).toBe(BASE_MAP_COLOURS.land);
		expect(tokens['land-stroke']).toBe(BASE_MAP_COLOURS.border);
		expect(tokens.sea).toBe(BASE_MAP_COLOURS.sea);
	});
});

describe('mapProjection', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('fits the land (without Antarctica) to the viewBox: Fiji touches both edges', () => {
		const project = mapProjection();
		const [west] = project([-179.99, -16.5]) ?? [NaN];
		const [east] = project([179.99, -16.5]) ?? [NaN];
		expect(west).toBeGreaterThanOrEqual(-0.5);
		expect(west).toBeLessThan(5);
		expect(east).toBeLessThanOrEqual(MAP_WIDTH + 0.5);
		expect(east).toBeGreaterThan(MAP_WIDTH - 5);
	});

	it('puts Paris inside France’s bbox, and Amsterdam inside the Netherlands’', () => {
		const project = mapProjection();
		expect(inside(project([2.35, 48.86]) as [number, number], countryOf(story, 'FR').bbox)).toBe(
			true
		);
		expect(inside(project([4.9, 52.37]) as [number, number], countryOf(story, 'NL').bbox)).toBe(
			true
		);
		expect(inside(project([4.9, 52.37]) as [number, number], countryOf(story, 'FR').bbox)).toBe(
			false
		);
	});
});

describe('layoutMap', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('makes one marker per row, in data order, each inside its country’s bbox', () => {
		expect(story.markers.map((m) => m.id)).toEqual(['us', 'au', 'br', 'nl', 'fr']);
		for (const marker of story.markers) {
			expect(inside([marker.x, marker.y], countryOf(story, marker.country).bbox), marker.id).toBe(
				true
			);
		}
	});

	it('frames mainland France and Corsica, not French Guiana', () => {
		const france = countryOf(story, 'FR');
		const [corsicaX, corsicaY] = mapProjection()([9.1, 42.1]) ?? [NaN, NaN];
		const [guianaX] = mapProjection()([-53, 4]) ?? [NaN];
		expect(inside([corsicaX, corsicaY], france.bbox)).toBe(true);
		expect(guianaX).toBeLessThan(france.bbox[0][0]);
		expect(width(france.bbox)).toBeLessThan(50);
	});

	it('frames the contiguous United States, not Alaska or Hawaii', () => {
		const us = countryOf(story, 'US');
		const project = mapProjection();
		expect(inside(project([-150, 64]) as [number, number], us.bbox)).toBe(false);
		expect(inside(project([-155.5, 19.6]) as [number, number], us.bbox)).toBe(false);
		// Prince of Wales Island, in Alaska's panhandle: close to the box, 800 km from Washington state
		expect(inside(project([-132.9, 55.5]) as [number, number], us.bbox)).toBe(false);
		expect(inside(project([-122.4, 37.8]) as [number, number], us.bbox)).toBe(true);
		expect(inside(project([-71, 42.4]) as [number, number], us.bbox)).toBe(true);
	});

	it.each([
		['Tasmania with Australia', row('au', 'AU', -25.3, 133.8), [146.6, -42]],
		['Hokkaido with Honshu', row('jp', 'JP', 35.7, 139.7), [142.8, 43.4]],
		['Sicily with Italy', row('it', 'IT', 41.9, 12.5), [14.2, 37.5]]
	] as const)('frames %s: nearby islands belong to the landmass', (_, dc, island) => {
		const layout = layoutMap([dc], [], 'fr');
		expect(
			inside(mapProjection()([...island]) as [number, number], countryOf(layout, dc.country).bbox)
		).toBe(true);
	});

	it('frames the European Netherlands, not the Dutch Caribbean', () => {
		expect(width(countryOf(story, 'NL').bbox)).toBeLessThan(12);
	});

	it('picks France’s main landmass in the zoom too: its focus shows Paris, not Cayenne', () => {
		const t = zoomOn(story, 'FR');
		const [px] = mapProjection()([2.35, 48.86]) ?? [NaN];
		const [cx] = mapProjection()([-52.3, 4.9]) ?? [NaN];
		const onScreen = (x: number) => t.k * x + t.x >= 0 && t.k * x + t.x <= story.width;
		expect(onScreen(px)).toBe(true);
		expect(onScreen(cx)).toBe(false);
	});

	it(`keeps the Netherlands recognisable: at least ${MIN_NL_VERTICES} vertices`, () => {
		const nl = countryOf(story, 'NL');
		console.info(`NL highlight: ${vertices(nl.path)} vertices`);
		expect(vertices(nl.path)).toBeGreaterThanOrEqual(MIN_NL_VERTICES);
	});

	it('lists each country once, with its statuses, existing first', () => {
		const mixed = layoutMap(
			[row('a', 'FR', 46.6, 2.4), row('b', 'FR', 45, 4, { status: 'existing' })],
			[],
			'fr'
		);
		expect(mixed.countries.map((c) => [c.code, c.statuses])).toEqual([
			['FR', ['existing', 'planned']]
		]);
	});

	it('stacks crowded labels north above south, and writes leftwards near the right edge', () => {
		const sides = Object.fromEntries(story.countries.map((c) => [c.code, c.label.side]));
		expect(sides).toEqual({ US: 'right', AU: 'left', BR: 'right', NL: 'above', FR: 'below' });
	});

	it('keeps the sources, de-duplicated and trimmed, without blanks, in data order', () => {
		const rows = [
			row('a', 'FR', 46.6, 2.4, { source: tr(' Alibaba ') }),
			row('b', 'NL', 52.2, 5.5, { source: tr('Alibaba') }),
			row('c', 'BR', -10.8, -52.9, { source: tr('') }),
			row('d', 'AU', -25.3, 133.8, { source: tr('Reuters') })
		];
		expect(layoutMap(rows, [], 'fr').sources).toEqual(['Alibaba', 'Reuters']);
		expect(layoutMap(rows, [], 'en').sources).toEqual(['Alibaba', 'Reuters']);
	});

	it.each<[string, DataCentre['source'][], { fr: string[]; en: string[] }]>([
		[
			'English sources on the English list only',
			[tr('Alibaba (annonce)', { en: 'Alibaba (announcement)' })],
			{ fr: ['Alibaba (annonce)'], en: ['Alibaba (announcement)'] }
		],
		[
			'the base source in English when the English one is empty',
			[tr('Alibaba (annonce)', { en: '' })],
			{ fr: ['Alibaba (annonce)'], en: ['Alibaba (annonce)'] }
		],
		[
			'a French translation on the French list, the base on the English one',
			[tr('Alibaba', { fr: 'Alibaba (annonce)' })],
			{ fr: ['Alibaba (annonce)'], en: ['Alibaba'] }
		],
		[
			'a row with and a row without an English source, de-duplicated per language',
			[tr('Presse', { en: 'Press' }), tr('Presse', { en: '' }), tr('Presse', { en: ' Press ' })],
			{ fr: ['Presse'], en: ['Press', 'Presse'] }
		]
	])('lists %s', (_name, sources, expected) => {
		const places: [string, string, number, number][] = [
			['a', 'FR', 46.6, 2.4],
			['b', 'NL', 52.2, 5.5],
			['c', 'AU', -25.3, 133.8]
		];
		const rows = sources.map((source, i) => row(...places[i]!, { source }));
		expect(layoutMap(rows, [], 'fr').sources).toEqual(expected.fr);
		expect(layoutMap(rows, [], 'en').sources).toEqual(expected.en);
	});

	it('lays out no data as an empty map', () => {
		const empty = layoutMap([], [], 'en');
		expect(empty).toEqual({
			width: story.width,
			height: story.height,
			markers: [],
			countries: [],
			frames: [],
			sources: []
		});
	});

	it('keeps the marker of a country the atlas cannot draw, without a country entry', () => {
		// Tuvalu is an ISO country too small for the 50m atlas
		const layout = layoutMap([row('tv', 'TV', -8.5, 179.2)], [], 'fr');
		expect(layout.markers).toHaveLength(1);
		expect(layout.countries).toEqual([]);
	});

	it.each([
		[
			'Russia (mainland marker; Chukotka lies across the antimeridian)',
			row('ru', 'RU', 55.75, 37.6),
			500
		],
		['Fiji (islands on both sides of the antimeridian)', row('fj', 'FJ', -17.8, 178), 60],
		['a marker at sea, off Brittany: the nearest French landmass', row('sea', 'FR', 47.5, -6.5), 50]
	])('frames %s without spanning the map', (_, dc, maxWidth) => {
		const layout = layoutMap([dc], [], 'fr');
		const c = countryOf(layout, dc.country);
		expect(width(c.bbox)).toBeGreaterThan(0);
		expect(width(c.bbox)).toBeLessThan(maxWidth);
	});
});

describe('frames of focused countries without data centres', { timeout: ATLAS_TIMEOUT_MS }, () => {
	const project = (lon: number, lat: number): [number, number] =>
		mapProjection()([lon, lat]) as [number, number];
	const framed = layoutMap([], ['CN', 'US', 'NO'], 'fr');
	const frame = (code: string): Bounds => {
		const found = frameOf(framed, code);
		if (!found) throw new Error(`no frame for ${code}`);
		return found;
	};

	it('frames mainland China and Hainan, not Taiwan nor the Spratly Islands', () => {
		const cn = frame('CN');
		for (const [lon, lat] of [
			[116.4, 39.9],
			[87.6, 43.8],
			[126.6, 45.8],
			[109.7, 19.2]
		] as const)
			expect(inside(project(lon, lat), cn), `${lon},${lat}`).toBe(true);
		expect(inside(project(121, 23.7), cn)).toBe(false);
		expect(inside(project(114, 10), cn)).toBe(false);
	});

	it('frames the contiguous United States, not Alaska or Hawaii, as a row in Kansas would', () => {
		const us = frame('US');
		expect(inside(project(-122.4, 37.8), us)).toBe(true);
		expect(inside(project(-71, 42.4), us)).toBe(true);
		expect(inside(project(-150, 64), us)).toBe(false);
		expect(inside(project(-155.5, 19.6), us)).toBe(false);
		expect(inside(project(-132.9, 55.5), us)).toBe(false);
		expect(us).toEqual(countryOf(story, 'US').bbox);
	});

	it('frames mainland Norway, not Svalbard', () => {
		const no = frame('NO');
		expect(inside(project(10.75, 59.9), no)).toBe(true);
		expect(inside(project(25.8, 71), no)).toBe(true);
		expect(inside(project(16, 78.5), no)).toBe(false);
	});

	it('lists frames once each, in the order of the focus list, rounded like the paths', () => {
		const layout = layoutMap([], ['NO', 'CN', 'NO', 'CN'], 'en');
		expect(layout.frames.map((f) => f.code)).toEqual(['NO', 'CN']);
		for (const { bbox } of layout.frames) {
			for (const value of bbox.flat()) expect(Math.round(value * 10) / 10).toBe(value);
		}
		expect(layout.countries).toEqual([]);
		expect(layout.markers).toEqual([]);
	});

	it('frames a country with data centres by its shape, not again as a frame', () => {
		const layout = layoutMap([row('fr', 'FR', 46.6, 2.4)], ['FR', 'CN'], 'fr');
		expect(layout.frames.map((f) => f.code)).toEqual(['CN']);
		expect(frameOf(layout, 'FR')).toEqual(countryOf(layout, 'FR').bbox);
	});

	it.each([
		['the world', 'world'],
		['a code ISO does not assign', 'XX'],
		['a code in lower case', 'cn'],
		['the empty string', ''],
		['a country too small for the atlas', 'TV'],
		['a territory the atlas draws with another country', 'GF']
	])('gives no frame for %s: the map shows the world', (_name, code) => {
		const layout = layoutMap([], [code], 'fr');
		expect(layout.frames).toEqual([]);
		expect(zoomOn(layout, code)).toEqual(zoomOn(layout, 'world'));
	});

	it('zooms on a framed country as on one with data centres: its frame fills the view', () => {
		const t = zoomOn(framed, 'CN');
		const [[x0, y0], [x1, y1]] = frame('CN');
		expect(t.k).toBeGreaterThan(2);
		expect(t.k * x0 + t.x).toBeGreaterThanOrEqual(0);
		expect(t.k * x1 + t.x).toBeLessThanOrEqual(framed.width);
		expect(t.k * y0 + t.y).toBeGreaterThanOrEqual(0);
		expect(t.k * y1 + t.y).toBeLessThanOrEqual(framed.height);
	});

	it('frames the fixture story’s focus without data centres (China) from the fixture’s rows', () => {
		const layout = layoutMap(fixtureData().map, ['CN', 'DE'], 'fr');
		expect(layout.frames.map((f) => f.code)).toEqual(['CN']);
		expect(layout.frames[0]?.bbox).toEqual(frame('CN'));
		expect(layout.countries.map((c) => c.code)).toEqual(['DE', 'JP', 'SG', 'IN', 'MX']);
	});
});

describe('countries made only of small islands', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('draws, labels and frames a data centre in Singapore', () => {
		const layout = layoutMap([row('sg', 'SG', 1.35, 103.82, { precision: 'site' })], [], 'en');
		const sg = countryOf(layout, 'SG');
		expect(inside([layout.markers[0]!.x, layout.markers[0]!.y], sg.bbox)).toBe(true);
		expect(vertices(sg.path)).toBeGreaterThanOrEqual(3);
		expect(zoomOn(layout, 'SG').k).toBeGreaterThan(1);
	});

	it('frames every country the data check accepts, except Antarctica, which the map leaves out', () => {
		const layout = layoutMap([], MAP_CODES, 'fr');
		const framed = new Set(layout.frames.map((f) => f.code));
		expect(MAP_CODES.filter((code) => !framed.has(code))).toEqual(['AQ']);
		for (const code of ['MT', 'BH', 'MU', 'BB']) {
			const [[x0, y0], [x1, y1]] = frameOf(layout, code)!;
			expect(x1 - x0, code).toBeGreaterThanOrEqual(0);
			expect(y1 - y0, code).toBeGreaterThanOrEqual(0);
			expect(x1 - x0, code).toBeLessThan(5);
		}
	});
});
