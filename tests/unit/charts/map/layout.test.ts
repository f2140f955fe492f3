/**
 * What the map draws in a state, laid out with the build's own geography
 * from a fixture (tests/fixtures/copy/datacenters.csv: a home market, two
 * countries with existing centres, three with planned ones): what a step
 * frames, the home market as its own category, annotations, labels and
 * annotation boxes inside the panel, and how much of a panel the map uses,
 * at a desktop's and a phone's panel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatacentres } from '$lib/charts/map/data';
import { layoutMap } from '$lib/charts/map/geography';
import {
	frameTarget,
	mapView,
	NOMINAL_NOTE_ROOM_PX,
	NOMINAL_WIDTH_PX,
	type Bounds,
	type MapLayout,
	type MapView
} from '$lib/charts/map/layout';
import { KEY_GAP_PX, toPixels, type Viewport } from '$lib/charts/map/frame';
import { labelBox, labelSize, overlap } from '$lib/charts/map/callouts';
import { MAP_HIGHLIGHTS, type MapAnnotation, type MapState } from '$lib/charts/map/state';

const FILE = 'tests/fixtures/copy/datacenters.csv';
const parsed = parseDatacentres(readFileSync(FILE), FILE);
/** India has no row: annotated, it is framed and pointed at from the atlas alone. */
const layout: MapLayout = layoutMap(parsed.rows, ['NL', 'IN'], 'en');

const DESKTOP: Viewport = { width: 1280, height: 800 };
const PHONE: Viewport = { width: 366, height: 440 };
/** The key's height at each width, about what the legend and source take there. */
const KEY = { desktop: 60, phone: 130 };

const NAMES: Record<string, string> = {
	JP: 'Japan',
	CA: 'Canada',
	ZA: 'South Africa',
	CL: 'Chile',
	NL: 'Netherlands',
	FR: 'France',
	IN: 'India'
};
const nameOf = (code: string) => NAMES[code] ?? code;

function state(
	focus: string,
	highlight: MapState['highlight'],
	annotations: MapAnnotation[] = []
): MapState {
	return { focus, highlight, annotations };
}

function bboxOf(code: string): Bounds {
	return (
		layout.countries.find((c) => c.code === code)?.bbox ??
		layout.frames.find((f) => f.code === code)!.bbox
	);
}

function union(codes: string[]): Bounds {
	const boxes = codes.map(bboxOf);
	return [
		[Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
		[Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))]
	];
}

/** Clamped to the map's band of latitudes, as a world view's target is. */
function inBand([[x0, y0], [x1, y1]]: Bounds): Bounds {
	return [
		[Math.max(0, x0), Math.max(0, y0)],
		[Math.min(layout.width, x1), Math.min(layout.height, y1)]
	];
}

/** Share of the panel the map's band covers above the key, once zoomed. */
function shareOfPanel(view: MapView, viewport: Viewport): number {
	const [x0, y0] = toPixels(layout, viewport, view.zoom, [0, 0]);
	const [x1, y1] = toPixels(layout, viewport, view.zoom, [layout.width, layout.height]);
	const bottom = (view.keyTop ?? viewport.height) - KEY_GAP_PX;
	const width = Math.max(0, Math.min(x1, viewport.width) - Math.max(x0, 0));
	const height = Math.max(0, Math.min(y1, bottom) - Math.max(y0, 0));
	return (width * height) / (viewport.width * viewport.height);
}

function within(box: Bounds, [[x0, y0], [x1, y1]]: Bounds): boolean {
	return (
		box[0][0] >= x0 - 1e-6 &&
		box[0][1] >= y0 - 1e-6 &&
		box[1][0] <= x1 + 1e-6 &&
		box[1][1] <= y1 + 1e-6
	);
}

/** What the marks may use: the frame above the key. */
function markArea(view: MapView, viewport: Viewport): Bounds {
	return [
		[0, 0],
		[viewport.width, view.keyTop! - KEY_GAP_PX]
	];
}

/** Each visible label's box as the page draws it (estimated size, side, nudge), px. */
function labelBoxes(view: MapView, viewport: Viewport): { code: string; box: Bounds }[] {
	return view.labels
		.filter((label) => !label.hidden)
		.map((label) => {
			const country = layout.countries.find((c) => c.code === label.code)!;
			const [x, y] = toPixels(layout, viewport, view.zoom, [country.label.x, country.label.y]);
			const { width, height } = labelSize(nameOf(label.code));
			const [[x0, y0], [x1, y1]] = labelBox([x, y], label.side, width, height);
			const { dx, dy } = label.nudge;
			return {
				code: label.code,
				box: [
					[x0 + dx, y0 + dy],
					[x1 + dx, y1 + dy]
				]
			};
		});
}

/** Each annotation's box as the page draws it at most (its estimated height), px. */
function noteBoxes(view: MapView, viewport: Viewport): Bounds[] {
	return view.annotations.map((note) => {
		// zx, zy are already zoomed: the identity maps them to the frame
		const [x, y] = toPixels(layout, viewport, { k: 1, x: 0, y: 0 }, [note.zx, note.zy]);
		return [
			[x + note.dx, y + note.dy],
			[x + note.dx + note.width, y + note.dy + note.height]
		];
	});
}

describe('the fixture', () => {
	it('is valid, with a home market', () => {
		expect(parsed.problems).toEqual([]);
		expect(layout.countries.find((c) => c.code === 'JP')?.statuses).toEqual(['home']);
	});
});

describe('frameTarget', () => {
	it('frames a world view on the countries it highlights, with the home market beside them', () => {
		expect(frameTarget(layout, state('world', 'existing'))).toEqual({
			bbox: inBand(union(['CA', 'ZA', 'JP'])),
			world: true
		});
		expect(frameTarget(layout, state('world', 'planned')).bbox).toEqual(
			inBand(union(['CL', 'NL', 'FR', 'JP']))
		);
	});

	it('frames a world view on the countries it annotates, data or not, when it highlights none', () => {
		const notes = [
			{ country: 'IN', label: 'A note' },
			{ country: 'ZA', label: 'Another' }
		];
		expect(frameTarget(layout, state('world', 'none', notes)).bbox).toEqual(
			inBand(union(['IN', 'ZA', 'JP']))
		);
	});

	it('frames every country of the data when a world view highlights and annotates none', () => {
		expect(frameTarget(layout, state('world', 'none')).bbox).toEqual(
			inBand(union(['JP', 'CA', 'ZA', 'CL', 'NL', 'FR']))
		);
	});

	it('crops a world view to the band of latitudes (Canada’s Arctic islands)', () => {
		const canada = bboxOf('CA');
		expect(canada[0][1]).toBeLessThan(0);
		expect(frameTarget(layout, state('world', 'existing')).bbox[0][1]).toBe(0);
	});

	it('frames a close-up on its country, and on the countries it annotates', () => {
		expect(frameTarget(layout, state('NL', 'planned'))).toEqual({
			bbox: bboxOf('NL'),
			world: false
		});
		expect(
			frameTarget(layout, state('NL', 'planned', [{ country: 'FR', label: 'Next door' }])).bbox
		).toEqual(union(['NL', 'FR']));
	});
});

describe('the home market', () => {
	it.each(MAP_HIGHLIGHTS)('is drawn as home, never dimmed, labelled, with highlight %s', (h) => {
		const view = mapView(layout, state('world', h), DESKTOP, KEY.desktop, nameOf);
		expect(view.countries.find((c) => c.code === 'JP')).toMatchObject({
			status: 'home',
			dim: false
		});
		expect(view.markers.find((m) => m.country === 'JP')?.dim).toBe(false);
		expect(view.labels.find((l) => l.code === 'JP')?.hidden).toBe(false);
	});

	it('leaves the data centres’ highlighting as it was', () => {
		const view = mapView(layout, state('world', 'planned'), DESKTOP, KEY.desktop, nameOf);
		const dim = Object.fromEntries(view.countries.map((c) => [c.code, c.dim]));
		expect(dim).toEqual({ JP: false, CA: true, ZA: true, CL: false, NL: false, FR: false });
	});
});

describe('annotations', () => {
	const notes: MapAnnotation[] = [
		{ country: 'JP', label: 'Regulator: purchases of foreign chips reportedly banned' },
		{ country: 'IN', label: 'A country with no row, pointed at from the atlas' },
		{ country: 'ZA', label: 'Partial opening of component sales' }
	];

	it.each([
		['desktop', DESKTOP, KEY.desktop],
		['phone', PHONE, KEY.phone]
	])(
		'draws one box per note inside the panel above the key, none over another, on a %s',
		(_, viewport, key) => {
			const view = mapView(layout, state('world', 'none', notes), viewport, key, nameOf);
			expect(view.annotations.map((a) => a.country)).toEqual(['JP', 'IN', 'ZA']);
			expect(view.annotations.map((a) => a.heading)).toEqual(['Japan', 'India', 'South Africa']);
			const area = markArea(view, viewport);
			const boxes = noteBoxes(view, viewport);
			for (const box of boxes) expect(within(box, area)).toBe(true);
			for (const [i, box] of boxes.entries())
				for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(0);
		}
	);

	it('replaces the country’s label, and shows the country in full even when the step highlights none', () => {
		const view = mapView(layout, state('world', 'none', notes), DESKTOP, KEY.desktop, nameOf);
		expect(view.labels.find((l) => l.code === 'ZA')?.hidden).toBe(true);
		expect(view.countries.find((c) => c.code === 'ZA')?.dim).toBe(false);
		expect(view.countries.find((c) => c.code === 'CA')?.dim).toBe(true);
	});

	it('places a box at the same offsets however often it is laid out', () => {
		const a = mapView(layout, state('world', 'none', notes), PHONE, KEY.phone, nameOf);
		const b = mapView(layout, state('world', 'none', notes), PHONE, KEY.phone, nameOf);
		expect(a.annotations).toEqual(b.annotations);
	});

	it('lays out an unmeasured map for a phone-sized frame, taller when notes need room', () => {
		const plain = mapView(layout, state('world', 'all'));
		const noted = mapView(layout, state('world', 'none', notes));
		expect(plain.frame.width).toBe(NOMINAL_WIDTH_PX);
		expect(plain.frame.height).toBeCloseTo((NOMINAL_WIDTH_PX * layout.height) / layout.width, 9);
		expect(noted.frame.height - plain.frame.height).toBe(NOMINAL_NOTE_ROOM_PX);
		expect(noted.keyTop).toBeUndefined();
	});
});

describe('labels', () => {
	it.each([
		['desktop', DESKTOP, KEY.desktop],
		['phone', PHONE, KEY.phone]
	])(
		'stay inside the panel, above the key, in every state of the fixture, on a %s',
		(_, viewport, key) => {
			for (const focus of ['world', 'JP', 'CA', 'ZA', 'CL', 'NL', 'FR']) {
				for (const highlight of MAP_HIGHLIGHTS) {
					const view = mapView(layout, state(focus, highlight), viewport, key, nameOf);
					for (const { code, box } of labelBoxes(view, viewport))
						expect(within(box, markArea(view, viewport)), `${focus}/${highlight}: ${code}`).toBe(
							true
						);
				}
			}
		}
	);

	it('names France on the part of it in view under a close-up on the Netherlands, inside the panel', () => {
		const view = mapView(layout, state('NL', 'planned'), PHONE, KEY.phone, nameOf);
		const france = labelBoxes(view, PHONE).find(({ code }) => code === 'FR');
		expect(france).toBeDefined();
		expect(within(france!.box, markArea(view, PHONE))).toBe(true);
		const netherlands = labelBoxes(view, PHONE).find(({ code }) => code === 'NL')!;
		expect(overlap(france!.box, netherlands.box)).toBe(0);
	});

	it('hides the name of a highlighted country far out of view', () => {
		const view = mapView(layout, state('NL', 'planned'), PHONE, KEY.phone, nameOf);
		expect(view.labels.find((l) => l.code === 'CL')?.hidden).toBe(true);
	});
});

describe('the share of the panel the map uses', () => {
	it.each([
		['a 1280 × 800 panel', DESKTOP, KEY.desktop, 0.85],
		['a 366 × 440 panel', PHONE, KEY.phone, 0.45]
	])(
		'is larger for a world view framed on its countries than for the whole world, in %s',
		(_, viewport, key, least) => {
			for (const highlight of MAP_HIGHLIGHTS) {
				const framed = mapView(layout, state('world', highlight), viewport, key, nameOf);
				const whole = { ...framed, zoom: { k: 1, x: 0, y: 0 } };
				const share = shareOfPanel(framed, viewport);
				expect(share).toBeGreaterThan(shareOfPanel(whole, viewport));
				expect(share).toBeGreaterThanOrEqual(least);
			}
		}
	);

	it('keeps the key right under the map on a phone, where the map is shorter than the panel', () => {
		const view = mapView(layout, state('world', 'existing'), PHONE, KEY.phone, nameOf);
		const [, bottom] = toPixels(layout, PHONE, view.zoom, [0, layout.height]);
		expect(view.keyTop! - bottom).toBeCloseTo(KEY_GAP_PX, 6);
		expect(view.keyTop! + KEY.phone).toBeLessThan(PHONE.height);
	});
});
