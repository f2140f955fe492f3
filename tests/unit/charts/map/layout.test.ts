/**
 * The map's zoom maths and what it draws in a state, as numbers: the focus
 * framed with padding (on a phone, in the top of the frame), clamped zooms,
 * highlights and dimming, country rings that give way once the shape is
 * large, labels beside highlighted countries only, every mark at the zoomed
 * position of its point.
 */
import { describe, expect, it } from 'vitest';
import {
	FOCUS_PADDING,
	focusTransform,
	frameOf,
	IDENTITY,
	isHighlighted,
	mapAlignment,
	mapView,
	PORTRAIT_FOCUS_SHARE,
	PORTRAIT_TOP_GAP_PX,
	MAX_ZOOM,
	RING_MAX_COUNTRY_UNITS,
	showsCountryRing,
	visibleRegion,
	zoomPoint,
	type Bounds,
	type MapCountry,
	type MapLayout,
	type MapMarker,
	type ZoomTransform
} from '$lib/charts/map/layout';
import type { MapHighlight } from '$lib/charts/map/state';
import type { SiteStatus } from '$lib/charts/map/row';

function country(code: string, bbox: Bounds): MapCountry {
	return {
		code,
		path: '',
		bbox,
		statuses: ['planned'],
		label: { x: bbox[0][0], y: bbox[0][1], side: 'right' }
	};
}

/** A 960 x 420 map with countries of known boxes, shaped like the real ones. */
const layout: MapLayout = {
	width: 960,
	height: 420,
	markers: [],
	countries: [
		country('NL', [
			[487, 56],
			[495.5, 63.6]
		]),
		country('US', [
			[128.5, 33],
			[324, 145.5]
		]),
		country('DOT', [
			[100, 100],
			[100, 100]
		]),
		country('HUGE', [
			[-100, -100],
			[2000, 900]
		])
	],
	frames: [],
	sources: []
};

function apply(t: ZoomTransform, [x, y]: [number, number]): [number, number] {
	return [t.k * x + t.x, t.k * y + t.y];
}

describe('focusTransform', () => {
	it.each(['world', 'XX', '', 'nl', 'NaN'])('shows the whole world for focus %j', (focus) => {
		expect(focusTransform(layout, focus)).toEqual(IDENTITY);
		expect(focusTransform(layout, focus, { width: 800, height: 600 })).toEqual(IDENTITY);
	});

	it('moves the world to the top of a portrait viewport, below a gap for labels', () => {
		const phone = { width: 480, height: 840 };
		const [[, vy0]] = visibleRegion(layout, phone);
		const pixelsPerUnit = 480 / 960;
		const t = focusTransform(layout, 'world', phone);
		expect(t.k).toBe(1);
		expect(t.x).toBe(0);
		// the map's top edge, in pixels from the frame's top
		expect((t.y - vy0) * pixelsPerUnit).toBeCloseTo(PORTRAIT_TOP_GAP_PX, 9);
	});

	it('zooms more on the Netherlands than on the United States', () => {
		expect(focusTransform(layout, 'NL').k).toBeGreaterThan(focusTransform(layout, 'US').k);
	});

	it.each([
		['without a measured viewport', undefined],
		['in a landscape viewport', { width: 768, height: 700 }],
		['in a very wide viewport', { width: 2000, height: 300 }]
	])('keeps the focused bbox inside the visible region, with padding, %s', (_, viewport) => {
		for (const code of ['NL', 'US']) {
			const t = focusTransform(layout, code, viewport);
			const bbox = layout.countries.find((c) => c.code === code)!.bbox;
			const [[vx0, vy0], [vx1, vy1]] = visibleRegion(layout, viewport);
			const [x0, y0] = apply(t, bbox[0]);
			const [x1, y1] = apply(t, bbox[1]);
			const padX = (vx1 - vx0) * FOCUS_PADDING - 1e-9;
			const padY = (vy1 - vy0) * FOCUS_PADDING - 1e-9;
			expect(x0).toBeGreaterThanOrEqual(vx0 + padX);
			expect(x1).toBeLessThanOrEqual(vx1 - padX);
			expect(y0).toBeGreaterThanOrEqual(vy0 + padY);
			expect(y1).toBeLessThanOrEqual(vy1 - padY);
			// and centres it
			expect((x0 + x1) / 2).toBeCloseTo((vx0 + vx1) / 2, 6);
			expect((y0 + y1) / 2).toBeCloseTo((vy0 + vy1) / 2, 6);
		}
	});

	it('frames the focused country in the top part of a portrait viewport, clear of the step cards', () => {
		const phone = { width: 390, height: 700 };
		const [[vx0, vy0], [vx1, vy1]] = visibleRegion(layout, phone);
		const top = vy0 + (vy1 - vy0) * PORTRAIT_FOCUS_SHARE + PORTRAIT_TOP_GAP_PX / (390 / 960);
		for (const code of ['NL', 'US']) {
			const t = focusTransform(layout, code, phone);
			const bbox = layout.countries.find((c) => c.code === code)!.bbox;
			const [x0, y0] = apply(t, bbox[0]);
			const [x1, y1] = apply(t, bbox[1]);
			expect(x0).toBeGreaterThanOrEqual(vx0);
			expect(x1).toBeLessThanOrEqual(vx1);
			expect(y0).toBeGreaterThanOrEqual(vy0);
			expect(y1).toBeLessThanOrEqual(top);
			expect((x0 + x1) / 2).toBeCloseTo((vx0 + vx1) / 2, 6);
		}
	});

	it('uses the extra height of a phone to zoom further than the bare viewBox allows', () => {
		expect(focusTransform(layout, 'US', { width: 390, height: 800 }).k).toBeGreaterThan(
			focusTransform(layout, 'US').k
		);
	});

	it('clamps the zoom to MAX_ZOOM for a tiny country and for a one-point bbox', () => {
		expect(focusTransform(layout, 'NL', { width: 390, height: 800 }).k).toBe(MAX_ZOOM);
		const dot = focusTransform(layout, 'DOT');
		expect(dot.k).toBe(MAX_ZOOM);
		expect(apply(dot, [100, 100])).toEqual([480, 210]);
	});

	it('never zooms out below the world view for a bbox larger than the map', () => {
		expect(focusTransform(layout, 'HUGE').k).toBe(1);
	});

	it.each([
		['zero size', { width: 0, height: 0 }],
		['NaN', { width: NaN, height: 500 }],
		['negative', { width: -390, height: 800 }],
		['infinite', { width: Infinity, height: 800 }]
	])('ignores a viewport of %s', (_, viewport) => {
		expect(focusTransform(layout, 'US', viewport)).toEqual(focusTransform(layout, 'US'));
	});
});

describe('visibleRegion', () => {
	it('is the viewBox when nothing was measured, or when the viewport has its proportions', () => {
		const viewBox: Bounds = [
			[0, 0],
			[960, 420]
		];
		expect(visibleRegion(layout)).toEqual(viewBox);
		expect(visibleRegion(layout, { width: 480, height: 210 })).toEqual(viewBox);
	});

	it('moves the map up in a portrait viewport only', () => {
		expect(mapAlignment({ width: 390, height: 700 })).toBe('top');
	});

	it.each([
		['nothing measured', undefined],
		['a landscape viewport', { width: 800, height: 600 }],
		['a square viewport', { width: 600, height: 600 }],
		['a zero-sized viewport', { width: 0, height: 10 }]
	])('centres the map vertically for %s', (_, viewport) => {
		expect(mapAlignment(viewport)).toBe('middle');
	});

	it('adds sea above and below the map in a tall viewport, as preserveAspectRatio="xMidYMid meet" does', () => {
		const [[x0, y0], [x1, y1]] = visibleRegion(layout, { width: 480, height: 420 });
		expect([x0, x1]).toEqual([0, 960]);
		expect(y0).toBeCloseTo(-210, 9);
		expect(y1).toBeCloseTo(630, 9);
	});
});

describe('isHighlighted', () => {
	it.each<[MapHighlight, SiteStatus, boolean]>([
		['all', 'existing', true],
		['all', 'planned', true],
		['existing', 'existing', true],
		['existing', 'planned', false],
		['planned', 'planned', true],
		['planned', 'existing', false],
		['none', 'existing', false],
		['none', 'planned', false]
	])('highlight %s draws a %s site in full: %s', (highlight, status, expected) => {
		expect(isHighlighted(status, highlight)).toBe(expected);
	});
});

describe('showsCountryRing', () => {
	const nl = layout.countries[0]!;
	it('rings a country that is small on screen, and drops the ring once its shape is large', () => {
		expect(showsCountryRing(nl, 1)).toBe(true);
		expect(showsCountryRing(nl, focusTransform(layout, 'NL').k)).toBe(false);
		expect(showsCountryRing(layout.countries[1]!, 1)).toBe(false);
	});
	it('switches exactly at RING_MAX_COUNTRY_UNITS', () => {
		const side = 8.5; // NL's widest side
		expect(showsCountryRing(nl, (RING_MAX_COUNTRY_UNITS - 0.01) / side)).toBe(true);
		expect(showsCountryRing(nl, RING_MAX_COUNTRY_UNITS / side)).toBe(false);
	});
});

describe('frameOf', () => {
	const withFrames: MapLayout = {
		...layout,
		frames: [
			{
				code: 'CN',
				bbox: [
					[657.9, 55.9],
					[791.3, 169.9]
				]
			},
			// a frame never shadows a country with data centres
			{
				code: 'NL',
				bbox: [
					[0, 0],
					[1, 1]
				]
			}
		]
	};
	it.each<[string, Bounds | undefined]>([
		['NL', layout.countries[0]!.bbox],
		['US', layout.countries[1]!.bbox],
		[
			'CN',
			[
				[657.9, 55.9],
				[791.3, 169.9]
			]
		],
		['world', undefined],
		['XX', undefined],
		['', undefined],
		['nl', undefined]
	])('frames %j as %j', (code, expected) => {
		expect(frameOf(withFrames, code)).toEqual(expected);
	});

	it('zooms on a country without data centres as on one with them', () => {
		const cn = frameOf(withFrames, 'CN')!;
		const t = focusTransform(withFrames, 'CN', { width: 800, height: 600 });
		expect(t.k).toBeGreaterThan(1);
		const [[vx0, vy0], [vx1, vy1]] = visibleRegion(withFrames, { width: 800, height: 600 });
		const [x0, y0] = apply(t, cn[0]);
		const [x1, y1] = apply(t, cn[1]);
		expect((x0 + x1) / 2).toBeCloseTo((vx0 + vx1) / 2, 6);
		expect((y0 + y1) / 2).toBeCloseTo((vy0 + vy1) / 2, 6);
		expect(focusTransform({ ...withFrames, frames: [] }, 'CN')).toEqual(IDENTITY);
	});
});

describe('zoomPoint', () => {
	it.each<[ZoomTransform, [number, number], { zx: number; zy: number }]>([
		[IDENTITY, [487, 56], { zx: 487, zy: 56 }],
		[{ k: 2, x: -100, y: 10 }, [50, 20], { zx: 0, zy: 50 }],
		[{ k: 40, x: -19_000, y: -2_000 }, [491.25, 59.8], { zx: 650, zy: 392 }],
		[{ k: 1, x: 0, y: 120 }, [0, 0], { zx: 0, zy: 120 }]
	])('draws a point under %o at the zoomed position', (zoom, [x, y], expected) => {
		const { zx, zy } = zoomPoint(zoom, x, y);
		expect(zx).toBeCloseTo(expected.zx, 9);
		expect(zy).toBeCloseTo(expected.zy, 9);
	});
});

describe('mapView', () => {
	function marker(
		id: string,
		country: string,
		status: SiteStatus,
		precision: MapMarker['precision'],
		x: number,
		y: number
	): MapMarker {
		return { id, country, status, precision, x, y };
	}
	const NL = layout.countries[0]!;
	const US = layout.countries[1]!;
	const view: MapLayout = {
		...layout,
		markers: [
			marker('nl', 'NL', 'planned', 'country', 491, 60),
			marker('us', 'US', 'existing', 'country', 226, 89),
			marker('sf', 'US', 'planned', 'site', 180.9, 103)
		],
		countries: [
			{ ...NL, statuses: ['planned'], label: { x: 491, y: 60, side: 'above' } },
			{ ...US, statuses: ['existing', 'planned'], label: { x: 203, y: 96, side: 'right' } }
		]
	};
	const VIEWPORTS = [undefined, { width: 390, height: 700 }, { width: 1280, height: 600 }];

	it.each(
		VIEWPORTS.flatMap((viewport) =>
			['world', 'NL', 'US', 'XX'].map((focus) => [focus, viewport] as const)
		)
	)('draws every mark at zoomPoint of the zoom for focus %s in %o', (focus, viewport) => {
		const drawn = mapView(view, { focus, highlight: 'all' }, viewport);
		expect(drawn.zoom).toEqual(focusTransform(view, focus, viewport));
		expect(drawn.markers).toHaveLength(view.markers.length);
		drawn.markers.forEach((m, i) => {
			const source = view.markers[i]!;
			expect(m).toMatchObject(source);
			expect({ zx: m.zx, zy: m.zy }).toEqual(zoomPoint(drawn.zoom, source.x, source.y));
		});
		drawn.labels.forEach((label, i) => {
			const country = view.countries[i]!;
			expect(label.code).toBe(country.code);
			expect(label.side).toBe(country.label.side);
			expect({ zx: label.zx, zy: label.zy }).toEqual(
				zoomPoint(drawn.zoom, country.label.x, country.label.y)
			);
		});
	});

	it.each<[MapHighlight, boolean[], boolean[], boolean[]]>([
		// [highlight, markers dim (nl, us, sf), countries dim (NL, US), labels hidden (NL, US)]
		['all', [false, false, false], [false, false], [false, false]],
		['existing', [true, false, true], [true, false], [true, false]],
		['planned', [false, true, false], [false, false], [false, false]],
		['none', [true, true, true], [true, true], [true, true]]
	])(
		'highlight %s dims the other sites and countries, and hides the labels of dimmed countries',
		(highlight, markersDim, countriesDim, labelsHidden) => {
			const drawn = mapView(view, { focus: 'world', highlight });
			expect(drawn.markers.map((m) => m.dim)).toEqual(markersDim);
			expect(drawn.countries.map((c) => c.dim)).toEqual(countriesDim);
			expect(drawn.labels.map((l) => l.hidden)).toEqual(labelsHidden);
		}
	);

	it('colours a country by its first status, existing over planned', () => {
		expect(mapView(view, { focus: 'world', highlight: 'all' }).countries).toEqual([
			{ code: 'NL', path: '', status: 'planned', dim: false },
			{ code: 'US', path: '', status: 'existing', dim: false }
		]);
	});

	it('hides a country ring once its country is large on screen, never a site', () => {
		const world = mapView(view, { focus: 'world', highlight: 'all' });
		// NL is 8.5 units wide at world scale: its ring shows; the US is 195 wide: no ring
		expect(world.markers.map((m) => m.hidden)).toEqual([false, true, false]);
		const close = mapView(view, { focus: 'NL', highlight: 'all' });
		expect(close.zoom.k * 8.5).toBeGreaterThan(RING_MAX_COUNTRY_UNITS);
		expect(close.markers.map((m) => m.hidden)).toEqual([true, true, false]);
	});

	it('keeps the ring of a country-level marker whose country has no shape', () => {
		const lone: MapLayout = {
			...view,
			markers: [marker('tv', 'TV', 'planned', 'country', 950, 250)]
		};
		expect(mapView(lone, { focus: 'world', highlight: 'all' }).markers[0]?.hidden).toBe(false);
	});

	it('draws nothing but the zoom for an empty layout', () => {
		const empty: MapLayout = { ...layout, countries: [], markers: [] };
		expect(mapView(empty, { focus: 'NL', highlight: 'none' })).toEqual({
			zoom: IDENTITY,
			countries: [],
			markers: [],
			labels: []
		});
	});
});
