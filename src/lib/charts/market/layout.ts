/**
 * Geometry of the market chart: horizontal bars from zero, one per listing
 * shown, grouped by period. The value domain covers every row of the data
 * whose period is shown, so the scale stays put while the reader scrolls.
 */
import { linearMap, niceTicks } from '../shared/linear.ts';
import {
	checkedWidth,
	clamp,
	estimateTextWidth,
	LABEL_FONT_PX,
	LABEL_GAP_PX,
	LINE_HEIGHT,
	MIN_TICKS,
	SMALL_FONT_PX,
	wrapText,
	zeroBasedDomain,
	type TextBlock,
	type Tick
} from '../shared/bars.ts';
import { formatPctChange } from '../../format.ts';
import { words, type Lang } from '../../i18n/languages.ts';
import { inLang } from '../../text/translated.ts';
import type { MarketPeriod, MarketRow } from './row.ts';
import type { MarketState } from './state.ts';
import { periodsShown } from './text.ts';

/** A digit's visual middle is about 0.35 em above its baseline: used to centre a label on a bar. */
const DIGIT_MIDDLE_EM = 0.35;
/**
 * How far a line of text's box reaches above and below its baseline, in em:
 * DejaVu Sans's ascent and descent, the tallest of the system stack, and
 * what a browser gives the text's box. A label placed by these clears the
 * text above and below it, box to box.
 */
export const FONT_ASCENT_EM = 0.93;
export const FONT_DESCENT_EM = 0.24;
/** Horizontal axis: at most this many ticks asked of d3; each bar carries its value, the axis is only a guide. */
const MAX_MARKET_TICKS = 4;
/** Horizontal axis: clear space between two tick labels, so "+100 %" and "+120 %" never read as one. */
const MIN_TICK_LABEL_GAP_PX = 16;
/** Market: bar thickness when no height is asked for. */
const MARKET_BAR_THICKNESS_PX = 18;

/**
 * How tightly the rows are set. Text sizes never change (12 px is the floor
 * on a phone); what gives is the space around them: line heights, gaps and
 * the bars' thickness, within the range a form allows.
 */
interface RowSpacing {
	/** line height of names, listings and headings, as a multiple of their font size */
	lineHeight: number;
	/** between the name (or listing) above a bar and the bar */
	nameGap: number;
	/** between a bar and the next row's name */
	rowGap: number;
	/** above and below the rule between period groups, so they read as separate charts on one scale */
	groupGap: number;
	/** under a group heading, more than between rows so the heading reads as belonging to the whole group */
	headingGap: number;
	/** the range of bar thickness this form takes to fill a given height */
	minBar: number;
	maxBar: number;
}

/** The regular form: airy rows, bars thick enough to read at a glance. */
const REGULAR_SPACING: RowSpacing = {
	lineHeight: LINE_HEIGHT,
	nameGap: 4,
	rowGap: 14,
	groupGap: 14,
	headingGap: 10,
	minBar: 12,
	maxBar: 28
};

/**
 * The compact form, for a panel too short for the regular one (six rows in a
 * 320 × 568 phone's pinned graphic): lines set solid, gaps halved, bars
 * thinner; a row's name still sits clearly nearer its own bar than the row
 * above's, and an 8 px bar still reads as a bar.
 */
const COMPACT_SPACING: RowSpacing = {
	lineHeight: 1.15,
	nameGap: 2,
	rowGap: 8,
	groupGap: 8,
	headingGap: 6,
	minBar: 8,
	maxBar: REGULAR_SPACING.minBar
};

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
	/** "+15 %", "plus de 10 %" beside the bar's end */
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
 * to its right (so a long "plus de 10 %" on a short bar costs no width,
 * while "+110 %" on the longest bar still fits). A negative move reserves
 * room on the left for its label.
 */
function marketScale(rows: readonly MarketRow[], width: number, lang: Lang): MarketScale {
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
 * `size.height`, when given, thickens or thins the bars to come close to it,
 * and where even the thinnest regular bars would overflow it (a short phone's
 * pinned panel), the rows are set compact: same text sizes, less space.
 *
 * The value domain covers every row of the data whose period is shown: the
 * scale stays put across all day-only steps, and widens once, visibly, when
 * the year-to-date figure (+110 %) joins, instead of squashing the day's
 * moves (+2 % to +15 %) into a sliver on every step.
 *
 * Throws when the state names an id that is not in `rows`.
 */
export function marketLayout(
	rows: readonly MarketRow[],
	state: MarketState,
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

	const texts = shownRows.map((row) => {
		const listing = inLang(row.listing, lang).trim();
		return {
			name: wrapText(row.company, width, LABEL_FONT_PX, 'bold'),
			listing: listing === '' ? [] : wrapText(listing, width, SMALL_FONT_PX)
		};
	});
	// group headings are set in small bold capitals, a kicker above the group's names
	const headingLines = new Map(
		groupOrder.map((period) => [
			period,
			grouped
				? wrapText(words(lang).market.periodHeading[period], width, SMALL_FONT_PX, 'boldCaps')
				: []
		])
	);

	// the height of everything but the bars, in a given form
	const fixedHeightOf = (spacing: RowSpacing): number => {
		const labelLine = LABEL_FONT_PX * spacing.lineHeight;
		const smallLine = SMALL_FONT_PX * spacing.lineHeight;
		const rowText = texts.reduce(
			(sum, t) => sum + t.name.length * labelLine + t.listing.length * smallLine + spacing.nameGap,
			0
		);
		const headings = groupOrder.reduce((sum, period) => {
			const lines = headingLines.get(period)?.length ?? 0;
			return sum + (lines === 0 ? 0 : lines * smallLine + spacing.headingGap);
		}, 0);
		// the axis sits half a row gap under the last bar, its labels under it
		return (
			rowText +
			(shownRows.length - 0.5) * spacing.rowGap +
			headings +
			Math.max(0, groupOrder.length - 1) * spacing.groupGap * 2 +
			LABEL_GAP_PX +
			SMALL_FONT_PX * (1 + FONT_DESCENT_EM)
		);
	};
	// the regular form where its thinnest bars fit `size.height`, else the compact one; then the thickness that comes closest to it
	const target = size.height;
	const fitted = target !== undefined && Number.isFinite(target) && shownRows.length > 0;
	const spacing =
		fitted && fixedHeightOf(REGULAR_SPACING) + shownRows.length * REGULAR_SPACING.minBar > target
			? COMPACT_SPACING
			: REGULAR_SPACING;
	const thickness = fitted
		? clamp((target - fixedHeightOf(spacing)) / shownRows.length, spacing.minBar, spacing.maxBar)
		: MARKET_BAR_THICKNESS_PX;
	const labelLineHeight = LABEL_FONT_PX * spacing.lineHeight;
	const smallLineHeight = SMALL_FONT_PX * spacing.lineHeight;
	const headingHeightOf = (period: MarketPeriod): number => {
		const lines = headingLines.get(period)?.length ?? 0;
		return lines === 0 ? 0 : lines * smallLineHeight + spacing.headingGap;
	};
	// the axis's labels hang under it, their descenders inside the chart
	const axisHeight = LABEL_GAP_PX + SMALL_FONT_PX * (1 + FONT_DESCENT_EM);

	const bars: MarketBar[] = [];
	const groups: MarketGroup[] = [];
	let cursor = 0;
	groupOrder.forEach((period, groupIndex) => {
		let ruleY: number | null = null;
		if (groupIndex > 0) {
			cursor += spacing.groupGap;
			ruleY = cursor;
			cursor += spacing.groupGap;
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
			cursor += text.listing.length * smallLineHeight + spacing.nameGap;
			// centred on the bar, or where a thin bar would lift it into the name or listing above, just under that
			const above = listingText ?? name;
			const aboveBottom =
				above.y + (above.lines.length - 1) * above.lineHeight + above.fontSize * FONT_DESCENT_EM;
			const valueY = Math.max(
				cursor + thickness / 2 + LABEL_FONT_PX * DIGIT_MIDDLE_EM,
				aboveBottom + LABEL_FONT_PX * FONT_ASCENT_EM
			);
			const end = x(row.changePct);
			const negative = row.changePct < 0;
			bars.push({
				id: row.id,
				company: row.company,
				listing: inLang(row.listing, lang),
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
					y: valueY,
					anchor: negative ? 'end' : 'start',
					fontSize: LABEL_FONT_PX,
					lineHeight: labelLineHeight
				}
			});
			cursor += thickness + spacing.rowGap;
		});
		groups.push({ period, heading, ruleY, top, bottom: cursor - spacing.rowGap });
	});

	const axisY = Math.max(0, cursor - spacing.rowGap / 2);
	const ticks: Tick[] = tickValues.map((value) => {
		const label = formatPctChange(value, lang);
		const half = estimateTextWidth(label, SMALL_FONT_PX) / 2;
		const position = x(value);
		const anchor = position - half < 0 ? 'start' : position + half > width ? 'end' : 'middle';
		return { value, label, position, anchor, fontSize: SMALL_FONT_PX };
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
		unit: words(lang).market.unit
	};
}
