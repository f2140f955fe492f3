/**
 * Where the map sits in its panel: the zoom that frames what a step is
 * about, and where the legend goes. Pure numbers, no DOM: the component
 * measures the panel and draws what this returns.
 *
 * Units: the map is an SVG whose viewBox (the map's `width` × `height`, the
 * world between NORTH_EDGE_LAT and the southern tip of the land) is scaled
 * to meet its frame and centred in it, as `preserveAspectRatio="xMidYMid
 * meet"` does; so a frame of another shape also shows sea, or blank, beyond
 * the viewBox. A zoom moves the map inside that viewBox: it is drawn at
 * `translate(x, y) scale(k)`, in viewBox units. The legend and source (the
 * "key") are HTML below the map, in CSS pixels.
 *
 * Two kinds of frame:
 * - a *close-up* fits one country's box (and any country the step
 *   annotates) with generous padding, and the world around it fills the
 *   frame; the key sits at the frame's foot;
 * - a *world* view fits the countries the step shows with a thin margin,
 *   so their shapes are as large as the frame's width allows, and never
 *   shows more than the map's band of latitudes: where that band is shorter
 *   than the frame (a phone, portrait), the band and the key are centred
 *   together, the key right under the map, instead of a strip at the top
 *   and the key at the far edge.
 */
import type { Bounds } from './layout.ts';

/** A zoom: the map is drawn at `translate(x, y) scale(k)`, in viewBox units. */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** The size of the drawing area, in CSS pixels, as measured in the page. */
export interface Viewport {
	width: number;
	height: number;
}

/** The map's viewBox size, in viewBox units. */
export interface MapSize {
	width: number;
	height: number;
}

/**
 * The most a focus zooms in. The base map's coordinates have one decimal and
 * its lines are simplified for the world view; past about 40x (a country of
 * the Netherlands' size filling the view) the simplification shows as facets.
 */
export const MAX_ZOOM = 40;

/** Share of the view left empty on each side of a close-up's country, so its label and outline do not touch the edge. */
export const FOCUS_PADDING = 0.12;

/**
 * Share left on each side of a world view's countries. Thin: the countries
 * there span most of the world, and every point of padding shrinks them;
 * labels near an edge are moved inside by the layout instead (callouts.ts).
 */
export const WORLD_PADDING = 0.02;

/** Space between the map and the legend below it, px. */
export const KEY_GAP_PX = 8;

export function isUsableViewport(viewport: Viewport | undefined): viewport is Viewport {
	return (
		viewport !== undefined &&
		Number.isFinite(viewport.width) &&
		Number.isFinite(viewport.height) &&
		viewport.width > 0 &&
		viewport.height > 0
	);
}

/** CSS pixels per viewBox unit, as `preserveAspectRatio="xMidYMid meet"` scales the SVG. */
export function pixelsPerUnit(size: MapSize, viewport: Viewport): number {
	return Math.min(viewport.width / size.width, viewport.height / size.height);
}

/**
 * The part of the plane a viewport shows, in viewBox units: the viewBox
 * itself when nothing was measured, else the viewBox widened (or heightened)
 * to the viewport's shape, centred.
 */
export function visibleRegion(size: MapSize, viewport?: Viewport): Bounds {
	if (!isUsableViewport(viewport)) {
		return [
			[0, 0],
			[size.width, size.height]
		];
	}
	const scale = pixelsPerUnit(size, viewport);
	const width = viewport.width / scale;
	const height = viewport.height / scale;
	const x0 = (size.width - width) / 2;
	const y0 = (size.height - height) / 2;
	return [
		[x0, y0],
		[x0 + width, y0 + height]
	];
}

/** A viewBox point of the zoomed map in the frame's pixels, from its top left corner. */
export function toPixels(
	size: MapSize,
	viewport: Viewport,
	zoom: ZoomTransform,
	[x, y]: [number, number]
): [number, number] {
	const [[vx0, vy0]] = visibleRegion(size, viewport);
	const scale = pixelsPerUnit(size, viewport);
	return [(zoom.k * x + zoom.x - vx0) * scale, (zoom.k * y + zoom.y - vy0) * scale];
}

/** What a step frames: a box of the map, and whether it is a world view or a close-up. */
export interface FrameTarget {
	bbox: Bounds;
	world: boolean;
}

/** How the map sits in its frame for one state. */
export interface Framing {
	zoom: ZoomTransform;
	/**
	 * where the key (legend and source) starts, px from the frame's top;
	 * undefined before measurement, when the key follows the map in the page's flow
	 */
	keyTop: number | undefined;
	/** the box marks and labels must stay in, px from the frame's top left: the frame above the key */
	marks: Bounds | undefined;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/**
 * The zoom that shows `target` in a frame of `viewport` whose key is
 * `keyHeight` px tall, and where the key goes. Without a key height the
 * key is not the layout's to place (it follows the frame in the page's
 * flow): the whole frame is the map's. The zoom is clamped to
 * [1, MAX_ZOOM], 1 being the whole viewBox met in the frame. See the
 * module's comment for the two kinds of frame.
 */
export function frameMap(
	size: MapSize,
	target: FrameTarget,
	viewport?: Viewport,
	keyHeight?: number
): Framing {
	const measured = isUsableViewport(viewport);
	const keyed = measured && keyHeight !== undefined;
	const [[vx0, vy0], [vx1, vy1]] = visibleRegion(size, viewport);
	const scale = measured ? pixelsPerUnit(size, viewport) : 1;
	const key = keyed ? Math.max(0, keyHeight) : 0;
	// the region the map is fitted into: the frame above the key
	const keyUnits = keyed ? (key + KEY_GAP_PX) / scale : 0;
	const [rx0, ry0, rx1, ry1] = [vx0, vy0, vx1, Math.max(vy0, vy1 - keyUnits)];
	const [[x0, y0], [x1, y1]] = target.bbox;
	const room = 1 - 2 * (target.world ? WORLD_PADDING : FOCUS_PADDING);
	// a zero-sized bbox (a one-point island) asks for an infinite zoom, and NaN for a degenerate one: the clamp takes both
	const fit = Math.min(((rx1 - rx0) * room) / (x1 - x0), ((ry1 - ry0) * room) / (y1 - y0));
	const k = clamp(Number.isNaN(fit) ? MAX_ZOOM : fit, 1, MAX_ZOOM);
	let x = (rx0 + rx1) / 2 - k * ((x0 + x1) / 2);
	let y = (ry0 + ry1) / 2 - k * ((y0 + y1) / 2);
	let keyTop = keyed ? viewport.height - key : undefined;

	if (target.world) {
		// the band of latitudes, zoomed, covers the region where it can, and is centred where it cannot
		const bandWidth = k * size.width;
		const bandHeight = k * size.height;
		x = bandWidth >= rx1 - rx0 ? clamp(x, rx1 - bandWidth, rx0) : (rx0 + rx1) / 2 - bandWidth / 2;
		if (bandHeight >= ry1 - ry0) y = clamp(y, ry1 - bandHeight, ry0);
		else {
			// shorter than the frame: the band and the key below it, centred together
			y = (vy0 + vy1) / 2 - (bandHeight + keyUnits) / 2;
			if (keyed) keyTop = (y + bandHeight - vy0) * scale + KEY_GAP_PX;
		}
	}
	const marks: Bounds | undefined = measured
		? [
				[0, 0],
				[viewport.width, keyTop === undefined ? viewport.height : keyTop - KEY_GAP_PX]
			]
		: undefined;
	return { zoom: { k, x, y }, keyTop, marks };
}
