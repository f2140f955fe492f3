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
} from '$lib/charts/geography';
import { focusTransform, WORLD_ID, type Bounds, type MapLayout } from '$lib/charts/map-layout';
import type { DataCentre } from '$lib/types';

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
		source: 'Alibaba',
		sourceEn: '',
		...extra
	};
}

/** The story's five rows, as in data/datacenters.csv. */
const STORY_ROWS: DataCentre[] = [
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

const story = layoutMap(STORY_ROWS);

describe('worldSvg', () => {
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
		const tokens = readFileSync('src/lib/styles/tokens.css', 'utf8');
		expect(tokens).toMatch(new RegExp(`--land:\\s*${BASE_MAP_COLOURS.land};`, 'i'));
		expect(tokens).toMatch(new RegExp(`--land-stroke:\\s*${BASE_MAP_COLOURS.border};`, 'i'));
	});
});

describe('mapProjection', () => {
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

describe('layoutMap', () => {
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
		const layout = layoutMap([dc]);
		expect(
			inside(mapProjection()([...island]) as [number, number], countryOf(layout, dc.country).bbox)
		).toBe(true);
	});

	it('frames the European Netherlands, not the Dutch Caribbean', () => {
		expect(width(countryOf(story, 'NL').bbox)).toBeLessThan(12);
	});

	it('picks France’s main landmass in the zoom too: its focus shows Paris, not Cayenne', () => {
		const t = focusTransform(story, 'FR');
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
		const mixed = layoutMap([
			row('a', 'FR', 46.6, 2.4),
			row('b', 'FR', 45, 4, { status: 'existing' })
		]);
		expect(mixed.countries.map((c) => [c.code, c.statuses])).toEqual([
			['FR', ['existing', 'planned']]
		]);
	});

	it('stacks crowded labels north above south, and writes leftwards near the right edge', () => {
		const sides = Object.fromEntries(story.countries.map((c) => [c.code, c.label.side]));
		expect(sides).toEqual({ US: 'right', AU: 'left', BR: 'right', NL: 'above', FR: 'below' });
	});

	it('keeps the sources of each language, de-duplicated and trimmed, without blanks', () => {
		const layout = layoutMap([
			row('a', 'FR', 46.6, 2.4, { source: ' Alibaba ' }),
			row('b', 'NL', 52.2, 5.5, { source: 'Alibaba' }),
			row('c', 'BR', -10.8, -52.9, { source: '' }),
			row('d', 'AU', -25.3, 133.8, { source: 'Reuters' })
		]);
		expect(layout.sources).toEqual({ fr: ['Alibaba', 'Reuters'], en: ['Alibaba', 'Reuters'] });
	});

	it.each<[string, Partial<DataCentre>[], { fr: string[]; en: string[] }]>([
		[
			'English sources on the English list only',
			[{ source: 'Alibaba (annonce)', sourceEn: 'Alibaba (announcement)' }],
			{ fr: ['Alibaba (annonce)'], en: ['Alibaba (announcement)'] }
		],
		[
			'the French source in English when the English one is empty',
			[{ source: 'Alibaba (annonce)', sourceEn: '' }],
			{ fr: ['Alibaba (annonce)'], en: ['Alibaba (annonce)'] }
		],
		[
			'a row with and a row without an English source, de-duplicated per language',
			[
				{ source: 'Presse', sourceEn: 'Press' },
				{ source: 'Presse', sourceEn: '' },
				{ source: 'Presse', sourceEn: ' Press ' }
			],
			{ fr: ['Presse'], en: ['Press', 'Presse'] }
		]
	])('lists %s', (_name, extras, expected) => {
		const places: [string, string, number, number][] = [
			['a', 'FR', 46.6, 2.4],
			['b', 'NL', 52.2, 5.5],
			['c', 'AU', -25.3, 133.8]
		];
		const layout = layoutMap(extras.map((extra, i) => row(...places[i]!, extra)));
		expect(layout.sources).toEqual(expected);
	});

	it('lays out no data as an empty map', () => {
		const empty = layoutMap([]);
		expect(empty).toEqual({
			width: story.width,
			height: story.height,
			markers: [],
			countries: [],
			sources: { fr: [], en: [] }
		});
	});

	it('keeps the marker of a country the atlas cannot draw, without a country entry', () => {
		// Tuvalu is an ISO country too small for the 50m atlas
		const layout = layoutMap([row('tv', 'TV', -8.5, 179.2)]);
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
		const layout = layoutMap([dc]);
		const c = countryOf(layout, dc.country);
		expect(width(c.bbox)).toBeGreaterThan(0);
		expect(width(c.bbox)).toBeLessThan(maxWidth);
	});
});
