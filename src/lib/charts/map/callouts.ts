/**
 * The text the map writes over itself, kept inside its panel: country names
 * beside their anchor, and the copy's annotations in small boxes beside the
 * country they are about. Pure numbers in CSS pixels, from the frame's top
 * left corner; text sizes are estimated (shared/bars.ts) on the generous
 * side, so a box thought to fit does.
 */
import { estimateTextWidth, wrapText } from '../shared/bars.ts';
import type { Bounds, LabelSide } from './layout.ts';

/** Country names: 13 px bold, one line. */
export const LABEL_FONT_PX = 13;
export const LABEL_LINE_HEIGHT = 1.2;
/** Between a label and its anchor: clear of a country ring (22 px across) drawn on the anchor. */
export const LABEL_GAP_PX = 13;

/** Annotations: 12 px, the smallest text on the map, as on the bar charts' axes. */
export const CALLOUT_FONT_PX = 12;
export const CALLOUT_LINE_HEIGHT = 1.3;
/** Inside an annotation's box, around its text. */
export const CALLOUT_PADDING_PX = 6;
/** Between an annotation's box and the dot that marks its anchor. */
export const CALLOUT_GAP_PX = 8;
/** The widest an annotation's box gets: about 24 characters a line, a narrow column that reads at a glance. */
export const CALLOUT_MAX_WIDTH_PX = 190;
/** On a narrow frame, an annotation's box takes at most this share of its width, so two fit side by side. */
export const CALLOUT_MAX_FRAME_SHARE = 0.48;

/** An offset in px. */
export interface Offset {
	dx: number;
	dy: number;
}

/** The box of a label drawn on `side` of an anchor, as the component's CSS places it. */
export function labelBox(
	[x, y]: [number, number],
	side: LabelSide,
	width: number,
	height: number,
	gap = LABEL_GAP_PX
): Bounds {
	switch (side) {
		case 'right':
			return [
				[x + gap, y - height / 2],
				[x + gap + width, y + height / 2]
			];
		case 'left':
			return [
				[x - gap - width, y - height / 2],
				[x - gap, y + height / 2]
			];
		case 'above':
			return [
				[x - width / 2, y - gap - height],
				[x + width / 2, y - gap]
			];
		case 'below':
			return [
				[x - width / 2, y + gap],
				[x + width / 2, y + gap + height]
			];
	}
}

/** The estimated size of a country's name as a label, px. */
export function labelSize(name: string): { width: number; height: number } {
	return {
		width: estimateTextWidth(name, LABEL_FONT_PX, 'bold'),
		height: LABEL_FONT_PX * LABEL_LINE_HEIGHT
	};
}

/**
 * The shift that brings `box` inside `bounds`, or as far in as it goes: a
 * box larger than the bounds keeps its top left corner inside.
 */
export function nudgeInside(box: Bounds, bounds: Bounds): Offset {
	const [[x0, y0], [x1, y1]] = box;
	const [[bx0, by0], [bx1, by1]] = bounds;
	const dx = x0 < bx0 ? bx0 - x0 : x1 > bx1 ? Math.max(bx0 - x0, bx1 - x1) : 0;
	const dy = y0 < by0 ? by0 - y0 : y1 > by1 ? Math.max(by0 - y0, by1 - y1) : 0;
	return { dx, dy };
}

export function shift(box: Bounds, { dx, dy }: Offset): Bounds {
	return [
		[box[0][0] + dx, box[0][1] + dy],
		[box[1][0] + dx, box[1][1] + dy]
	];
}

/** Area shared by two boxes, px². */
export function overlap(a: Bounds, b: Bounds): number {
	const width = Math.min(a[1][0], b[1][0]) - Math.max(a[0][0], b[0][0]);
	const height = Math.min(a[1][1], b[1][1]) - Math.max(a[0][1], b[0][1]);
	return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Between a country's name and the panel's edges (and the key under the
 * map): a name flush against an edge reads as cut off, and its halo would be.
 */
export const LABEL_EDGE_MARGIN_PX = 4;

/**
 * How far from its spot a name may be written, px (from the spot to the
 * nearest point of its box): three label gaps, farther than any side puts
 * it, near enough to read as that country's and not its neighbour's.
 */
export const LABEL_MAX_DRIFT_PX = 3 * LABEL_GAP_PX;

/** The sides a country's name tries after its own, in order: beside its anchor reads best, then above or below. */
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/**
 * What writing a name on another side than the one the layout chose costs,
 * in px of displacement: a name keeps its side for a nudge of a few px, and
 * changes it rather than slide far.
 */
const OTHER_SIDE_COST_PX = 12;

/**
 * What covering another country's anchor (its ring, 22 px across) costs, in
 * px of displacement: a name slides a little to leave a neighbour's ring in
 * sight, but a covered ring is better than a hidden name.
 */
const COVERED_RING_COST_PX = 30;

/** A country's name to place: the point it is written beside, the side the layout prefers, and its estimated size, px. */
export interface LabelRequest {
	spot: [number, number];
	side: LabelSide;
	width: number;
	height: number;
}

/** A placed name: the side of its spot it is written on, and its box, px. */
export interface PlacedLabel {
	side: LabelSide;
	box: Bounds;
}

/** The shifts that take `box` just clear of `other`, in each direction. */
function clearOf(box: Bounds, other: Bounds): Offset[] {
	return [
		{ dx: 0, dy: other[0][1] - box[1][1] },
		{ dx: 0, dy: other[1][1] - box[0][1] },
		{ dx: other[0][0] - box[1][0], dy: 0 },
		{ dx: other[1][0] - box[0][0], dy: 0 }
	];
}

function inside([[x0, y0], [x1, y1]]: Bounds, [[bx0, by0], [bx1, by1]]: Bounds): boolean {
	return x0 >= bx0 && y0 >= by0 && x1 <= bx1 && y1 <= by1;
}

/** The point of `box` nearest to `point`. */
function nearestPoint([x, y]: [number, number], [[x0, y0], [x1, y1]]: Bounds): [number, number] {
	return [Math.min(x1, Math.max(x0, x)), Math.min(y1, Math.max(y0, y))];
}

/**
 * Places countries' names so that none leaves `bounds` (less
 * LABEL_EDGE_MARGIN_PX) and no two overlap: each, in the order given, on its
 * own side of its spot, else on another side, each candidate slid inside the
 * bounds and, where it meets a name placed before it, just clear of that
 * name. The cheapest candidate that fits wins: the least displacement from
 * where its own side puts it, a change of side and a neighbour's ring
 * covered costing extra. A name no candidate fits within LABEL_MAX_DRIFT_PX
 * of its spot (farther, it would read as another country's) is not placed:
 * `undefined`, and the page hides it, rather than overlap or shrink.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	bounds: Bounds
): (PlacedLabel | undefined)[] {
	const [[bx0, by0], [bx1, by1]] = bounds;
	const m = LABEL_EDGE_MARGIN_PX;
	const room: Bounds = [
		[bx0 + m, by0 + m],
		[bx1 - m, by1 - m]
	];
	const placed: Bounds[] = [];
	const spots = requests.map((r) => r.spot);
	return requests.map((request, index) => {
		const { spot, width, height } = request;
		const others = spots.filter((_, i) => i !== index);
		const sides = [request.side, ...LABEL_SIDES.filter((side) => side !== request.side)];
		let best: { cost: number; side: LabelSide; box: Bounds } | undefined;
		for (const side of sides) {
			const natural = labelBox(spot, side, width, height);
			const starts = [
				natural,
				...placed.flatMap((other) => clearOf(natural, other).map((o) => shift(natural, o)))
			];
			for (const start of starts) {
				const box = shift(start, nudgeInside(start, room));
				if (!inside(box, room) || placed.some((other) => overlap(box, other) > 0)) continue;
				const [nx, ny] = nearestPoint(spot, box);
				if (Math.hypot(nx - spot[0], ny - spot[1]) > LABEL_MAX_DRIFT_PX) continue;
				const rings = others.filter(
					([x, y]) => x >= box[0][0] && x <= box[1][0] && y >= box[0][1] && y <= box[1][1]
				).length;
				const cost =
					Math.hypot(box[0][0] - natural[0][0], box[0][1] - natural[0][1]) +
					(side === request.side ? 0 : OTHER_SIDE_COST_PX) +
					rings * COVERED_RING_COST_PX;
				if (!best || cost < best.cost) best = { cost, side, box };
			}
		}
		if (!best) return undefined;
		placed.push(best.box);
		return { side: best.side, box: best.box };
	});
}

/** An annotation's box, before it is placed: its size and its text in estimated lines. */
export interface CalloutSize {
	width: number;
	height: number;
	/** the label's lines as estimated; the browser wraps the text itself, within `width` */
	lines: string[];
}

/**
 * The size of an annotation's box: the country's name in bold on the first
 * line, the label wrapped below it, at most CALLOUT_MAX_WIDTH_PX wide (less
 * on a narrow frame) and no wider than its text needs.
 */
export function calloutSize(heading: string, label: string, frameWidth: number): CalloutSize {
	const maxText =
		Math.min(CALLOUT_MAX_WIDTH_PX, frameWidth * CALLOUT_MAX_FRAME_SHARE) - 2 * CALLOUT_PADDING_PX;
	const lines = wrapText(label, maxText, CALLOUT_FONT_PX);
	const widest = Math.max(
		estimateTextWidth(heading, CALLOUT_FONT_PX, 'bold'),
		...lines.map((line) => estimateTextWidth(line, CALLOUT_FONT_PX))
	);
	const lineHeight = CALLOUT_FONT_PX * CALLOUT_LINE_HEIGHT;
	return {
		width: Math.min(widest, maxText) + 2 * CALLOUT_PADDING_PX,
		height: (1 + lines.length) * lineHeight + 2 * CALLOUT_PADDING_PX,
		lines
	};
}

/** The sides an annotation tries, in order of preference: beside its anchor reads best, above or below fits a tall frame. */
export const CALLOUT_SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

/**
 * What covering another country's anchor costs a placement, in px² of
 * overlap: about a sixth of a box, so a box slides off a neighbour's dot
 * and name rather than hide them, but not at any price.
 */
const COVERED_ANCHOR_COST = 2000;

/** What another box covered costs, per px²: two notes over each other hide both. */
const COVERED_BOX_WEIGHT = 4;

/** What a shown country's shape covered by a box costs, per px²: the map shows through a note, less so through two. */
const COVERED_SHAPE_WEIGHT = 0.5;

/** What each px of leader between a box and its anchor costs: a box close to its dot reads at once. */
const LEADER_COST_PER_PX = 10;

/** What a box should stay clear of, px: boxes placed before it, the shapes of the countries shown, the other anchors. */
export interface Obstacles {
	boxes: readonly Bounds[];
	shapes: readonly Bounds[];
	anchors: readonly [number, number][];
}

/** A placed annotation's box, the side of its anchor it sits on, and the leader from the anchor to it (none when the box touches its dot). */
export interface PlacedCallout {
	side: LabelSide;
	box: Bounds;
	leader: { length: number; angle: number } | undefined;
}

/** The box on `side` of `area` (a country's box), centred on the anchor's axis. */
function besideArea(
	[x, y]: [number, number],
	[[ax0, ay0], [ax1, ay1]]: Bounds,
	side: LabelSide,
	{ width, height }: { width: number; height: number }
): Bounds {
	switch (side) {
		case 'right':
			return labelBox([ax1, y], 'right', width, height, CALLOUT_GAP_PX);
		case 'left':
			return labelBox([ax0, y], 'left', width, height, CALLOUT_GAP_PX);
		case 'above':
			return labelBox([x, ay0], 'above', width, height, CALLOUT_GAP_PX);
		case 'below':
			return labelBox([x, ay1], 'below', width, height, CALLOUT_GAP_PX);
	}
}

/**
 * Places an annotation's box near its anchor, inside `bounds`: beside the
 * anchor, or beside its country's box (`area`) on each side, so that a
 * large country is not covered by its own note. Each candidate is slid
 * along its side into the bounds; what still sticks out, what it covers
 * (boxes placed before, countries' shapes, other anchors) and the length
 * of the leader back to its anchor add up to its cost, in that order of
 * weight, and the cheapest wins. The winner is then nudged fully inside the
 * bounds (over its own anchor only when no candidate fits at all).
 */
export function placeCallout(
	anchor: [number, number],
	size: { width: number; height: number },
	bounds: Bounds,
	obstacles: Obstacles = { boxes: [], shapes: [], anchors: [] },
	area?: Bounds
): PlacedCallout {
	const candidates = CALLOUT_SIDES.flatMap((side) => [
		{ side, box: labelBox(anchor, side, size.width, size.height, CALLOUT_GAP_PX) },
		...(area ? [{ side, box: besideArea(anchor, area, side, size) }] : [])
	]);
	let best: { cost: number; side: LabelSide; box: Bounds } | undefined;
	for (const { side, box: start } of candidates) {
		// slide along the side only: sliding away from the anchor is what the leader's cost weighs
		const nudge = nudgeInside(start, bounds);
		const along =
			side === 'right' || side === 'left' ? { dx: 0, dy: nudge.dy } : { dx: nudge.dx, dy: 0 };
		const box = shift(start, along);
		const stillOut = nudgeInside(box, bounds);
		const outside = Math.abs(stillOut.dx) + Math.abs(stillOut.dy);
		const boxes = obstacles.boxes.reduce((sum, other) => sum + overlap(box, other), 0);
		const shapes = obstacles.shapes.reduce((sum, shape) => sum + overlap(box, shape), 0);
		const anchors = obstacles.anchors.filter(
			([x, y]) => x >= box[0][0] && x <= box[1][0] && y >= box[0][1] && y <= box[1][1]
		).length;
		const [nx, ny] = nearestPoint(anchor, box);
		const leader = Math.hypot(nx - anchor[0], ny - anchor[1]);
		// a pixel off the frame is worse than any overlap
		const cost =
			outside * 1e6 +
			boxes * COVERED_BOX_WEIGHT +
			shapes * COVERED_SHAPE_WEIGHT +
			anchors * COVERED_ANCHOR_COST +
			leader * LEADER_COST_PER_PX;
		if (!best || cost < best.cost) best = { cost, side, box };
	}
	const { side, box: chosen } = best!;
	const box = shift(chosen, nudgeInside(chosen, bounds));
	const [nx, ny] = nearestPoint(anchor, box);
	const length = Math.hypot(nx - anchor[0], ny - anchor[1]);
	return {
		side,
		box,
		// a box within its gap of the dot needs no line to it
		leader:
			length > CALLOUT_GAP_PX + 1
				? { length, angle: (Math.atan2(ny - anchor[1], nx - anchor[0]) * 180) / Math.PI }
				: undefined
	};
}
