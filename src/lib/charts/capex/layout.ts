/**
 * Geometry of the capex chart: vertical bars from zero, one per year of the
 * data. A hidden bar keeps its place with zero height on the baseline, ready
 * to grow in, and the value domain covers every row (not only those shown),
 * so the scale stays put while the reader scrolls.
 */
import { bandLayout, linearMap, niceTicks } from '../shared/linear.ts';
import {
	checkedWidth,
	clamp,
	estimateTextWidth,
	LABEL_FONT_PX,
	LABEL_GAP_PX,
	lineHeightOf,
	MIN_TICKS,
	SMALL_FONT_PX,
	wrapText,
	zeroBasedDomain,
	type TextBlock,
	type Tick
} from '../shared/bars.ts';
import { formatNumber } from '../../format.ts';
import { words, type Lang } from '../../i18n/languages.ts';
import type { CapexRow } from './row.ts';
import type { CapexState } from './state.ts';
import { capexLabel } from './text.ts';

/** Height of the drawing (title and source excluded) when the chart is not given a panel's height to fill. */
export const DEFAULT_PLOT_HEIGHT_PX = 340;

/** One tick per this many pixels of plot: enough to read values, few enough not to clutter. */
const TICK_SPACING_PX = 80;
const MAX_TICKS = 6;
/** Capex: the bars never get wider than this, so two bars on a desktop still read as bars, not blocks. */
const MAX_CAPEX_BAR_WIDTH_PX = 150;
/** Capex: space between bars as a share of the band, and at the ends. */
const CAPEX_PADDING_INNER = 0.35;
const CAPEX_PADDING_OUTER = 0.25;
/** Capex: the plot area never gets shorter than this; below it, the chart grows past the height it was given. */
const MIN_CAPEX_PLOT_HEIGHT_PX = 80;

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

/** The no-break spaces a value holds its number and unit together with ("7,5 Mrd. US-$"). */
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/**
 * A label's line wrapped at its spaces within `room`; a piece still wider
 * (a value whose number and unit are held together) breaks at its no-break
 * spaces too, number above unit, rather than run into the next bar's label.
 */
function wrapLabel(line: string, room: number): string[] {
	return wrapText(line, room, LABEL_FONT_PX, 'bold').flatMap((piece) =>
		estimateTextWidth(piece, LABEL_FONT_PX, 'bold') <= room
			? [piece]
			: wrapText(piece.replace(NO_BREAK_SPACES, ' '), room, LABEL_FONT_PX, 'bold')
	);
}

/**
 * Vertical bars, one per row of `rows` in data order; the years in
 * `state.years` are drawn, the others keep their slot with zero height.
 */
export function capexLayout(
	rows: readonly CapexRow[],
	state: CapexState,
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
	// A label, centred on its bar, may spread over the gaps beside it, not over the next bar’s
	// label: it wraps within the distance between two bars’ centres, less a gap. That distance is
	// taken beside the widest tick labels any tick count gives, so the bars never end up closer.
	const widestTicks = Math.max(
		0,
		...Array.from({ length: MAX_TICKS - MIN_TICKS + 1 }, (_, i) => MIN_TICKS + i).flatMap((count) =>
			niceTicks(
				zeroBasedDomain(
					rows.map((r) => r.valueBnUsd),
					count
				),
				count
			).map((v) => estimateTextWidth(formatNumber(v, lang), SMALL_FONT_PX))
		)
	);
	const { starts } = bandLayout(
		rows.length,
		[widestTicks + LABEL_GAP_PX, width],
		CAPEX_PADDING_INNER,
		CAPEX_PADDING_OUTER
	);
	const labelRoom =
		(starts.length > 1 ? (starts[1] ?? 0) - (starts[0] ?? 0) : width) - LABEL_GAP_PX;
	const labelLines = rows.map((row) =>
		capexLabel(row, lang).flatMap((line) => wrapLabel(line, labelRoom))
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
		anchor: 'end',
		fontSize: SMALL_FONT_PX
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
		unit: words(lang).capex.unit
	};
}
