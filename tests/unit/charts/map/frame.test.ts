/**
 * Where the map sits in its panel, as numbers: a close-up fits its country
 * with padding; a world view fits its countries to the frame's width, never
 * shows past the map's band of latitudes, and keeps the legend right under
 * the map; zooms stay within [1, MAX_ZOOM].
 */
import { describe, expect, it } from 'vitest';
import {
	FOCUS_PADDING,
	frameMap,
	KEY_GAP_PX,
	MAX_ZOOM,
	pixelsPerUnit,
	toPixels,
	visibleRegion,
	WORLD_PADDING,
	type MapSize,
	type Viewport,
	type ZoomTransform
} from '$lib/charts/map/frame';
import type { Bounds } from '$lib/charts/map/layout';

const SIZE: MapSize = { width: 960, height: 408 };
const PHONE: Viewport = { width: 366, height: 440 };
const DESKTOP: Viewport = { width: 1280, height: 800 };
const KEY = 120;

/** A box of the map, as drawn in the frame: px from its top left corner. */
function drawn(viewport: Viewport, zoom: ZoomTransform, [[x0, y0], [x1, y1]]: Bounds): Bounds {
	return [toPixels(SIZE, viewport, zoom, [x0, y0]), toPixels(SIZE, viewport, zoom, [x1, y1])];
}

const BAND: Bounds = [
	[0, 0],
	[SIZE.width, SIZE.height]
];
/** Countries spread over most of the world, as a world view's target usually is. */
const WIDE: Bounds = [
	[130, 60],
	[900, 380]
];
const NL: Bounds = [
	[487, 46],
	[495.5, 53.6]
];

describe('frameMap, a close-up', () => {
	it.each([
		['a phone', PHONE],
		['a desktop', DESKTOP]
	])('fits the country in the frame above the key, padded and centred, on %s', (_, viewport) => {
		const us: Bounds = [
			[128, 40],
			[324, 140]
		];
		const { zoom, keyTop, marks } = frameMap(SIZE, { bbox: us, world: false }, viewport, KEY);
		const [[x0, y0], [x1, y1]] = drawn(viewport, zoom, us);
		const above = viewport.height - KEY - KEY_GAP_PX;
		expect(keyTop).toBe(viewport.height - KEY);
		expect(marks).toEqual([
			[0, 0],
			[viewport.width, above]
		]);
		const padX = viewport.width * FOCUS_PADDING;
		const padY = above * FOCUS_PADDING;
		expect(x0).toBeGreaterThanOrEqual(padX - 1e-6);
		expect(x1).toBeLessThanOrEqual(viewport.width - padX + 1e-6);
		expect(y0).toBeGreaterThanOrEqual(padY - 1e-6);
		expect(y1).toBeLessThanOrEqual(above - padY + 1e-6);
		// one of the two directions is tight: the country is as large as the padding allows
		expect(Math.min(x0 - padX, above - padY - y1)).toBeCloseTo(0, 6);
		expect((x0 + x1) / 2).toBeCloseTo(viewport.width / 2, 6);
		expect((y0 + y1) / 2).toBeCloseTo(above / 2, 6);
	});

	it('clamps the zoom to MAX_ZOOM for a tiny country and for a one-point box', () => {
		expect(frameMap(SIZE, { bbox: NL, world: false }, PHONE, KEY).zoom.k).toBe(MAX_ZOOM);
		const dot: Bounds = [
			[100, 100],
			[100, 100]
		];
		const { zoom } = frameMap(SIZE, { bbox: dot, world: false });
		expect(zoom.k).toBe(MAX_ZOOM);
		expect(zoom.k * 100 + zoom.x).toBeCloseTo(SIZE.width / 2, 9);
		expect(zoom.k * 100 + zoom.y).toBeCloseTo(SIZE.height / 2, 9);
	});

	it('never zooms out past the whole map met in the frame', () => {
		const huge: Bounds = [
			[-500, -500],
			[3000, 2000]
		];
		expect(frameMap(SIZE, { bbox: huge, world: false }, DESKTOP, KEY).zoom.k).toBe(1);
	});
});

describe('frameMap, a world view', () => {
	it('fills the width with the countries shown, with a thin margin, on a phone', () => {
		const { zoom } = frameMap(SIZE, { bbox: WIDE, world: true }, PHONE, KEY);
		const [[x0], [x1]] = drawn(PHONE, zoom, WIDE);
		expect(x0).toBeCloseTo(PHONE.width * WORLD_PADDING, 6);
		expect(x1).toBeCloseTo(PHONE.width * (1 - WORLD_PADDING), 6);
	});

	it('puts the key right under the map when the map is shorter than the frame, the two centred together', () => {
		const { zoom, keyTop } = frameMap(SIZE, { bbox: WIDE, world: true }, PHONE, KEY);
		const [[, top], [, bottom]] = drawn(PHONE, zoom, BAND);
		expect(bottom - top).toBeLessThan(PHONE.height - KEY);
		expect(keyTop! - bottom).toBeCloseTo(KEY_GAP_PX, 6);
		// the block (map, gap, key) has as much room above it as below
		expect(top).toBeCloseTo(PHONE.height - (keyTop! + KEY), 6);
	});

	it('never shows blank beyond the band when the band is taller than the frame', () => {
		// a small target zooms in far enough for the band to overflow the frame in both directions
		const europe: Bounds = [
			[430, 20],
			[560, 110]
		];
		const { zoom, keyTop, marks } = frameMap(SIZE, { bbox: europe, world: true }, DESKTOP, KEY);
		const [[x0, y0], [x1, y1]] = drawn(DESKTOP, zoom, BAND);
		const above = DESKTOP.height - KEY - KEY_GAP_PX;
		expect(x0).toBeLessThanOrEqual(1e-6);
		expect(x1).toBeGreaterThanOrEqual(DESKTOP.width - 1e-6);
		expect(y0).toBeLessThanOrEqual(1e-6);
		expect(y1).toBeGreaterThanOrEqual(above - 1e-6);
		expect(keyTop).toBe(DESKTOP.height - KEY);
		expect(marks![1][1]).toBe(above);
	});

	it('holds the band’s edge at the frame’s edge rather than centre a country near it', () => {
		// countries at the band's top (the Arctic crop) and its left end: centring them would show blank above and left
		const corner: Bounds = [
			[0, 0],
			[150, 60]
		];
		const { zoom } = frameMap(SIZE, { bbox: corner, world: true }, DESKTOP, KEY);
		const [[x0, y0]] = drawn(DESKTOP, zoom, BAND);
		const [[cx0, cy0]] = drawn(DESKTOP, zoom, corner);
		expect(x0).toBeCloseTo(0, 6);
		expect(y0).toBeCloseTo(0, 6);
		expect(cx0).toBeCloseTo(0, 6);
		expect(cy0).toBeCloseTo(0, 6);
	});

	it('uses more of a phone panel for countries spread over the world than the whole world would', () => {
		const world = frameMap(SIZE, { bbox: BAND, world: true }, PHONE, KEY).zoom;
		const framed = frameMap(SIZE, { bbox: WIDE, world: true }, PHONE, KEY).zoom;
		expect(framed.k).toBeGreaterThan(world.k);
	});
});

describe('frameMap before measurement', () => {
	it('frames within the viewBox and leaves the key to the page flow', () => {
		const framing = frameMap(SIZE, { bbox: NL, world: false });
		expect(framing.keyTop).toBeUndefined();
		expect(framing.marks).toBeUndefined();
		const { k, x, y } = framing.zoom;
		expect(k * NL[0][0] + x).toBeGreaterThanOrEqual(0);
		expect(k * NL[1][1] + y).toBeLessThanOrEqual(SIZE.height);
	});

	it.each([
		['zero size', { width: 0, height: 0 }],
		['NaN', { width: NaN, height: 500 }],
		['negative', { width: -390, height: 800 }],
		['infinite', { width: Infinity, height: 800 }]
	])('reads a viewport of %s as no measurement', (_, viewport) => {
		expect(frameMap(SIZE, { bbox: WIDE, world: true }, viewport, KEY)).toEqual(
			frameMap(SIZE, { bbox: WIDE, world: true })
		);
	});
});

describe('visibleRegion and toPixels', () => {
	it('is the viewBox when nothing was measured, or when the viewport has its proportions', () => {
		expect(visibleRegion(SIZE)).toEqual(BAND);
		const region = visibleRegion(SIZE, { width: 480, height: 204 });
		expect(region[0][0]).toBeCloseTo(0, 9);
		expect(region[1][1]).toBeCloseTo(SIZE.height, 9);
	});

	it('adds room above and below the map in a tall viewport, as preserveAspectRatio="xMidYMid meet" does', () => {
		const [[x0, y0], [x1, y1]] = visibleRegion(SIZE, PHONE);
		expect(x0).toBeCloseTo(0, 9);
		expect(x1).toBeCloseTo(SIZE.width, 9);
		expect(y0).toBeLessThan(0);
		expect(y1 - SIZE.height).toBeCloseTo(-y0, 9);
	});

	it('maps the viewBox corners to the meet-scaled, centred map', () => {
		const scale = pixelsPerUnit(SIZE, PHONE);
		const identity = { k: 1, x: 0, y: 0 };
		const [left, top] = toPixels(SIZE, PHONE, identity, [0, 0]);
		const [right, bottom] = toPixels(SIZE, PHONE, identity, [SIZE.width, SIZE.height]);
		expect(left).toBeCloseTo(0, 9);
		expect(right).toBeCloseTo(PHONE.width, 9);
		expect(bottom - top).toBeCloseTo(SIZE.height * scale, 9);
		expect(top).toBeCloseTo((PHONE.height - SIZE.height * scale) / 2, 9);
	});
});
