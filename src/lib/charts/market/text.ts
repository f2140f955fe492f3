/**
 * The market chart's words around the data: the title that says which period
 * the bars cover, the unit (and, when a period stands alone on its own scale,
 * a note saying so), the group headings, and a one-sentence description. The words themselves are in each language's folder (key
 * `market`).
 */
import { formatNumber, formatPctChange } from '../../format.ts';
import { words, type Lang } from '../../i18n/languages.ts';
import { sourceLine } from '../shared/sources.ts';
import type { DataTable } from '../shared/table.ts';
import { inLang } from '../../text/translated.ts';
import { MARKET_PERIODS, type MarketPeriod, type MarketRow } from './row.ts';
import type { MarketState } from './state.ts';
import type { ChartCaption } from '../spec.ts';

export interface MarketWords {
	/**
	 * the title, by the periods shown; a year-to-date title names the company
	 * when its bars are all one company's ("Alibaba's share price since 1
	 * January"), and `company` is undefined when they are several
	 */
	title: { day: string; ytd: (company: string | undefined) => string; both: string };
	unit: string;
	/**
	 * after the unit, when the chart shows a later period without the day's
	 * moves: its axis is not theirs ("on a different scale from the day's moves")
	 */
	ownScale: string;
	/** the heading of each period's group when both are shown */
	periodHeading: Record<MarketPeriod, string>;
	/** the data table's caption and column headings (the change's unit is "%") */
	table: { caption: string; listing: string; period: string; change: string };
}

/** The periods present among `rows`, in the order of MARKET_PERIODS ('day' first). */
export function periodsShown(rows: readonly Pick<MarketRow, 'period'>[]): MarketPeriod[] {
	const present = new Set(rows.map((r) => r.period));
	return MARKET_PERIODS.filter((p) => present.has(p));
}

/**
 * A title that says which period the bars cover, so figures of different
 * periods are never read as one; a year-to-date chart of one company's
 * listings names it (its share price, not "share prices").
 */
export function marketTitle(
	shown: readonly Pick<MarketRow, 'period' | 'company'>[],
	lang: Lang
): string {
	const periods = periodsShown(shown);
	const titles = words(lang).market.title;
	if (periods.length > 1) return titles.both;
	if (periods[0] !== 'ytd') return titles.day;
	const companies = new Set(shown.map((row) => row.company));
	return titles.ytd(companies.size === 1 ? [...companies][0] : undefined);
}

/**
 * The line under the title: the unit and, when the bars shown leave out the
 * day's moves that other steps show, a note that their axis is their own.
 * The layout scales each period shown on its own (a +110 % year-to-date move
 * would squash the day's +2 % to +15 %), so a reader scrolling from the
 * day's bars to the year's must be told the scale changed.
 */
export function marketSubtitle(
	shown: readonly Pick<MarketRow, 'period'>[],
	rows: readonly Pick<MarketRow, 'period'>[],
	lang: Lang
): string {
	const { market, punctuation } = words(lang);
	const day: MarketPeriod = 'day';
	const periods = periodsShown(shown);
	const ownScale =
		periods.length > 0 && !periods.includes(day) && rows.some((row) => row.period === day);
	return ownScale ? `${market.unit}${punctuation.clause}${market.ownScale}` : market.unit;
}

/** A row's name as a reader sees it: the company, then the listing when there is one. */
export function rowName(row: MarketRow, lang: Lang): string {
	const listing = inLang(row.listing, lang).trim();
	return listing === '' ? row.company : `${row.company}, ${listing}`;
}

/** "Title (subtitle): Alibaba, Shares, Asian markets, more than 10%; JD.com, +3.6%." for the rows shown. */
export function describeMarket(rows: readonly MarketRow[], state: MarketState, lang: Lang): string {
	const shown = state.rows.flatMap((id) => rows.filter((row) => row.id === id));
	const { punctuation } = words(lang);
	const items = shown.map(
		(row) =>
			`${rowName(row, lang)}, ${formatPctChange(row.changePct, lang, { lowerBound: row.lowerBound })}`
	);
	return `${marketTitle(shown, lang)} (${marketSubtitle(shown, rows, lang)})${items.length > 0 ? `${punctuation.colon}${items.join(punctuation.clause)}` : ''}.`;
}

/**
 * Every row of market.csv as a table: the listing (company, then what is
 * listed), its period, its change in % ("plus de 10" for a lower bound, as
 * the chart writes it), and the sources.
 */
export function marketTable(rows: readonly MarketRow[], lang: Lang): DataTable {
	const { market: copy, numbers } = words(lang);
	return {
		caption: copy.table.caption,
		columns: [
			{ label: copy.table.listing },
			{ label: copy.table.period },
			{ label: copy.table.change, unit: '%', numeric: true }
		],
		rows: rows.map((row) => {
			// a rise that is a lower bound reads "plus de 10", without a sign, as formatPctChange writes it
			const signed = !(row.lowerBound && row.changePct > 0);
			const change = formatNumber(row.changePct, lang, { lowerBound: row.lowerBound, signed });
			return [
				rowName(row, lang),
				copy.periodHeading[row.period],
				row.lowerBound ? numbers.lowerBound(change) : change
			];
		}),
		source: sourceLine(
			rows.map((row) => inLang(row.source, lang)),
			lang
		)
	};
}

/**
 * The words the chart prints around its bars in a state, which its component
 * and its card both print: the title for the periods shown, the unit (with
 * the scale note where it applies), the shown rows' sources (a step showing
 * one listing credits its own source).
 */
export function marketCaption(
	rows: readonly MarketRow[],
	state: MarketState,
	lang: Lang
): Required<ChartCaption> {
	const shown = rows.filter((row) => state.rows.includes(row.id));
	return {
		title: marketTitle(shown, lang),
		subtitle: marketSubtitle(shown, rows, lang),
		source: sourceLine(
			shown.map((row) => inLang(row.source, lang)),
			lang
		)
	};
}
