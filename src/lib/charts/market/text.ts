/**
 * The market chart's words around the data: the title that says which period
 * the bars cover, the unit, the group headings, and a one-sentence
 * description. The words themselves are in each language's folder (key
 * `market`).
 */
import { formatPctChange } from '../../format.ts';
import { words, type Lang } from '../../i18n/languages.ts';
import { inLang } from '../../text/translated.ts';
import { MARKET_PERIODS, type MarketPeriod, type MarketRow } from './row.ts';
import type { MarketState } from './state.ts';
import { sourceLine } from '../shared/sources.ts';
import type { ChartCaption } from '../spec.ts';

export interface MarketWords {
	/** the title, by the periods shown */
	title: Record<MarketPeriod | 'both', string>;
	unit: string;
	/** the heading of each period's group when both are shown */
	periodHeading: Record<MarketPeriod, string>;
}

/** The periods present among `rows`, in the order of MARKET_PERIODS ('day' first). */
export function periodsShown(rows: readonly Pick<MarketRow, 'period'>[]): MarketPeriod[] {
	const present = new Set(rows.map((r) => r.period));
	return MARKET_PERIODS.filter((p) => present.has(p));
}

/** A title that says which period the bars cover, so figures of different periods are never read as one. */
export function marketTitle(shown: readonly Pick<MarketRow, 'period'>[], lang: Lang): string {
	const periods = periodsShown(shown);
	const titles = words(lang).market.title;
	if (periods.length > 1) return titles.both;
	return periods[0] === 'ytd' ? titles.ytd : titles.day;
}

/** A row's name as a reader sees it: the company, then the listing when there is one. */
export function rowName(row: MarketRow, lang: Lang): string {
	const listing = inLang(row.listing, lang).trim();
	return listing === '' ? row.company : `${row.company}, ${listing}`;
}

/** "Title (unit): Alibaba, Shares, Asian markets, more than +10%; JD.com, +3.6%." for the rows shown. */
export function describeMarket(rows: readonly MarketRow[], state: MarketState, lang: Lang): string {
	const shown = state.rows.flatMap((id) => rows.filter((row) => row.id === id));
	const { market, punctuation } = words(lang);
	const items = shown.map(
		(row) =>
			`${rowName(row, lang)}, ${formatPctChange(row.changePct, lang, { lowerBound: row.lowerBound })}`
	);
	return `${marketTitle(shown, lang)} (${market.unit})${items.length > 0 ? `${punctuation.colon}${items.join(punctuation.clause)}` : ''}.`;
}

/** The words the chart prints around its bars in a state: the title for the periods shown, the unit, the shown rows' sources. */
export function marketCaption(
	rows: readonly MarketRow[],
	state: MarketState,
	lang: Lang
): ChartCaption {
	const shown = rows.filter((row) => state.rows.includes(row.id));
	return {
		title: marketTitle(shown, lang),
		subtitle: words(lang).market.unit,
		source: sourceLine(
			shown.map((row) => inLang(row.source, lang)),
			lang
		)
	};
}
