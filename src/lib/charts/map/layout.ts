/**
 * The map's layout as plain numbers, and the zoom maths that runs in the
 * browser. Built by `layoutMap` (geography.ts) at build time and sent to the
 * page as data; this module imports no geography, so a component can use it
 * without shipping the world atlas to the browser. `mapView` is everything
 * the component draws for a state: it only loops over it.
 */
import type { Precision, SiteStatus } from './row.ts';
import type { MapHighlight, MapState } from './state.ts';

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
	status: SiteStatus;
	precision: Precision;
	/** viewBox units */
	x: number;
	y: number;
}

/** A country that has at least one data centre. */
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
	/** statuses of the country's markers, `existing` first */
	statuses: SiteStatus[];
	/** where the country's name is written, in viewBox units */
	label: { x: number; y: number; side: LabelSide };
}

/** A country a step frames without data centres to draw: what the focus frames. */
export interface MapFrame {
	/** ISO 3166-1 alpha-2 */
	code: string;
	bbox: Bounds;
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
	/** countries a step frames that have no data centre: only their bounds */
	frames: MapFrame[];
	/** the rows' sources in the page's language, de-duplicated, in data order */
	sources: string[];
}

/** A zoom: the map is drawn at `translate(x, y) scale(k)`, in viewBox units. */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * The most a focus zooms in. The base map's coordinates have one decimal and
 * its lines are simplified for the world view; past about 40x (a country of
 * the Netherlands' size filling the view) the simplification shows as facets.
 */
export const MAX_ZOOM = 40;

/** Share of the view left empty on each side of a focused country, so its label and outline do not touch the edge. */
export const FOCUS_PADDING = 0.12;

/** The size of the drawing area, in CSS pixels, as measured in the page. */
export interface Viewport {
	width: number;
	height: number;
}

function isUsableViewport(viewport: Viewport | undefined): viewport is Viewport {
	return (
		viewport !== undefined &&
		Number.isFinite(viewport.width) &&
		Number.isFinite(viewport.height) &&
		viewport.width > 0 &&
		viewport.height > 0
	);
}

/**
 * On a portrait viewport (a phone, where the step cards scroll over the middle
 * of the pinned map), the world and a focused country move to the top of the
 * frame, so the card the reader is reading does not cover them: a country is
 * framed in this top share of the frame.
 */
export const PORTRAIT_FOCUS_SHARE = 0.55;

/** Room left above the map in a portrait frame (CSS pixels), for the label of a country near the top edge (the Netherlands, labelled above). */
export const PORTRAIT_TOP_GAP_PX = 32;

/** `top` in a portrait viewport (the map moves up), else `middle` (it stays centred, as preserveAspectRatio puts it). */
export type MapAlignment = 'top' | 'middle';

export function mapAlignment(viewport?: Viewport): MapAlignment {
	return isUsableViewport(viewport) && viewport.height > viewport.width ? 'top' : 'middle';
}

/** CSS pixels per viewBox unit, as `preserveAspectRatio="xMidYMid meet"` scales the SVG. */
function pixelsPerUnit(layout: Pick<MapLayout, 'width' | 'height'>, viewport: Viewport): number {
	return Math.min(viewport.width / layout.width, viewport.height / layout.height);
}

/**
 * The part of the plane a viewport shows, in viewBox units. The SVG keeps the
 * viewBox whole and centred (`preserveAspectRatio="xMidYMid meet"`), so a
 * viewport taller than the map (a phone) also shows sea above and below it:
 * a focus may use that room.
 */
export function visibleRegion(
	layout: Pick<MapLayout, 'width' | 'height'>,
	viewport?: Viewport
): Bounds {
	if (!isUsableViewport(viewport)) {
		return [
			[0, 0],
			[layout.width, layout.height]
		];
	}
	const scale = pixelsPerUnit(layout, viewport);
	const width = viewport.width / scale;
	const height = viewport.height / scale;
	const x0 = (layout.width - width) / 2;
	const y0 = (layout.height - height) / 2;
	return [
		[x0, y0],
		[x0 + width, y0 + height]
	];
}

/** The part of the visible region the map or a focused country is fitted into: all of it, or its top part in a portrait viewport. */
function focusRegion(layout: MapLayout, viewport?: Viewport): Bounds {
	const [[x0, y0], [x1, y1]] = visibleRegion(layout, viewport);
	if (!isUsableViewport(viewport) || mapAlignment(viewport) === 'middle')
		return [
			[x0, y0],
			[x1, y1]
		];
	const top = y0 + PORTRAIT_TOP_GAP_PX / pixelsPerUnit(layout, viewport);
	return [
		[x0, top],
		[x1, top + Math.max(layout.height, (y1 - y0) * PORTRAIT_FOCUS_SHARE)]
	];
}

/**
 * The zoom that shows `focus`. The world (`world`, or a code the layout does
 * not know; the story's data check reports those) is the identity, except in
 * a portrait viewport where it moves up to the top of the frame. A country is
 * scaled to fit its bbox into the focus region with padding, clamped to
 * [1, MAX_ZOOM], and centred in it.
 */
export function focusTransform(
	layout: MapLayout,
	focus: string,
	viewport?: Viewport
): ZoomTransform {
	const [[vx0, vy0], [vx1, vy1]] = focusRegion(layout, viewport);
	const bbox = frameOf(layout, focus);
	if (!bbox) return mapAlignment(viewport) === 'top' ? { k: 1, x: 0, y: vy0 } : IDENTITY;
	const [[x0, y0], [x1, y1]] = bbox;
	const room = 1 - 2 * FOCUS_PADDING;
	// a zero-sized bbox (a one-point island) would ask for an infinite zoom; the clamp takes it
	const fit = Math.min(((vx1 - vx0) * room) / (x1 - x0), ((vy1 - vy0) * room) / (y1 - y0));
	const k = Math.min(MAX_ZOOM, Math.max(1, Number.isNaN(fit) ? MAX_ZOOM : fit));
	return {
		k,
		x: (vx0 + vx1) / 2 - k * ((x0 + x1) / 2),
		y: (vy0 + vy1) / 2 - k * ((y0 + y1) / 2)
	};
}

/** Whether a site of this status is highlighted (drawn in full) or dimmed. */
export function isHighlighted(status: SiteStatus, highlight: MapHighlight): boolean {
	return highlight === 'all' || highlight === status;
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

/** A country as drawn in a state. */
export interface DrawnCountry {
	code: string;
	path: string;
	/** the colour it takes: its first status (`existing` wins over `planned`) */
	status: SiteStatus;
	/** none of its sites is highlighted */
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
	side: LabelSide;
	zx: number;
	zy: number;
	/** a label shows only beside a highlighted country */
	hidden: boolean;
}

/** Everything the map draws in a state, for a measured viewport (undefined before measurement). */
export interface MapView {
	zoom: ZoomTransform;
	countries: DrawnCountry[];
	markers: DrawnMarker[];
	labels: DrawnLabel[];
}

export function mapView(layout: MapLayout, state: MapState, viewport?: Viewport): MapView {
	const zoom = focusTransform(layout, state.focus, viewport);
	const highlighted = (country: MapCountry): boolean =>
		country.statuses.some((status) => isHighlighted(status, state.highlight));
	const byCode = new Map(layout.countries.map((country) => [country.code, country]));
	return {
		zoom,
		countries: layout.countries.map((country) => ({
			code: country.code,
			path: country.path,
			status: country.statuses[0] ?? 'planned',
			dim: !highlighted(country)
		})),
		markers: layout.markers.map((marker) => {
			const country = byCode.get(marker.country);
			return {
				...marker,
				...zoomPoint(zoom, marker.x, marker.y),
				dim: !isHighlighted(marker.status, state.highlight),
				hidden:
					marker.precision === 'country' &&
					country !== undefined &&
					!showsCountryRing(country, zoom.k)
			};
		}),
		labels: layout.countries.map((country) => ({
			code: country.code,
			side: country.label.side,
			...zoomPoint(zoom, country.label.x, country.label.y),
			hidden: !highlighted(country)
		}))
	};
}
