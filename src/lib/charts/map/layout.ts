/**
 * The map's layout as plain numbers, and what it draws in a state. Built by
 * `layoutMap` (geography.ts) at build time and sent to the page as data;
 * this module imports no geography, so a component can use it without
 * shipping the world atlas to the browser. `mapView` is everything the
 * component draws for a state: it only loops over it. The zoom and the
 * legend's place are frame.ts's; the text kept inside the panel, callouts.ts's.
 */
import type { MapStatus, Precision } from './row.ts';
import { WORLD, type MapHighlight, type MapState } from './state.ts';
import {
	frameMap,
	isUsableViewport,
	toPixels,
	type FrameTarget,
	type Framing,
	type Viewport,
	type ZoomTransform
} from './frame.ts';
import {
	calloutSize,
	labelBox,
	labelSize,
	placeCallout,
	placeLabels,
	type Offset
} from './callouts.ts';

export type { Viewport, ZoomTransform } from './frame.ts';

/** The id of the base map's group in world.svg, for `<use href="world.svg#world">`. */
export const WORLD_ID = 'world';

/** `[[x0, y0], [x1, y1]]` in viewBox units, x0 <= x1 and y0 <= y1. */
export type Bounds = [[number, number], [number, number]];

/** Where a country's label sits relative to its anchor, chosen so that neighbours' labels do not overlap. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** One row of the data, projected. */
export interface MapMarker {
	id: string;
	/** ISO 3166-1 alpha-2 */
	country: string;
	status: MapStatus;
	precision: Precision;
	/** viewBox units */
	x: number;
	y: number;
}

/** A country with rows in the data: data centres, or the home market. */
export interface MapCountry {
	/** ISO 3166-1 alpha-2 */
	code: string;
	/**
	 * SVG path (viewBox units) of the part of the country the markers stand
	 * on: the landmass holding them and the islands close to it, without
	 * far-away territories (French Guiana, Alaska, the Dutch Caribbean).
	 */
	path: string;
	/** bounds of `path`: what a focus on this country frames */
	bbox: Bounds;
	/** statuses of the country's rows, in MAP_STATUSES order (`existing` first, `home` last) */
	statuses: MapStatus[];
	/** where the country's name is written, in viewBox units */
	label: { x: number; y: number; side: LabelSide };
}

/** A country a step frames or annotates that has no rows: what a focus frames, and where a note points. */
export interface MapFrame {
	/** ISO 3166-1 alpha-2 */
	code: string;
	bbox: Bounds;
	/** the centre of its main landmass, viewBox units */
	anchor: { x: number; y: number };
}

/** The bounds a focus on `code` frames, if the layout knows the country. */
export function frameOf(
	layout: Pick<MapLayout, 'countries' | 'frames'>,
	code: string
): Bounds | undefined {
	return (
		layout.countries.find((c) => c.code === code)?.bbox ??
		layout.frames.find((f) => f.code === code)?.bbox
	);
}

/** Everything the map component draws besides the base map. Plain data: it is serialised into the page. */
export interface MapLayout {
	/** viewBox size, in viewBox units; the base map (world.svg) has the same */
	width: number;
	height: number;
	/** in data order */
	markers: MapMarker[];
	/** in order of first appearance in the data */
	countries: MapCountry[];
	/** countries a step frames or annotates that have no rows: their bounds and anchor */
	frames: MapFrame[];
	/** the rows' sources in the page's language, de-duplicated, in data order */
	sources: string[];
}

/** Whether a row of this status is drawn in full or dimmed: the home market always shows, data centres as the step highlights them. */
export function isHighlighted(status: MapStatus, highlight: MapHighlight): boolean {
	return status === 'home' || highlight === 'all' || highlight === status;
}

/**
 * A country-level marker draws a dashed ring around the country so that a
 * small one (the Netherlands seen from afar) can be found. Once the country is
 * this many viewBox units across on screen, its coloured shape is plain to
 * see, and a ring in its middle would only look like a site: it is hidden.
 */
export const RING_MAX_COUNTRY_UNITS = 24;

/** Whether the ring of a country-level marker shows at zoom `k`. */
export function showsCountryRing(country: MapCountry, k: number): boolean {
	const [[x0, y0], [x1, y1]] = country.bbox;
	return Math.max(x1 - x0, y1 - y0) * k < RING_MAX_COUNTRY_UNITS;
}

/** Where a viewBox point is drawn once zoomed, in viewBox units: the overlay's marks follow the map with it. */
export function zoomPoint(zoom: ZoomTransform, x: number, y: number): { zx: number; zy: number } {
	return { zx: zoom.k * x + zoom.x, zy: zoom.k * y + zoom.y };
}

/**
 * The longest annotation label the copy may give, in characters: with the
 * country's name above it, it fits in five lines of an annotation's box on
 * a phone (CALLOUT_MAX_FRAME_SHARE of a 366 px panel). The checker enforces it.
 */
export const MAX_ANNOTATION_CHARS = 70;

/** The most annotations a step may carry: more would cover the map on a phone. The checker enforces it. */
export const MAX_ANNOTATIONS = 4;

/**
 * The frame an unmeasured map is laid out for (the server's HTML, the
 * stacked layout): a phone's width, the commonest reader. CSS gives the
 * unmeasured frame the same proportions (`MapView.frame`), so the map and
 * its marks scale with it; only the text keeps its pixel size.
 */
export const NOMINAL_WIDTH_PX = 360;

/** Height added to an unmeasured frame whose step has annotations: room for a note above and one below the map. */
export const NOMINAL_NOTE_ROOM_PX = 160;

/** The unmeasured frame: the map's proportions at NOMINAL_WIDTH_PX, taller when notes need room. */
export function nominalViewport(layout: MapLayout, state: MapState): Viewport {
	const height = (NOMINAL_WIDTH_PX * layout.height) / layout.width;
	return {
		width: NOMINAL_WIDTH_PX,
		height: height + (state.annotations.length > 0 ? NOMINAL_NOTE_ROOM_PX : 0)
	};
}

/** A country as drawn in a state. */
export interface DrawnCountry {
	code: string;
	path: string;
	/** the colour it takes: `home`, else its first status (`existing` wins over `planned`) */
	status: MapStatus;
	/** not highlighted, not the home market, not annotated */
	dim: boolean;
}

/** A marker as drawn in a state, at its zoomed position. */
export interface DrawnMarker extends MapMarker {
	zx: number;
	zy: number;
	dim: boolean;
	/** a country ring that the zoom has made pointless (see `showsCountryRing`) */
	hidden: boolean;
}

/** A country's name as drawn in a state, at its zoomed anchor. */
export interface DrawnLabel {
	code: string;
	/** the country's own side (MapCountry.label), or another where that one would meet a name placed before it */
	side: LabelSide;
	zx: number;
	zy: number;
	/** px, added to where `side` puts the label, to keep it inside the panel and clear of other names (callouts.ts's placeLabels) */
	nudge: Offset;
	/** a label shows only beside a highlighted country in view, gives way to an annotation, and hides where no place clear of other names is near its country */
	hidden: boolean;
}

/** An annotation as drawn: a dot on its country's anchor and a box beside it. */
export interface DrawnAnnotation {
	country: string;
	/** the country's name, in bold at the top of the box */
	heading: string;
	label: string;
	/** the anchor, zoomed, viewBox units */
	zx: number;
	zy: number;
	/** the side of the anchor the box sits on */
	side: LabelSide;
	/** the box's top left corner from the anchor, and its width, px */
	dx: number;
	dy: number;
	width: number;
	/** its height as estimated, px: at least what the browser draws, as text estimates are generous */
	height: number;
	/** a line from the dot to a box set away from it: its length (px) and angle (degrees, clockwise from east) */
	leader: { length: number; angle: number } | undefined;
}

/** Everything the map draws in a state, for a measured viewport (undefined before measurement). */
export interface MapView {
	/** the frame laid out for, px: the measured one, or before measurement the nominal one, whose proportions CSS gives the frame */
	frame: Viewport;
	zoom: ZoomTransform;
	/** a world view: the map is clipped to its band of latitudes */
	world: boolean;
	/** where the key (legend and source) starts, px from the frame's top; undefined before measurement */
	keyTop: number | undefined;
	countries: DrawnCountry[];
	markers: DrawnMarker[];
	labels: DrawnLabel[];
	annotations: DrawnAnnotation[];
}

function union(boxes: readonly Bounds[]): Bounds | undefined {
	if (boxes.length === 0) return undefined;
	return [
		[Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
		[Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))]
	];
}

function annotated(state: MapState): Set<string> {
	return new Set(state.annotations.map((a) => a.country));
}

/** A data-centre country the step highlights, or one it annotates. */
function inFocus(country: MapCountry, state: MapState, notes: Set<string>): boolean {
	return (
		notes.has(country.code) ||
		country.statuses.some((status) => status !== 'home' && isHighlighted(status, state.highlight))
	);
}

/**
 * What a state frames. A close-up: its country, and any country the step
 * annotates. A world view: the countries it highlights and annotates, with
 * the home market beside them, so the reader always sees where the group
 * comes from; with nothing highlighted or annotated, every country of the
 * data. Either way within the map's band of latitudes.
 */
export function frameTarget(layout: MapLayout, state: MapState): FrameTarget {
	const notes = annotated(state);
	const noted = [...notes]
		.map((code) => frameOf(layout, code))
		.filter((bbox) => bbox !== undefined);
	const focused = state.focus === WORLD ? undefined : frameOf(layout, state.focus);
	if (focused) return { bbox: union([focused, ...noted])!, world: false };
	const shown = layout.countries.filter((c) => inFocus(c, state, notes)).map((c) => c.bbox);
	const home = layout.countries.filter((c) => c.statuses.includes('home')).map((c) => c.bbox);
	const boxes =
		shown.length + noted.length > 0
			? [...shown, ...noted, ...home]
			: layout.countries.map((c) => c.bbox);
	const [[x0, y0], [x1, y1]] = union(boxes) ?? [
		[0, 0],
		[layout.width, layout.height]
	];
	return {
		bbox: [
			[Math.max(0, x0), Math.max(0, y0)],
			[Math.min(layout.width, x1), Math.min(layout.height, y1)]
		],
		world: true
	};
}

/**
 * The zoom that shows a state, and where the key goes: `frameTarget` fitted
 * into the frame by `frameMap` (frame.ts), and whether it is a world view.
 * A focus the layout does not know (the story's data check reports those)
 * is framed as the world.
 */
export function focusTransform(
	layout: MapLayout,
	state: MapState,
	viewport?: Viewport,
	keyHeight?: number
): Framing & { world: boolean } {
	const target = frameTarget(layout, state);
	return { ...frameMap(layout, target, viewport, keyHeight), world: target.world };
}

/**
 * Below this many px in either direction, the part of a country in view is
 * too small to carry its name: the label hides rather than sit on a sliver.
 */
export const MIN_LABELLED_PART_PX = 24;

/**
 * Where a country's name is written, px: at its anchor when that is in
 * `bounds`; else, when enough of the country's box is in view, at the
 * point of that part nearest the anchor; else nowhere.
 */
function labelSpot(
	anchor: [number, number],
	box: Bounds,
	bounds: Bounds
): [number, number] | undefined {
	const [[x0, y0], [x1, y1]] = bounds;
	const [ax, ay] = anchor;
	if (ax >= x0 && ax <= x1 && ay >= y0 && ay <= y1) return anchor;
	const [[cx0, cy0], [cx1, cy1]] = [
		[Math.max(x0, box[0][0]), Math.max(y0, box[0][1])],
		[Math.min(x1, box[1][0]), Math.min(y1, box[1][1])]
	];
	if (cx1 - cx0 < MIN_LABELLED_PART_PX || cy1 - cy0 < MIN_LABELLED_PART_PX) return undefined;
	return [Math.min(cx1, Math.max(cx0, ax)), Math.min(cy1, Math.max(cy0, ay))];
}

/**
 * Everything the map draws in a state, in a frame of `viewport` px (undefined
 * before measurement) whose key is `keyHeight` px tall. `nameOf` gives a
 * country's name in the page's language, for the labels' and annotations'
 * sizes and headings.
 */
export function mapView(
	layout: MapLayout,
	state: MapState,
	viewport?: Viewport,
	keyHeight = 0,
	nameOf: (code: string) => string = (code) => code
): MapView {
	// laid out in the measured frame, or before measurement in a phone-sized one; the key follows the map in the page's flow then
	const measured = isUsableViewport(viewport);
	const frame = measured ? viewport : nominalViewport(layout, state);
	const framing = focusTransform(layout, state, frame, measured ? keyHeight : undefined);
	const { zoom } = framing;
	const notes = annotated(state);
	const shows = (country: MapCountry): boolean =>
		country.statuses.includes('home') || inFocus(country, state, notes);
	const byCode = new Map(layout.countries.map((country) => [country.code, country]));
	const bounds: Bounds = framing.marks ?? [
		[0, 0],
		[frame.width, frame.height]
	];
	const px = (x: number, y: number) => toPixels(layout, frame, zoom, [x, y]);

	const pxBox = ([[x0, y0], [x1, y1]]: Bounds): Bounds => [px(x0, y0), px(x1, y1)];
	// a country whose anchor is out of view keeps its name on the part that shows (France under a close-up on the Netherlands)
	const anchors = layout.countries.map((country) => px(country.label.x, country.label.y));
	const spots = layout.countries.map((country, i) =>
		shows(country) && !notes.has(country.code)
			? labelSpot(anchors[i]!, pxBox(country.bbox), bounds)
			: undefined
	);
	const requests = layout.countries.flatMap((country, i) => {
		const spot = spots[i];
		return spot ? [{ spot, side: country.label.side, ...labelSize(nameOf(country.code)) }] : [];
	});
	const placed = placeLabels(requests, bounds);
	let next = 0;
	const labels: DrawnLabel[] = layout.countries.map((country, i) => {
		const anchor = anchors[i]!;
		const at = zoomPoint(zoom, country.label.x, country.label.y);
		const spot = spots[i];
		const place = spot ? placed[next++] : undefined;
		if (!place)
			return {
				code: country.code,
				side: country.label.side,
				...at,
				nudge: { dx: 0, dy: 0 },
				hidden: true
			};
		// the nudge moves the box its side puts at the anchor to where it was placed
		const { width, height } = labelSize(nameOf(country.code));
		const [[x0, y0]] = labelBox(anchor, place.side, width, height);
		return {
			code: country.code,
			side: place.side,
			...at,
			nudge: { dx: place.box[0][0] - x0, dy: place.box[0][1] - y0 },
			hidden: false
		};
	});
	const taken: Bounds[] = placed.flatMap((place) => (place ? [place.box] : []));

	const anchorOf = (code: string): { x: number; y: number } | undefined =>
		byCode.get(code)?.label ?? layout.frames.find((f) => f.code === code)?.anchor;
	const noteAnchors = state.annotations.flatMap((a) => {
		const at = anchorOf(a.country);
		return at ? [px(at.x, at.y)] : [];
	});
	const shapes = layout.countries.filter(shows).map((c) => pxBox(c.bbox));
	const annotations: DrawnAnnotation[] = [];
	for (const annotation of state.annotations) {
		const at = anchorOf(annotation.country);
		if (!at) continue;
		const anchor = px(at.x, at.y);
		const heading = nameOf(annotation.country);
		const size = calloutSize(heading, annotation.label, frame.width);
		const own = frameOf(layout, annotation.country);
		const placed = placeCallout(
			anchor,
			size,
			bounds,
			{
				boxes: taken,
				shapes: own ? [...shapes, pxBox(own)] : shapes,
				anchors: noteAnchors.filter(([x, y]) => x !== anchor[0] || y !== anchor[1])
			},
			own ? pxBox(own) : undefined
		);
		taken.push(placed.box);
		annotations.push({
			country: annotation.country,
			heading,
			label: annotation.label,
			...zoomPoint(zoom, at.x, at.y),
			side: placed.side,
			dx: placed.box[0][0] - anchor[0],
			dy: placed.box[0][1] - anchor[1],
			width: size.width,
			height: size.height,
			leader: placed.leader
		});
	}

	return {
		frame,
		zoom,
		world: framing.world,
		keyTop: framing.keyTop,
		countries: layout.countries.map((country) => ({
			code: country.code,
			path: country.path,
			status: country.statuses.includes('home') ? 'home' : (country.statuses[0] ?? 'planned'),
			dim: !shows(country)
		})),
		markers: layout.markers.map((marker) => {
			const country = byCode.get(marker.country);
			return {
				...marker,
				...zoomPoint(zoom, marker.x, marker.y),
				dim: !isHighlighted(marker.status, state.highlight) && !notes.has(marker.country),
				hidden:
					marker.precision === 'country' &&
					country !== undefined &&
					!showsCountryRing(country, zoom.k)
			};
		}),
		labels,
		annotations
	};
}
