/**
 * What the map draws in a state, as numbers: what a state frames (the
 * zoom's maths are frame.ts's, tested in frame.test.ts), highlights and
 * dimming, country rings that give way once the shape is large, labels
 * beside highlighted countries only, every mark at the zoomed position of
 * its point.
 */
import { describe, expect, it } from 'vitest';
import {
	focusTransform,
	frameOf,
	isHighlighted,
	mapView,
	RING_MAX_COUNTRY_UNITS,
	showsCountryRing,
	zoomPoint,
	type Bounds,
	type MapCountry,
	type MapLayout,
	type MapMarker,
	type ZoomTransform,
	frameTarget,
	NOMINAL_NOTE_ROOM_PX,
	NOMINAL_WIDTH_PX,
	type MapView
} from '$lib/charts/map/layout';
import type { MapHighlight } from '$lib/charts/map/state';
import type { MapStatus } from '$lib/charts/map/row';
import { readFileSync } from 'node:fs';
import { parseDatacentres } from '$lib/charts/map/data';
import { layoutMap } from '$lib/charts/map/geography';
import { IDENTITY, KEY_GAP_PX, MAX_ZOOM, toPixels, type Viewport } from '$lib/charts/map/frame';
import { labelBox, labelSize, overlap } from '$lib/charts/map/callouts';
import { MAP_HIGHLIGHTS, type MapAnnotation, type MapState } from '$lib/charts/map/state';

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

/** A state showing every site, with no annotation. */
function at(focus: string, highlight: MapHighlight = 'all'): MapState {
	return { focus, highlight, annotations: [] };
}

/** The zoom that shows a state. */
function zoomOf(layout: MapLayout, focus: string, viewport?: Viewport): ZoomTransform {
	return focusTransform(layout, at(focus), viewport).zoom;
}

describe('focusTransform', () => {
	it.each(['XX', '', 'nl', 'NaN'])('frames focus %j as the world view', (focus) => {
		expect(focusTransform(layout, at(focus))).toEqual(focusTransform(layout, at('world')));
		const viewport = { width: 800, height: 600 };
		expect(focusTransform(layout, at(focus), viewport)).toEqual(
			focusTransform(layout, at('world'), viewport)
		);
	});

	it('zooms more on the Netherlands than on the United States', () => {
		expect(zoomOf(layout, 'NL').k).toBeGreaterThan(zoomOf(layout, 'US').k);
	});

	it('clamps the zoom to MAX_ZOOM for a tiny country and for a one-point bbox', () => {
		expect(zoomOf(layout, 'NL', { width: 390, height: 800 }).k).toBe(MAX_ZOOM);
		const dot = zoomOf(layout, 'DOT');
		expect(dot.k).toBe(MAX_ZOOM);
		expect(apply(dot, [100, 100])).toEqual([480, 210]);
	});

	it('never zooms out below the world view for a bbox larger than the map', () => {
		expect(zoomOf(layout, 'HUGE').k).toBe(1);
	});

	it('says whether it frames a world view or a close-up', () => {
		expect(focusTransform(layout, at('world')).world).toBe(true);
		expect(focusTransform(layout, at('XX')).world).toBe(true);
		expect(focusTransform(layout, at('NL')).world).toBe(false);
	});
});

describe('isHighlighted', () => {
	it.each<[MapHighlight, MapStatus, boolean]>([
		['all', 'existing', true],
		['all', 'planned', true],
		['existing', 'existing', true],
		['existing', 'planned', false],
		['planned', 'planned', true],
		['planned', 'existing', false],
		['none', 'existing', false],
		['none', 'planned', false],
		['all', 'home', true],
		['existing', 'home', true],
		['planned', 'home', true],
		['none', 'home', true]
	])('highlight %s draws a %s site in full: %s', (highlight, status, expected) => {
		expect(isHighlighted(status, highlight)).toBe(expected);
	});
});

describe('showsCountryRing', () => {
	const nl = layout.countries[0]!;
	it('rings a country that is small on screen, and drops the ring once its shape is large', () => {
		expect(showsCountryRing(nl, 1)).toBe(true);
		expect(showsCountryRing(nl, zoomOf(layout, 'NL').k)).toBe(false);
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
				],
				anchor: { x: 724.6, y: 112.9 }
			},
			// a frame never shadows a country with data centres
			{
				code: 'NL',
				bbox: [
					[0, 0],
					[1, 1]
				],
				anchor: { x: 0.5, y: 0.5 }
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
		const t = zoomOf(withFrames, 'CN');
		expect(t.k).toBeGreaterThan(1);
		const [x0, y0] = apply(t, cn[0]);
		const [x1, y1] = apply(t, cn[1]);
		expect((x0 + x1) / 2).toBeCloseTo(withFrames.width / 2, 6);
		expect((y0 + y1) / 2).toBeCloseTo(withFrames.height / 2, 6);
		const noFrames = { ...withFrames, frames: [] };
		expect(zoomOf(noFrames, 'CN')).toEqual(zoomOf(noFrames, 'world'));
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
		status: MapStatus,
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
		const drawn = mapView(view, at(focus), viewport);
		// measured, the key (0 px tall here) is the layout's to place; unmeasured, a phone-sized frame without it
		expect(drawn.zoom).toEqual(
			viewport
				? focusTransform(view, at(focus), viewport, 0).zoom
				: focusTransform(view, at(focus), { width: 360, height: (360 * 420) / 960 }).zoom
		);
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
			const drawn = mapView(view, at('world', highlight));
			expect(drawn.markers.map((m) => m.dim)).toEqual(markersDim);
			expect(drawn.countries.map((c) => c.dim)).toEqual(countriesDim);
			expect(drawn.labels.map((l) => l.hidden)).toEqual(labelsHidden);
		}
	);

	it('colours a country by its first status, existing over planned', () => {
		expect(mapView(view, at('world')).countries).toEqual([
			{ code: 'NL', path: '', status: 'planned', dim: false },
			{ code: 'US', path: '', status: 'existing', dim: false }
		]);
	});

	it('hides a country ring once its country is large on screen, never a site', () => {
		const world = mapView(view, at('world'));
		// NL is 8.5 units wide at world scale: its ring shows; the US is 195 wide: no ring
		expect(world.markers.map((m) => m.hidden)).toEqual([false, true, false]);
		const close = mapView(view, at('NL'));
		expect(close.zoom.k * 8.5).toBeGreaterThan(RING_MAX_COUNTRY_UNITS);
		expect(close.markers.map((m) => m.hidden)).toEqual([true, true, false]);
	});

	it('keeps the ring of a country-level marker whose country has no shape', () => {
		const lone: MapLayout = {
			...view,
			markers: [marker('tv', 'TV', 'planned', 'country', 950, 250)]
		};
		expect(mapView(lone, at('world')).markers[0]?.hidden).toBe(false);
	});

	it('draws nothing but the world for an empty layout', () => {
		const empty: MapLayout = { ...layout, countries: [], markers: [] };
		expect(mapView(empty, at('NL', 'none'))).toEqual({
			frame: { width: 360, height: (360 * 420) / 960 },
			zoom: IDENTITY,
			world: true,
			keyTop: undefined,
			countries: [],
			markers: [],
			labels: [],
			annotations: []
		});
	});
});

/**
 * What the map draws in a state, laid out with the build's own geography
 * from a fixture (tests/fixtures/copy/datacenters.csv: a home market, two
 * countries with existing centres, three with planned ones): what a step
 * frames, the home market as its own category, annotations, labels and
 * annotation boxes inside the panel, and how much of a panel the map uses,
 * at a desktop's and a phone's panel.
 */
describe("framing, the home market, annotations and labels on the fixture's geography", () => {
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
	function labelBoxes(
		view: MapView,
		viewport: Viewport,
		drawn: MapLayout = layout
	): { code: string; box: Bounds }[] {
		return view.labels
			.filter((label) => !label.hidden)
			.map((label) => {
				const country = drawn.countries.find((c) => c.code === label.code)!;
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

		it.each([
			['desktop', DESKTOP, KEY.desktop],
			['phone', PHONE, KEY.phone],
			['320 px phone', { width: 296, height: 367 }, 150]
		])('never overlap each other in any state of the fixture, on a %s', (_, viewport, key) => {
			for (const focus of ['world', 'JP', 'CA', 'ZA', 'CL', 'NL', 'FR']) {
				for (const highlight of MAP_HIGHLIGHTS) {
					const view = mapView(layout, state(focus, highlight), viewport, key, nameOf);
					const boxes = labelBoxes(view, viewport);
					boxes.forEach((a, i) => {
						expect(
							within(a.box, markArea(view, viewport)),
							`${focus}/${highlight}: ${a.code}`
						).toBe(true);
						for (const b of boxes.slice(i + 1))
							expect(overlap(a.box, b.box), `${focus}/${highlight}: ${a.code} × ${b.code}`).toBe(0);
					});
				}
			}
		});

		it('writes apart the names of two countries whose anchors coincide', () => {
			const twins: MapLayout = {
				...layout,
				countries: layout.countries.map((country, i) =>
					i === 1 ? { ...country, label: { ...layout.countries[0]!.label } } : country
				)
			};
			const view = mapView(twins, state('world', 'all'), PHONE, KEY.phone, nameOf);
			const [first, second] = twins.countries;
			const shown = view.labels.filter(
				(l) => !l.hidden && (l.code === first!.code || l.code === second!.code)
			);
			expect(shown).toHaveLength(2);
			const boxes = labelBoxes(view, PHONE, twins).filter(({ code }) =>
				shown.some((l) => l.code === code)
			);
			expect(overlap(boxes[0]!.box, boxes[1]!.box)).toBe(0);
		});

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
});
