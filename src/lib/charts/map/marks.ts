/**
 * The sizes and strengths of the map's marks, in CSS pixels at the page's
 * size: Chart.svelte's styles read them as custom properties (`markStyle`),
 * and a card (card.ts) draws the same marks with them, so the two cannot
 * part. The type the map writes (country names, annotations) is sized in
 * callouts.ts, which the layout measures it with. Pure numbers.
 */
import type { MapStatus } from './row.ts';
import {
	CALLOUT_FONT_PX,
	CALLOUT_LINE_HEIGHT,
	CALLOUT_PADDING_PX,
	LABEL_FONT_PX,
	LABEL_GAP_PX,
	LABEL_LINE_HEIGHT
} from './callouts.ts';

/** A country ring circles a country a few pixels wide: across, and its border. */
export const RING_DIAMETER_PX = 22;
export const RING_BORDER_PX = 2;
/** A disclosed site's dot: small enough to read as a point. */
export const DOT_DIAMETER_PX = 9;
/** The paper-coloured halo around a dot, which keeps it apart from the outlines under it. */
export const DOT_HALO_PX = 1.5;
/** The dot an annotation puts on its country (with the same halo). */
export const NOTE_DOT_PX = 7;
/** An annotation's leader line, from its dot to its box, and the box's border. */
export const NOTE_LINE_PX = 1;
export const NOTE_RADIUS_PX = 3;

/** The outlines: a coloured country's, and the base map's borders between the others. */
export const COUNTRY_STROKE_PX = 1.25;
export const WORLD_STROKE_PX = 0.75;
/** A planned country's dashed outline, dash then gap: the usual mark of "not built yet". */
export const PLANNED_DASH_PX = [3, 2] as const;

/** How much of its status colour a country's fill takes over the land: a planned country is paler. */
export const FILL_STRENGTH: Record<MapStatus, number> = {
	existing: 0.55,
	planned: 0.3,
	home: 0.35
};
/** A mark the step does not highlight is dimmed to this, never removed: the reader keeps the whole picture. */
export const DIM_OPACITY = 0.3;

/**
 * The legend's type and spacing follow the reader's font size on the page
 * (rem); a card sets them at the browsers' default root size, this many px.
 */
export const ROOT_FONT_PX = 16;
/** The legend: its type, and each entry's swatch (a country's fill and outline in small). */
export const LEGEND_FONT_PX = 14;
export const LEGEND_LINE_HEIGHT = 1.3;
export const KEY_MARK_WIDTH_PX = 16;
export const KEY_MARK_HEIGHT_PX = 12;
export const KEY_MARK_BORDER_PX = 1.5;
/** The ring's swatch, a smaller ring with the map's ring border; the dot's is the map's dot. */
export const KEY_RING_PX = 14;
/** Between a swatch and its words, between two entries, between two rows of entries. */
export const KEY_MARK_GAP_PX = 6.4;
export const LEGEND_ENTRY_GAP_PX = 16;
export const LEGEND_ROW_GAP_PX = 4;

/** A length of the legend's, in rem on the page. */
function rem(px: number): string {
	return `${px / ROOT_FONT_PX}rem`;
}

/**
 * The custom properties Chart.svelte's styles read, from the numbers above
 * and callouts.ts's type: the figure's `style`, one string for every map.
 */
export const MARK_STYLE = Object.entries({
	'--ring': `${RING_DIAMETER_PX}px`,
	'--ring-border': `${RING_BORDER_PX}px`,
	'--dot': `${DOT_DIAMETER_PX}px`,
	'--dot-halo': `${DOT_HALO_PX}px`,
	'--country-stroke': `${COUNTRY_STROKE_PX}px`,
	'--world-stroke': `${WORLD_STROKE_PX}px`,
	'--planned-dash': PLANNED_DASH_PX.join(' '),
	'--fill-existing': `${FILL_STRENGTH.existing * 100}%`,
	'--fill-planned': `${FILL_STRENGTH.planned * 100}%`,
	'--fill-home': `${FILL_STRENGTH.home * 100}%`,
	'--dim': String(DIM_OPACITY),
	'--label-font': `${LABEL_FONT_PX}px`,
	'--label-line': String(LABEL_LINE_HEIGHT),
	'--label-gap': `${LABEL_GAP_PX}px`,
	'--note-font': `${CALLOUT_FONT_PX}px`,
	'--note-line': String(CALLOUT_LINE_HEIGHT),
	'--note-pad': `${CALLOUT_PADDING_PX}px`,
	'--note-dot': `${NOTE_DOT_PX}px`,
	'--note-rule': `${NOTE_LINE_PX}px`,
	'--note-radius': `${NOTE_RADIUS_PX}px`,
	'--legend-font': rem(LEGEND_FONT_PX),
	'--legend-line': String(LEGEND_LINE_HEIGHT),
	'--key-mark-width': `${KEY_MARK_WIDTH_PX}px`,
	'--key-mark-height': `${KEY_MARK_HEIGHT_PX}px`,
	'--key-mark-border': `${KEY_MARK_BORDER_PX}px`,
	'--key-ring': `${KEY_RING_PX}px`,
	'--key-mark-gap': rem(KEY_MARK_GAP_PX),
	'--legend-entry-gap': rem(LEGEND_ENTRY_GAP_PX),
	'--legend-row-gap': rem(LEGEND_ROW_GAP_PX)
})
	.map(([name, value]) => `${name}: ${value}`)
	.join('; ');
