/**
 * What the bar charts share, as plain numbers: text sizes and their width
 * estimates, line wrapping, blocks of text and ticks, and zero-based value
 * domains. Each chart's own layout is in its folder (capex/layout.ts,
 * market/layout.ts); the components only loop over what those return.
 *
 * Honest-chart rules from FACTS.md that live here: every value domain starts
 * at zero (`zeroBasedDomain`).
 *
 * Text widths are estimated from character counts (there is no DOM here, and
 * the server render must already be right); the estimate is deliberately
 * generous so labels never collide or leave the chart. The components set
 * each text's size from the same numbers (`fontSize` on every block and
 * tick), so what is drawn is what was measured.
 */
import { niceDomain } from './linear.ts';

/** Value labels, company names, years: 14 px stays legible on a 360 px phone without crowding it. */
export const LABEL_FONT_PX = 14;
/** Axis ticks and listings: the smallest text on the chart, at the 12 px floor for phones. */
export const SMALL_FONT_PX = 12;
/** Line height as a multiple of the font size, the same as body copy. */
export const LINE_HEIGHT = 1.3;
/**
 * Average glyph advance in em for the system sans stack: regular, bold, and
 * bold capitals with 0.05 em tracking. DejaVu Sans, the widest fallback of
 * the stack (Linux), sets bold digits at 0.70 em, a bold "+" at 0.84 em and
 * a bold "%" at 1 em, so "+110%" averages 0.79 em. These over-estimate on
 * purpose: a label thought too wide only wraps early, one thought too narrow
 * overlaps or leaves the chart.
 */
const AVERAGE_GLYPH_EM = { regular: 0.6, bold: 0.8, boldCaps: 0.85 } as const;
export type FontWeight = keyof typeof AVERAGE_GLYPH_EM;
/** Space between a bar and its label, and between a tick label and the plot. */
export const LABEL_GAP_PX = 6;
/** Narrowest chart the layout accepts; a measured width of 0 (hidden element) falls back to this. */
export const MIN_CHART_WIDTH_PX = 240;
/** Width a chart is laid out at before it is measured (server render, no JavaScript): a phone's column, the commonest reader. */
export const SERVER_WIDTH_PX = 360;
/** The fewest ticks an axis gets. */
export const MIN_TICKS = 2;

/** A block of text: `y` is the baseline of the first line; the next lines follow `lineHeight` apart. */
export interface TextBlock {
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	fontSize: number;
	lineHeight: number;
}

export interface Tick {
	value: number;
	label: string;
	/** y for the vertical capex axis, x for the horizontal market axis */
	position: number;
	anchor: 'start' | 'middle' | 'end';
	fontSize: number;
}

/** Estimated rendered width of `text` at `fontSize` px, in px. */
export function estimateTextWidth(
	text: string,
	fontSize: number,
	weight: FontWeight = 'regular'
): number {
	return text.length * fontSize * AVERAGE_GLYPH_EM[weight];
}

/**
 * Splits `text` at spaces into lines no wider than `maxWidth` (estimated).
 * No-break spaces hold ("32 Md$" stays whole); a single word wider than
 * `maxWidth` gets a line of its own rather than being cut.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	weight: FontWeight = 'regular'
): string[] {
	const words = text.split(' ').filter((w) => w !== '');
	const lines: string[] = [];
	for (const word of words) {
		const last = lines[lines.length - 1];
		if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize, weight) <= maxWidth) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(word);
		}
	}
	return lines;
}

export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

export function checkedWidth(width: number, chart: string): number {
	if (!Number.isFinite(width))
		throw new RangeError(`${chart}: width must be a finite number of pixels, got ${String(width)}`);
	return Math.max(width, MIN_CHART_WIDTH_PX);
}

/**
 * The domain of a linear scale from zero: it always includes 0 and every
 * value (even those not shown), made "nice" for round ticks. With no values
 * or only zeros it spans 0..1, so a layout never divides by zero.
 */
export function zeroBasedDomain(values: number[], tickCount: number): [number, number] {
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	return niceDomain(low === high ? [0, 1] : [low, high], tickCount);
}

export function lineHeightOf(fontSize: number): number {
	return fontSize * LINE_HEIGHT;
}
