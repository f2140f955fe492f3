/**
 * How a card draws the map. The component's `<svg>` holds only part of the
 * map: its base map is the file world.svg, drawn through `<use>`, and its
 * markers, country names, annotations and legend are HTML over and under
 * the SVG. A card must stand alone, so it inlines the base map's shapes and
 * draws the rest as SVG where `mapView` puts it for the card's size: the
 * layout the component draws, at the sizes the component draws it
 * (marks.ts, callouts.ts). The card's legend, right under the map as the
 * page's, lists what the page's lists (`legendKeys`: the statuses'
 * colours, the home market among them, the ring and the dot); the source
 * line is the card's own (`mapCaption`).
 *
 * resvg has no `vector-effect: non-scaling-stroke`: the card divides the
 * outlines' widths (and dashes) by the zoom instead, so that they keep their
 * page width in a close-up. Dimmed marks are drawn with fill and stroke
 * opacities, never `opacity`: resvg 2.6 aborts the process on an element
 * with `opacity` that lies wholly outside the image (a dimmed Australia in a
 * close-up on France).
 */
import type { ChartCard, Size } from '../spec.ts';
import { estimateTextWidth } from '../shared/bars.ts';
import { baselineInLineBox, classesOf, editStartTags } from '../shared/card.ts';
import {
	CALLOUT_FONT_PX,
	CALLOUT_LINE_HEIGHT,
	CALLOUT_PADDING_PX,
	calloutSize,
	LABEL_FONT_PX,
	LABEL_LINE_HEIGHT,
	labelBox
} from './callouts.ts';
import { pixelsPerUnit, visibleRegion } from './frame.ts';
import { worldSvg } from './geography.ts';
import {
	mapView,
	WORLD_ID,
	type DrawnAnnotation,
	type DrawnLabel,
	type DrawnMarker,
	type LabelSide,
	type MapLayout,
	type MapView
} from './layout.ts';
import {
	COUNTRY_STROKE_PX,
	DIM_OPACITY,
	DOT_DIAMETER_PX,
	DOT_HALO_PX,
	FILL_STRENGTH,
	KEY_MARK_BORDER_PX,
	KEY_MARK_GAP_PX,
	KEY_MARK_HEIGHT_PX,
	KEY_MARK_WIDTH_PX,
	KEY_RING_PX,
	LEGEND_ENTRY_GAP_PX,
	LEGEND_FONT_PX,
	LEGEND_LINE_HEIGHT,
	LEGEND_ROW_GAP_PX,
	NOTE_DOT_PX,
	NOTE_LINE_PX,
	NOTE_RADIUS_PX,
	PLANNED_DASH_PX,
	RING_BORDER_PX,
	RING_DIAMETER_PX,
	WORLD_STROKE_PX
} from './marks.ts';
import { MAP_STATUSES } from './row.ts';
import type { MapState } from './state.ts';
import { countryName, legendKeys, legendText, type LegendKey } from './text.ts';
import type { Lang } from '../../i18n/languages.ts';

/** Country names: the card's font ships regular and bold only, so the page's semibold is drawn bold. */
const LABEL_WEIGHT = 700;
/** A stroke in the paper's colour stands for the page's text-shadow halo around a name (resvg draws no text-shadow), px. */
const LABEL_HALO_PX = 4;

let worldShapes: string | undefined;

/** The inside of world.svg's `<g id="world">`, computed once per process. */
function baseMapShapes(): string {
	if (worldShapes !== undefined) return worldShapes;
	const match = new RegExp(`<g id="${WORLD_ID}">([\\s\\S]*?)</g>`).exec(worldSvg());
	if (!match) throw new Error(`cards: world.svg has no <g id="${WORLD_ID}">`);
	worldShapes = match[1]!;
	return worldShapes;
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A number for an attribute: short, and never `1e-7`. */
function n(value: number): string {
	return String(Math.round(value * 1e4) / 1e4);
}

/** Where the frame's pixels fall in the SVG's viewBox units: the frame's top left corner, and px per unit. */
interface FrameUnits {
	x0: number;
	y0: number;
	/** px per viewBox unit, as preserveAspectRatio="meet" scales the map into the frame */
	u: number;
	width: number;
	height: number;
}

function frameUnits(layout: MapLayout, size: Size): FrameUnits {
	const [[x0, y0], [x1, y1]] = visibleRegion(layout, size);
	return { x0, y0, u: pixelsPerUnit(layout, size), width: x1 - x0, height: y1 - y0 };
}

/** A dimmed mark's fill and stroke opacities, as attributes. */
function dimmed(dim: boolean): string {
	return dim ? ` fill-opacity="${DIM_OPACITY}" stroke-opacity="${DIM_OPACITY}"` : '';
}

/** A marker: a disclosed site's dot in its paper halo, or a country's ring (dashed when planned). */
function markerOf(m: DrawnMarker, u: number): string {
	const colour = `var(--${m.status})`;
	if (m.precision === 'site') {
		// the page's halo is a box-shadow outside the dot: a stroke centred half a halo beyond its edge
		const r = (DOT_DIAMETER_PX + DOT_HALO_PX) / 2 / u;
		return `<circle cx="${n(m.zx)}" cy="${n(m.zy)}" r="${n(r)}" fill="${colour}" stroke="var(--paper)" stroke-width="${n(DOT_HALO_PX / u)}"${dimmed(m.dim)}/>`;
	}
	const dash =
		m.status === 'planned'
			? ` stroke-dasharray="${PLANNED_DASH_PX.map((d) => n((d * RING_BORDER_PX) / u)).join(' ')}"`
			: '';
	const r = (RING_DIAMETER_PX - RING_BORDER_PX) / 2 / u;
	return `<circle cx="${n(m.zx)}" cy="${n(m.zy)}" r="${n(r)}" fill="none" stroke="${colour}" stroke-width="${n(RING_BORDER_PX / u)}"${dash}${dimmed(m.dim)}/>`;
}

const ANCHOR: Record<LabelSide, 'start' | 'end' | 'middle'> = {
	right: 'start',
	left: 'end',
	above: 'middle',
	below: 'middle'
};

/** A country's name where the component's CSS puts it: its box on its side of the anchor (callouts.ts's labelBox), then the layout's nudge. */
function labelOf(label: DrawnLabel, name: string, u: number): string {
	// a box of no width gives the point the text is anchored at: its left, its right or its middle
	const [[x, top]] = labelBox([0, 0], label.side, 0, LABEL_FONT_PX * LABEL_LINE_HEIGHT);
	const dx = x + label.nudge.dx;
	const dy = top + label.nudge.dy + baselineInLineBox(LABEL_FONT_PX, LABEL_LINE_HEIGHT);
	return `<text x="${n(label.zx + dx / u)}" y="${n(label.zy + dy / u)}" text-anchor="${ANCHOR[label.side]}" font-size="${n(LABEL_FONT_PX / u)}" font-weight="${LABEL_WEIGHT}" fill="var(--ink)" stroke="var(--paper)" stroke-width="${n(LABEL_HALO_PX / u)}" stroke-linejoin="round" paint-order="stroke">${escapeText(name)}</text>`;
}

/**
 * An annotation as the component draws it: a dot on its country, a line to
 * its box when the box is set away, and the box (its border inside its
 * width, as CSS's border-box) with the country's name in bold and the label
 * in the lines the layout sized it for.
 */
function annotationOf(note: DrawnAnnotation, frameWidth: number, u: number): string {
	const { lines } = calloutSize(note.heading, note.label, frameWidth);
	const parts: string[] = [];
	if (note.leader) {
		const angle = (note.leader.angle * Math.PI) / 180;
		const x2 = note.zx + (Math.cos(angle) * note.leader.length) / u;
		const y2 = note.zy + (Math.sin(angle) * note.leader.length) / u;
		parts.push(
			`<line x1="${n(note.zx)}" y1="${n(note.zy)}" x2="${n(x2)}" y2="${n(y2)}" stroke="var(--ink)" stroke-width="${n(NOTE_LINE_PX / u)}"/>`
		);
	}
	const dotRadius = (NOTE_DOT_PX + DOT_HALO_PX) / 2 / u;
	parts.push(
		`<circle cx="${n(note.zx)}" cy="${n(note.zy)}" r="${n(dotRadius)}" fill="var(--ink)" stroke="var(--paper)" stroke-width="${n(DOT_HALO_PX / u)}"/>`
	);
	const step = CALLOUT_FONT_PX * CALLOUT_LINE_HEIGHT;
	const inset = NOTE_LINE_PX + CALLOUT_PADDING_PX;
	const height = 2 * inset + (1 + lines.length) * step;
	const left = note.zx + note.dx / u;
	const top = note.zy + note.dy / u;
	const half = NOTE_LINE_PX / 2 / u;
	parts.push(
		`<rect x="${n(left + half)}" y="${n(top + half)}" width="${n(note.width / u - 2 * half)}" height="${n(height / u - 2 * half)}" rx="${n(NOTE_RADIUS_PX / u)}" fill="var(--note-bg)" stroke="var(--rule)" stroke-width="${n(NOTE_LINE_PX / u)}"/>`
	);
	const text = [note.heading, ...lines].map((line, i) => {
		const baseline = inset + i * step + baselineInLineBox(CALLOUT_FONT_PX, CALLOUT_LINE_HEIGHT);
		const weight = i === 0 ? ' font-weight="700"' : '';
		return `<text x="${n(left + inset / u)}" y="${n(top + baseline / u)}" font-size="${n(CALLOUT_FONT_PX / u)}"${weight} fill="var(--ink)">${escapeText(line)}</text>`;
	});
	return [...parts, ...text].join('');
}

/** A legend entry placed: its key, its words, and its top left corner, px from the legend's. */
export interface LegendEntry {
	key: LegendKey;
	text: string;
	x: number;
	y: number;
}

/** The card's legend: its entries and its height, px. */
export interface CardLegend {
	entries: LegendEntry[];
	height: number;
}

const LEGEND_LINE_PX = LEGEND_FONT_PX * LEGEND_LINE_HEIGHT;

/** How wide an entry's swatch is, px: a status's box, the ring's swatch or the map's dot. */
export function swatchWidth(key: LegendKey): number {
	if (key === 'ring') return KEY_RING_PX;
	if (key === 'dot') return DOT_DIAMETER_PX;
	return KEY_MARK_WIDTH_PX;
}

/**
 * The legend's entries in rows across `width` px, as the page's legend wraps
 * them: each a swatch and its words, an entry that does not fit on its row
 * starting the next. Text widths are estimated on the generous side.
 */
export function layoutLegend(
	items: readonly { key: LegendKey; text: string }[],
	width: number
): CardLegend {
	const entries: LegendEntry[] = [];
	let x = 0;
	let y = 0;
	for (const { key, text } of items) {
		const entryWidth = swatchWidth(key) + KEY_MARK_GAP_PX + estimateTextWidth(text, LEGEND_FONT_PX);
		if (x > 0 && x + entryWidth > width) {
			x = 0;
			y += LEGEND_LINE_PX + LEGEND_ROW_GAP_PX;
		}
		entries.push({ key, text, x, y });
		x += entryWidth + LEGEND_ENTRY_GAP_PX;
	}
	return { entries, height: entries.length === 0 ? 0 : y + LEGEND_LINE_PX };
}

/** The page's legend entries (`legendKeys`), in the page's language, laid out across `width` px. */
export function cardLegend(layout: MapLayout, lang: Lang, width: number): CardLegend {
	return layoutLegend(
		legendKeys(layout).map((key) => ({ key, text: legendText(key, lang) })),
		width
	);
}

/** An entry's swatch, centred on its line at `middle` (viewBox units), from `left`: drawn as the page's `.key-mark`. */
function swatchOf(key: LegendKey, left: number, middle: number, u: number): string {
	if (key === 'ring') {
		const r = (KEY_RING_PX - RING_BORDER_PX) / 2 / u;
		return `<circle cx="${n(left + KEY_RING_PX / 2 / u)}" cy="${n(middle)}" r="${n(r)}" fill="none" stroke="var(--ink-muted)" stroke-width="${n(RING_BORDER_PX / u)}"/>`;
	}
	if (key === 'dot')
		return `<circle cx="${n(left + DOT_DIAMETER_PX / 2 / u)}" cy="${n(middle)}" r="${n(DOT_DIAMETER_PX / 2 / u)}" fill="var(--ink-muted)"/>`;
	// the border inside the box, as CSS's border-box: a stroke centred half a border in
	const half = KEY_MARK_BORDER_PX / 2 / u;
	const dash =
		key === 'planned'
			? ` stroke-dasharray="${PLANNED_DASH_PX.map((d) => n(d / u)).join(' ')}"`
			: '';
	return `<rect x="${n(left + half)}" y="${n(middle - KEY_MARK_HEIGHT_PX / 2 / u + half)}" width="${n(KEY_MARK_WIDTH_PX / u - 2 * half)}" height="${n(KEY_MARK_HEIGHT_PX / u - 2 * half)}" fill="var(--${key})" fill-opacity="${FILL_STRENGTH[key]}" stroke="var(--${key})" stroke-width="${n(KEY_MARK_BORDER_PX / u)}"${dash}/>`;
}

/**
 * The legend at `keyTop` px from the frame's top, on paper down to the
 * frame's foot (a close-up's map runs on under it, as on the page). The
 * paper reaches past the foot, where the card's box clips it: edges on the
 * clip's own would let the map show through their antialiasing.
 */
function legendOf(legend: CardLegend, keyTop: number, frame: FrameUnits): string {
	const { x0, y0, u } = frame;
	const top = y0 + keyTop / u;
	const parts = [
		`<rect x="${n(x0 - frame.width)}" y="${n(top)}" width="${n(3 * frame.width)}" height="${n(y0 + 2 * frame.height - top)}" fill="var(--paper)"/>`
	];
	for (const entry of legend.entries) {
		const left = x0 + entry.x / u;
		const middle = top + (entry.y + LEGEND_LINE_PX / 2) / u;
		const textLeft = left + (swatchWidth(entry.key) + KEY_MARK_GAP_PX) / u;
		const baseline = top + (entry.y + baselineInLineBox(LEGEND_FONT_PX, LEGEND_LINE_HEIGHT)) / u;
		parts.push(
			swatchOf(entry.key, left, middle, u),
			`<text x="${n(textLeft)}" y="${n(baseline)}" font-size="${n(LEGEND_FONT_PX / u)}" fill="var(--ink)">${escapeText(entry.text)}</text>`
		);
	}
	return parts.join('');
}

/** What the card draws over the map: markers, then names, then annotations, the legend last (in the page's order of layers). */
function overlayOf(
	drawing: MapView,
	legend: CardLegend,
	frame: FrameUnits,
	size: Size,
	lang: Lang
): string {
	const { u } = frame;
	return [
		...drawing.markers.filter((m) => !m.hidden).map((m) => markerOf(m, u)),
		...drawing.labels.filter((l) => !l.hidden).map((l) => labelOf(l, countryName(l.code, lang), u)),
		...drawing.annotations.map((note) => annotationOf(note, size.width, u)),
		drawing.keyTop === undefined ? '' : legendOf(legend, drawing.keyTop, frame)
	].join('');
}

/**
 * The map's drawing for a card laid out at `size`: `mapView` for that size,
 * with the card's legend as the key it keeps the map clear of.
 */
export function cardMapView(
	layout: MapLayout,
	state: MapState,
	lang: Lang,
	size: Size
): { drawing: MapView; legend: CardLegend } {
	const legend = cardLegend(layout, lang, size.width);
	const drawing = mapView(layout, state, size, legend.height, (code) => countryName(code, lang));
	return { drawing, legend };
}

/**
 * The component's map SVG made to stand alone for a card laid out at `size`:
 * the zoom recomputed for that size (the component's was for no size), the
 * base map inlined, outlines at their page width, the markers, names,
 * annotations and legend drawn.
 */
export function completeMapSvg(
	svg: string,
	layout: MapLayout,
	state: MapState,
	lang: Lang,
	size: Size
): string {
	const { drawing, legend } = cardMapView(layout, state, lang, size);
	const { k, x, y } = drawing.zoom;
	const frame = frameUnits(layout, size);
	const use = /<use\b[^>]*>(?:<\/use>)?/;
	if (!use.test(svg)) throw new Error('cards: the map SVG has no <use> of the base map');
	const withWorld = svg.replace(
		use,
		`<g class="world" stroke-width="${WORLD_STROKE_PX / frame.u / k}">${baseMapShapes()}</g>`
	);
	const zoomed = editStartTags(withWorld, (tag) => {
		const classes = classesOf(tag);
		if (tag.name === 'g' && classes.includes('zoom')) {
			tag.attributes.delete('style');
			tag.attributes.set('transform', `translate(${x} ${y}) scale(${k})`);
			return true;
		}
		if (tag.name !== 'path' || !classes.includes('country')) return false;
		tag.attributes.set('stroke-width', String(COUNTRY_STROKE_PX / frame.u / k));
		tag.attributes.delete('vector-effect');
		if (classes.includes('planned'))
			tag.attributes.set('stroke-dasharray', PLANNED_DASH_PX.map((d) => d / frame.u / k).join(' '));
		return true;
	});
	return zoomed.replace(/<\/svg>\s*$/, `${overlayOf(drawing, legend, frame, size, lang)}</svg>`);
}

/** Each status's fill at its strength over the land, and dimmed: fill and stroke opacities, never `opacity`. */
const COUNTRY_STYLE = MAP_STATUSES.map((status) => {
	const fill = FILL_STRENGTH[status];
	return [
		`.country.${status} { fill: var(--${status}); fill-opacity: ${fill}; stroke: var(--${status}); }`,
		`.country.${status}.dim { fill-opacity: ${n(fill * DIM_OPACITY)}; stroke-opacity: ${DIM_OPACITY}; }`
	].join('\n');
}).join('\n');

export const mapCard: ChartCard<MapLayout, MapState> = {
	style: `
.world { fill: var(--land); stroke: var(--land-stroke); }
.country { stroke-linejoin: round; }
${COUNTRY_STYLE}
`,
	complete: completeMapSvg
};
