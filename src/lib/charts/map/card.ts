/**
 * How a card draws the map. The component's `<svg>` holds only part of the
 * map: its base map is the file world.svg, drawn through `<use>`, and its
 * markers and labels are HTML above the SVG. A card must stand alone, so it
 * inlines the base map's shapes and draws the markers and labels as SVG at
 * the places `mapView` gives them, the same numbers the component draws.
 *
 * resvg has no `vector-effect: non-scaling-stroke`: the card divides the
 * outlines' widths (and dashes) by the zoom instead, so that they keep their
 * page width in a close-up. Dimmed marks are drawn with fill and stroke
 * opacities, never `opacity`: resvg 2.6 aborts the process on an element
 * with `opacity` that lies wholly outside the image (a dimmed Australia in a
 * close-up on France).
 */
import type { ChartCard, Size } from '../spec.ts';
import { classesOf, editStartTags } from '../shared/card.ts';
import { worldSvg } from './geography.ts';
import { mapView, WORLD_ID, type LabelSide, type MapLayout, type MapView } from './layout.ts';
import type { MapState } from './state.ts';
import { countryName } from './text.ts';
import type { Lang } from '../../i18n/languages.ts';

/*
 * The sizes of Chart.svelte's marks, px (its CSS: --ring, --dot,
 * --label-gap, the labels' font, the outlines): the card draws them at the
 * same size for the size it lays the map out at.
 */
const RING_DIAMETER = 22;
const RING_BORDER = 2;
const DOT_DIAMETER = 9;
const DOT_HALO = 1.5;
const LABEL_GAP = 13;
const LABEL_FONT = 13;
const LABEL_HALO = 4;
const WORLD_STROKE = 0.75;
const COUNTRY_STROKE = 1.25;
const PLANNED_DASH = [3, 2] as const;
/** A dimmed country, marker or label, as Chart.svelte's `.dim`. */
const DIM_OPACITY = 0.3;
/** The countries' fills, as Chart.svelte's `color-mix()` with transparent. */
const EXISTING_FILL_OPACITY = 0.55;
const PLANNED_FILL_OPACITY = 0.3;
/** Where a label's baseline sits from the middle, the top and the bottom of its line box, in em (Inter's metrics). */
const MIDDLE_TO_BASELINE_EM = 0.35;
const TOP_TO_BASELINE_EM = 0.95;
const BOTTOM_TO_BASELINE_EM = 0.25;

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

const ANCHOR: Record<LabelSide, 'start' | 'end' | 'middle'> = {
	right: 'start',
	left: 'end',
	above: 'middle',
	below: 'middle'
};

/** A label's anchor point and baseline from its marker's position, as the component's CSS places it; `u` px per viewBox unit. */
function labelPosition(
	side: LabelSide,
	zx: number,
	zy: number,
	u: number
): { x: number; y: number } {
	const gap = LABEL_GAP / u;
	const font = LABEL_FONT / u;
	switch (side) {
		case 'right':
			return { x: zx + gap, y: zy + MIDDLE_TO_BASELINE_EM * font };
		case 'left':
			return { x: zx - gap, y: zy + MIDDLE_TO_BASELINE_EM * font };
		case 'above':
			return { x: zx, y: zy - gap - BOTTOM_TO_BASELINE_EM * font };
		case 'below':
			return { x: zx, y: zy + gap + TOP_TO_BASELINE_EM * font };
	}
}

/** The markers and labels of a drawing, as SVG in viewBox units (zoomed positions); `u` px per viewBox unit. */
function marksOf(drawing: MapView, u: number, lang: Lang): string {
	const colour = (status: string) => `var(--${status})`;
	const markers = drawing.markers
		.filter((m) => !m.hidden)
		.map((m) => {
			const opacity = m.dim ? ` fill-opacity="${DIM_OPACITY}" stroke-opacity="${DIM_OPACITY}"` : '';
			if (m.precision === 'site')
				return `<circle cx="${m.zx}" cy="${m.zy}" r="${DOT_DIAMETER / 2 / u}" fill="${colour(m.status)}" stroke="var(--paper)" stroke-width="${DOT_HALO / u}"${opacity}/>`;
			const dash =
				m.status === 'planned'
					? ` stroke-dasharray="${PLANNED_DASH.map((d) => (d * RING_BORDER) / u).join(' ')}"`
					: '';
			return `<circle cx="${m.zx}" cy="${m.zy}" r="${(RING_DIAMETER - RING_BORDER) / 2 / u}" fill="none" stroke="${colour(m.status)}" stroke-width="${RING_BORDER / u}"${dash}${opacity}/>`;
		});
	const labels = drawing.labels
		.filter((l) => !l.hidden)
		.map((l) => {
			const { x, y } = labelPosition(l.side, l.zx, l.zy, u);
			return `<text x="${x}" y="${y}" text-anchor="${ANCHOR[l.side]}" font-size="${LABEL_FONT / u}" font-weight="700" fill="var(--ink)" stroke="var(--paper)" stroke-width="${LABEL_HALO / u}" stroke-linejoin="round" paint-order="stroke">${escapeText(countryName(l.code, lang))}</text>`;
		});
	return [...markers, ...labels].join('');
}

/**
 * The component's map SVG made to stand alone for a card laid out at `size`:
 * the zoom recomputed for that size (the component's was for no size), the
 * base map inlined, outlines at their page width, the markers and labels drawn.
 */
export function completeMapSvg(
	svg: string,
	layout: MapLayout,
	state: MapState,
	lang: Lang,
	size: Size
): string {
	const drawing = mapView(layout, state, size);
	const { k, x, y } = drawing.zoom;
	// px per viewBox unit at `size`, as preserveAspectRatio="meet" scales the map
	const u = Math.min(size.width / layout.width, size.height / layout.height);
	const use = /<use\b[^>]*>(?:<\/use>)?/;
	if (!use.test(svg)) throw new Error('cards: the map SVG has no <use> of the base map');
	const withWorld = svg.replace(
		use,
		`<g class="world" stroke-width="${WORLD_STROKE / u / k}">${baseMapShapes()}</g>`
	);
	const zoomed = editStartTags(withWorld, (tag) => {
		const classes = classesOf(tag);
		if (tag.name === 'g' && classes.includes('zoom')) {
			tag.attributes.delete('style');
			tag.attributes.set('transform', `translate(${x} ${y}) scale(${k})`);
			return true;
		}
		if (tag.name !== 'path' || !classes.includes('country')) return false;
		tag.attributes.set('stroke-width', String(COUNTRY_STROKE / u / k));
		tag.attributes.delete('vector-effect');
		if (classes.includes('planned'))
			tag.attributes.set('stroke-dasharray', PLANNED_DASH.map((d) => d / u / k).join(' '));
		return true;
	});
	return zoomed.replace(/<\/svg>\s*$/, `${marksOf(drawing, u, lang)}</svg>`);
}

export const mapCard: ChartCard<MapLayout, MapState> = {
	style: `
.world { fill: var(--land); stroke: var(--land-stroke); }
.country { stroke-linejoin: round; }
.country.existing { fill: var(--existing); fill-opacity: ${EXISTING_FILL_OPACITY}; stroke: var(--existing); }
.country.planned { fill: var(--planned); fill-opacity: ${PLANNED_FILL_OPACITY}; stroke: var(--planned); }
.country.existing.dim { fill-opacity: ${EXISTING_FILL_OPACITY * DIM_OPACITY}; stroke-opacity: ${DIM_OPACITY}; }
.country.planned.dim { fill-opacity: ${PLANNED_FILL_OPACITY * DIM_OPACITY}; stroke-opacity: ${DIM_OPACITY}; }
`,
	complete: completeMapSvg
};
