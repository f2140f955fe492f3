/**
 * Geometry of the two bar charts, as plain numbers: the components only loop
 * over what these functions return and draw it.
 *
 * Honest-chart rules from FACTS.md that live here: every bar starts at zero,
 * the value domain covers every row of the data (not only those shown), so
 * the scale stays put while the reader scrolls, and a hidden bar keeps its
 * place with zero height on the baseline, ready to grow in.
 *
 * Text widths are estimated from character counts (there is no DOM here, and
 * the server render must already be right); the estimate is deliberately
 * generous so labels never collide or leave the chart.
 */
import { bandLayout, linearMap, niceDomain, niceTicks } from '$lib/charts/linear';
import { formatBnUsd, formatNumber, formatPctChange } from '$lib/format';
import { BARS_COPY, periodsShown } from '$lib/charts/bars-text';
import type { CapexRow, ChartState, Lang, MarketPeriod, MarketRow } from '$lib/types';

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
const LABEL_GAP_PX = 6;
/** Narrowest chart the layout accepts; a measured width of 0 (hidden element) falls back to this. */
export const MIN_CHART_WIDTH_PX = 240;
/** Width a chart is laid out at before it is measured (server render, no JavaScript): a phone's column, the commonest reader. */
export const SERVER_WIDTH_PX = 360;
/** One tick per this many pixels of plot: enough to read values, few enough not to clutter. */
const TICK_SPACING_PX = 80;
/** A digit's visual middle is about 0.35 em above its baseline: used to centre a label on a bar. */
const DIGIT_MIDDLE_EM = 0.35;
const MIN_TICKS = 2;
/** Horizontal axis: at most this many ticks asked of d3; each bar carries its value, the axis is only a guide. */
const MAX_MARKET_TICKS = 4;
/** Horizontal axis: clear space between two tick labels, so "+100 %" and "+120 %" never read as one. */
const MIN_TICK_LABEL_GAP_PX = 16;
const MAX_TICKS = 6;

/** Capex: the bars never get wider than this, so two bars on a desktop still read as bars, not blocks. */
const MAX_CAPEX_BAR_WIDTH_PX = 150;
/** Capex: space between bars as a share of the band, and at the ends. */
const CAPEX_PADDING_INNER = 0.35;
const CAPEX_PADDING_OUTER = 0.25;
/** Capex: the plot area never gets shorter than this; below it, the chart grows past the height it was given. */
const MIN_CAPEX_PLOT_HEIGHT_PX = 80;

/** Market: bar thickness by default and the range it may take to fill a given height. */
const MARKET_BAR_THICKNESS_PX = 18;
const MIN_MARKET_BAR_THICKNESS_PX = 12;
const MAX_MARKET_BAR_THICKNESS_PX = 28;
/** Market: space between the name above a bar and the bar, and between one row and the next. */
const MARKET_NAME_GAP_PX = 4;
const MARKET_ROW_GAP_PX = 14;
/** Market: extra space and a rule between period groups, so they read as separate charts on one scale. */
const MARKET_GROUP_GAP_PX = 14;
/** Market: space under a group heading, more than between rows so the heading reads as belonging to the whole group. */
const MARKET_HEADING_GAP_PX = 10;

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
}

export interface CapexBar {
	/** stable across states, for keyed loops and tweens */
	key: string;
	year: number;
	valueBnUsd: number;
	visible: boolean;
	estimate: boolean;
	lowerBound: boolean;
	x: number;
	y: number;
	width: number;
	/** 0 when hidden, with `y` on the baseline */
	height: number;
	/** the value, then "estimation" for an estimate */
	label: TextBlock;
	/** the year under the bar */
	category: TextBlock;
}

export interface CapexLayout {
	width: number;
	height: number;
	/** y of the zero line, the same for every bar */
	baselineY: number;
	plotLeft: number;
	plotRight: number;
	plotTop: number;
	/** right edge of the tick labels, left of the plot */
	tickLabelX: number;
	domain: [number, number];
	ticks: Tick[];
	bars: CapexBar[];
	unit: string;
}

export interface MarketBar {
	id: string;
	company: string;
	listing: string;
	period: MarketPeriod;
	changePct: number;
	lowerBound: boolean;
	x: number;
	y: number;
	width: number;
	height: number;
	/** company name (and listing, when there is one) above the bar */
	name: TextBlock;
	listingText: TextBlock | null;
	/** "+15 %", "plus de +10 %" beside the bar's end */
	value: TextBlock;
}

export interface MarketGroup {
	period: MarketPeriod;
	/** null when only one period is shown: the title says which */
	heading: TextBlock | null;
	/** y of the rule that separates this group from the one above; null for the first */
	ruleY: number | null;
	/** vertical extent of the group's rows, for gridlines that stop at the group */
	top: number;
	bottom: number;
}

export interface MarketLayout {
	width: number;
	height: number;
	zeroX: number;
	/** y of the axis under the last row */
	axisY: number;
	/** baseline of the tick labels under the axis */
	tickLabelY: number;
	domain: [number, number];
	ticks: Tick[];
	bars: MarketBar[];
	groups: MarketGroup[];
	periods: MarketPeriod[];
	unit: string;
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

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

function checkedWidth(width: number, chart: string): number {
	if (!Number.isFinite(width))
		throw new RangeError(`${chart}: width must be a finite number of pixels, got ${String(width)}`);
	return Math.max(width, MIN_CHART_WIDTH_PX);
}

/**
 * The domain of a linear scale from zero: it always includes 0 and every
 * value (even those not shown), made "nice" for round ticks. With no values
 * or only zeros it spans 0..1, so a layout never divides by zero.
 */
function zeroBasedDomain(values: number[], tickCount: number): [number, number] {
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	return niceDomain(low === high ? [0, 1] : [low, high], tickCount);
}

function lineHeightOf(fontSize: number): number {
	return fontSize * LINE_HEIGHT;
}

/** Which capex years a state shows; the full ChartState for capex fits here. */
export type CapexShown = Pick<Extract<ChartState, { chart: 'capex' }>, 'years'>;
/** Which market rows a state shows, in order. */
export type MarketShown = Pick<Extract<ChartState, { chart: 'market' }>, 'rows'>;

function capexLabelText(row: CapexRow, lang: Lang): string[] {
	const value = formatBnUsd(row.valueBnUsd, lang, { lowerBound: row.lowerBound });
	return row.estimate ? [value, BARS_COPY[lang].estimate] : [value];
}

/**
 * Vertical bars, one per row of `rows` in data order; the years in
 * `state.years` are drawn, the others keep their slot with zero height.
 */
export function capexLayout(
	rows: CapexRow[],
	state: CapexShown,
	size: { width: number; height: number },
	lang: Lang
): CapexLayout {
	const width = checkedWidth(size.width, 'capexLayout');
	if (!Number.isFinite(size.height)) {
		throw new RangeError(
			`capexLayout: height must be a finite number of pixels, got ${String(size.height)}`
		);
	}
	const shown = new Set(state.years);
	const labelLineHeight = lineHeightOf(LABEL_FONT_PX);

	// The label block above every bar is sized for the tallest label of all rows,
	// so the plot does not jump when an estimate (two lines) appears.
	// A label may spread over the gap between bars, not over the next bar’s label.
	const labelRoom = width / Math.max(rows.length, 1) - LABEL_GAP_PX;
	const labelLines = rows.map((row) =>
		capexLabelText(row, lang).flatMap((line) => wrapText(line, labelRoom, LABEL_FONT_PX, 'bold'))
	);
	const maxLabelLines = Math.max(1, ...labelLines.map((lines) => lines.length));
	const plotTop = maxLabelLines * labelLineHeight + LABEL_GAP_PX;
	const categoryHeight = LABEL_GAP_PX + labelLineHeight;
	const plotHeight = Math.max(size.height - plotTop - categoryHeight, MIN_CAPEX_PLOT_HEIGHT_PX);
	const baselineArea = plotTop + plotHeight;
	const height = baselineArea + categoryHeight;

	const tickCount = clamp(Math.round(plotHeight / TICK_SPACING_PX), MIN_TICKS, MAX_TICKS);
	const domain = zeroBasedDomain(
		rows.map((r) => r.valueBnUsd),
		tickCount
	);
	const y = linearMap(domain, [baselineArea, plotTop]);
	const baselineY = y(0);
	const tickValues = niceTicks(domain, tickCount);
	const tickLabels = tickValues.map((v) => formatNumber(v, lang));
	const plotLeft =
		Math.max(0, ...tickLabels.map((l) => estimateTextWidth(l, SMALL_FONT_PX))) + LABEL_GAP_PX;
	const plotRight = width;
	const ticks: Tick[] = tickValues.map((value, i) => ({
		value,
		label: tickLabels[i] ?? '',
		position: y(value),
		anchor: 'end'
	}));

	const keys = rows.map((row, i) => `${i}-${row.year}`);
	const bands = bandLayout(
		rows.length,
		[plotLeft, plotRight],
		CAPEX_PADDING_INNER,
		CAPEX_PADDING_OUTER
	);
	const barWidth = Math.min(bands.bandwidth, MAX_CAPEX_BAR_WIDTH_PX);

	const bars = rows.map((row, i): CapexBar => {
		const key = keys[i] ?? String(i);
		const visible = shown.has(row.year);
		const centre = (bands.starts[i] ?? plotLeft) + bands.bandwidth / 2;
		const top = visible ? Math.min(y(row.valueBnUsd), baselineY) : baselineY;
		const barHeight = visible ? Math.abs(y(row.valueBnUsd) - baselineY) : 0;
		const lines = labelLines[i] ?? [];
		return {
			key,
			year: row.year,
			valueBnUsd: row.valueBnUsd,
			visible,
			estimate: row.estimate,
			lowerBound: row.lowerBound,
			x: centre - barWidth / 2,
			y: top,
			width: barWidth,
			height: barHeight,
			label: {
				lines,
				x: centre,
				// the last line's baseline sits just above the bar's top
				y: top - LABEL_GAP_PX - (lines.length - 1) * labelLineHeight,
				anchor: 'middle',
				fontSize: LABEL_FONT_PX,
				lineHeight: labelLineHeight
			},
			category: {
				lines: [String(row.year)],
				x: centre,
				y: baselineArea + LABEL_GAP_PX + LABEL_FONT_PX,
				anchor: 'middle',
				fontSize: LABEL_FONT_PX,
				lineHeight: labelLineHeight
			}
		};
	});

	return {
		width,
		height,
		baselineY,
		plotLeft,
		plotRight,
		plotTop,
		tickLabelX: plotLeft - LABEL_GAP_PX,
		domain,
		ticks,
		bars,
		unit: BARS_COPY[lang].capexUnit
	};
}

function marketValueText(row: MarketRow, lang: Lang): string {
	return formatPctChange(row.changePct, lang, { lowerBound: row.lowerBound });
}

/** The market chart's value axis: its domain, the map to x in px, and the tick values. */
interface MarketScale {
	domain: [number, number];
	x: (changePct: number) => number;
	tickValues: number[];
}

/**
 * The horizontal scale: zero-based, as many ticks as fit without their
 * labels touching, and a range that leaves each bar's own value label room
 * to its right (so a long "plus de +10 %" on a short bar costs no width,
 * while "+110 %" on the longest bar still fits). A negative move reserves
 * room on the left for its label.
 */
function marketScale(rows: MarketRow[], width: number, lang: Lang): MarketScale {
	const labelWidths = rows.map(
		(r) => estimateTextWidth(marketValueText(r, lang), LABEL_FONT_PX, 'bold') + LABEL_GAP_PX
	);
	const rangeLeft = Math.max(
		0,
		...rows.map((r, i) => (r.changePct < 0 ? (labelWidths[i] ?? 0) : 0))
	);
	let fallback: MarketScale | null = null;
	for (let count = MAX_MARKET_TICKS; count >= MIN_TICKS; count--) {
		const domain = zeroBasedDomain(
			rows.map((r) => r.changePct),
			count
		);
		const [low, high] = domain;
		let rangeRight = width;
		rows.forEach((row, i) => {
			const share = (row.changePct - low) / (high - low);
			const room = width - (labelWidths[i] ?? 0) - rangeLeft;
			if (row.changePct > 0 && share > 0)
				rangeRight = Math.min(rangeRight, rangeLeft + room / share);
		});
		const tickValues = niceTicks(domain, count);
		fallback = { domain, x: linearMap(domain, [rangeLeft, rangeRight]), tickValues };
		const widest = Math.max(
			0,
			...tickValues.map((t) => estimateTextWidth(formatPctChange(t, lang), SMALL_FONT_PX))
		);
		const spacing =
			tickValues.length > 1 ? (rangeRight - rangeLeft) / (tickValues.length - 1) : Infinity;
		if (spacing >= widest + MIN_TICK_LABEL_GAP_PX) return fallback;
	}
	return (
		fallback ?? { domain: [0, 1], x: linearMap([0, 1], [rangeLeft, width]), tickValues: [0, 1] }
	);
}

/**
 * Horizontal bars, one per id of `state.rows` in that order, grouped by
 * period (groups in order of first appearance) with a heading and a rule
 * when more than one period is shown. Names and listings sit above their bar
 * so long names fit a phone. The chart's height follows from its content;
 * `size.height`, when given, thickens or thins the bars to come close to it.
 *
 * The value domain covers every row of the data whose period is shown: the
 * scale stays put across all day-only steps, and widens once, visibly, when
 * the year-to-date figure (+110 %) joins, instead of squashing the day's
 * moves (+2 % to +15 %) into a sliver on every step.
 *
 * Throws when the state names an id that is not in `rows`.
 */
export function marketLayout(
	rows: MarketRow[],
	state: MarketShown,
	size: { width: number; height?: number },
	lang: Lang
): MarketLayout {
	const width = checkedWidth(size.width, 'marketLayout');
	const byId = new Map(rows.map((r) => [r.id, r]));
	const shownRows = [...new Set(state.rows)].map((id) => {
		const row = byId.get(id);
		if (!row)
			throw new Error(`marketLayout: the state shows row "${id}", which is not in the market data`);
		return row;
	});
	const periods = periodsShown(shownRows);
	const groupOrder = [...new Set(shownRows.map((r) => r.period))];
	const grouped = groupOrder.length > 1;
	const domainRows = rows.filter((r) => periods.length === 0 || periods.includes(r.period));

	const { domain, x, tickValues } = marketScale(domainRows, width, lang);
	const zeroX = x(0);

	const labelLineHeight = lineHeightOf(LABEL_FONT_PX);
	const smallLineHeight = lineHeightOf(SMALL_FONT_PX);
	const texts = shownRows.map((row) => {
		const listing = row.listing[lang].trim();
		return {
			name: wrapText(row.company, width, LABEL_FONT_PX, 'bold'),
			listing: listing === '' ? [] : wrapText(listing, width, SMALL_FONT_PX)
		};
	});

	// Natural height with the default thickness, then the thickness that fits `size.height`.
	// group headings are set in small bold capitals, a kicker above the group's names
	const headingLines = new Map(
		groupOrder.map((period) => [
			period,
			grouped
				? wrapText(BARS_COPY[lang].periodHeading[period], width, SMALL_FONT_PX, 'boldCaps')
				: []
		])
	);
	const headingHeightOf = (period: MarketPeriod): number => {
		const lines = headingLines.get(period)?.length ?? 0;
		return lines === 0 ? 0 : lines * smallLineHeight + MARKET_HEADING_GAP_PX;
	};
	const textHeight = texts.reduce(
		(sum, t) =>
			sum +
			t.name.length * labelLineHeight +
			t.listing.length * smallLineHeight +
			MARKET_NAME_GAP_PX,
		0
	);
	// the axis sits half a row gap under the last bar, its labels under it
	const axisHeight = LABEL_GAP_PX + smallLineHeight;
	const fixedHeight =
		textHeight +
		(shownRows.length - 0.5) * MARKET_ROW_GAP_PX +
		groupOrder.reduce((sum, period) => sum + headingHeightOf(period), 0) +
		Math.max(0, groupOrder.length - 1) * MARKET_GROUP_GAP_PX * 2 +
		axisHeight;
	const thickness =
		size.height === undefined || !Number.isFinite(size.height) || shownRows.length === 0
			? MARKET_BAR_THICKNESS_PX
			: clamp(
					(size.height - fixedHeight) / shownRows.length,
					MIN_MARKET_BAR_THICKNESS_PX,
					MAX_MARKET_BAR_THICKNESS_PX
				);

	const bars: MarketBar[] = [];
	const groups: MarketGroup[] = [];
	let cursor = 0;
	groupOrder.forEach((period, groupIndex) => {
		let ruleY: number | null = null;
		if (groupIndex > 0) {
			cursor += MARKET_GROUP_GAP_PX;
			ruleY = cursor;
			cursor += MARKET_GROUP_GAP_PX;
		}
		const lines = headingLines.get(period) ?? [];
		const heading: TextBlock | null =
			lines.length === 0
				? null
				: {
						lines,
						x: 0,
						y: cursor + SMALL_FONT_PX,
						anchor: 'start',
						fontSize: SMALL_FONT_PX,
						lineHeight: smallLineHeight
					};
		cursor += headingHeightOf(period);
		const top = cursor;
		shownRows.forEach((row, i) => {
			if (row.period !== period) return;
			const text = texts[i] ?? { name: [row.company], listing: [] };
			const name: TextBlock = {
				lines: text.name,
				x: 0,
				y: cursor + LABEL_FONT_PX,
				anchor: 'start',
				fontSize: LABEL_FONT_PX,
				lineHeight: labelLineHeight
			};
			cursor += text.name.length * labelLineHeight;
			const listingText: TextBlock | null =
				text.listing.length === 0
					? null
					: {
							lines: text.listing,
							x: 0,
							y: cursor + SMALL_FONT_PX,
							anchor: 'start',
							fontSize: SMALL_FONT_PX,
							lineHeight: smallLineHeight
						};
			cursor += text.listing.length * smallLineHeight + MARKET_NAME_GAP_PX;
			const end = x(row.changePct);
			const negative = row.changePct < 0;
			bars.push({
				id: row.id,
				company: row.company,
				listing: row.listing[lang],
				period: row.period,
				changePct: row.changePct,
				lowerBound: row.lowerBound,
				x: Math.min(end, zeroX),
				y: cursor,
				width: Math.abs(end - zeroX),
				height: thickness,
				name,
				listingText,
				value: {
					lines: [marketValueText(row, lang)],
					x: negative ? end - LABEL_GAP_PX : end + LABEL_GAP_PX,
					y: cursor + thickness / 2 + LABEL_FONT_PX * DIGIT_MIDDLE_EM,
					anchor: negative ? 'end' : 'start',
					fontSize: LABEL_FONT_PX,
					lineHeight: labelLineHeight
				}
			});
			cursor += thickness + MARKET_ROW_GAP_PX;
		});
		groups.push({ period, heading, ruleY, top, bottom: cursor - MARKET_ROW_GAP_PX });
	});

	const axisY = Math.max(0, cursor - MARKET_ROW_GAP_PX / 2);
	const ticks: Tick[] = tickValues.map((value) => {
		const label = formatPctChange(value, lang);
		const half = estimateTextWidth(label, SMALL_FONT_PX) / 2;
		const position = x(value);
		const anchor = position - half < 0 ? 'start' : position + half > width ? 'end' : 'middle';
		return { value, label, position, anchor };
	});

	return {
		width,
		height: axisY + axisHeight,
		zeroX,
		axisY,
		tickLabelY: axisY + LABEL_GAP_PX + SMALL_FONT_PX,
		domain,
		ticks,
		bars,
		groups,
		periods,
		unit: BARS_COPY[lang].marketUnit
	};
}
