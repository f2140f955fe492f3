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
	lineHeightOf,
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
/** Horizontal axis: at most this many ticks asked of d3; each bar carries its value, the axis is only a guide. */
const MAX_MARKET_TICKS = 4;
/** Horizontal axis: clear space between two tick labels, so "+100 %" and "+120 %" never read as one. */
const MIN_TICK_LABEL_GAP_PX = 16;
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

	const labelLineHeight = lineHeightOf(LABEL_FONT_PX);
	const smallLineHeight = lineHeightOf(SMALL_FONT_PX);
	const texts = shownRows.map((row) => {
		const listing = inLang(row.listing, lang).trim();
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
				? wrapText(words(lang).market.periodHeading[period], width, SMALL_FONT_PX, 'boldCaps')
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
