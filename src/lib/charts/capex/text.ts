/**
 * The capex chart's words around the data: title, subtitle with who the
 * figures cover (the data's own words), the value labels, and a
 * one-sentence description. The words
 * themselves are in each language's folder (key `capex`).
 */
import { formatBnUsd, formatNumber } from '../../format.ts';
import { locale, words, type Lang } from '../../i18n/languages.ts';
import { sourceLine, unique } from '../shared/sources.ts';
import type { DataTable } from '../shared/table.ts';
import { inLang } from '../../text/translated.ts';
import type { ChartCaption } from '../spec.ts';
import type { CapexRow } from './row.ts';
import type { CapexState } from './state.ts';

export interface CapexWords {
	/** the title: what the bars measure */
	title: string;
	/** the subtitle, from who the figures cover as the data words it: "Total pour les quatre principaux groupes technologiques chinois, en milliards de dollars US" */
	covers: (companies: string) => string;
	unit: string;
	/** the note under an estimated value */
	estimate: string;
	/** the data table's words: its caption, its column headings, and what a figure is */
	table: {
		caption: string;
		year: string;
		amount: string;
		/** the heading of the column that says whether a figure is reported or estimated */
		kind: string;
		reported: string;
		covers: string;
	};
}

/**
 * Who the capex figures cover, from the `companies` column in the page's
 * language, each wording once: the source's own words ("les quatre
 * principaux groupes technologiques chinois"), never a list it does not give.
 */
export function coveredCompanies(rows: readonly CapexRow[], lang: Lang): string[] {
	return unique(rows.map((r) => inLang(r.companies, lang)));
}

/** Title and subtitle: what the bars measure, then who they cover (as the data says) and the unit. */
export function capexHeading(
	rows: readonly CapexRow[],
	lang: Lang
): { title: string; subtitle: string } {
	const companies = coveredCompanies(rows, lang);
	const copy = words(lang).capex;
	return {
		title: copy.title,
		subtitle:
			companies.length > 0
				? copy.covers(new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(companies))
				: copy.unit
	};
}

/** A bar's label: the value ("plus de 32 Md$"), then the estimate note for an estimate. */
export function capexLabel(row: CapexRow, lang: Lang): string[] {
	const value = formatBnUsd(row.valueBnUsd, lang, { lowerBound: row.lowerBound });
	return row.estimate ? [value, words(lang).capex.estimate] : [value];
}

/** "Title. Subtitle: 2023, 13 Md$; 2025, plus de 32 Md$ estimation." for the years shown. */
export function describeCapex(rows: readonly CapexRow[], state: CapexState, lang: Lang): string {
	const { title, subtitle } = capexHeading(rows, lang);
	const shown = rows
		.filter((row) => state.years.includes(row.year))
		.map((row) => `${row.year}, ${capexLabel(row, lang).join(' ')}`);
	const { punctuation } = words(lang);
	return `${title}. ${subtitle}${shown.length > 0 ? `${punctuation.colon}${shown.join(punctuation.clause)}` : ''}.`;
}

/**
 * Every row of capex.csv as a table: the year, the amount in billions of US
 * dollars ("plus de 32" for a lower bound), whether it is reported or
 * estimated, whom it covers, and the sources.
 */
export function capexTable(rows: readonly CapexRow[], lang: Lang): DataTable {
	const { capex: copy, numbers } = words(lang);
	return {
		caption: copy.table.caption,
		columns: [
			{ label: copy.table.year },
			{ label: copy.table.amount, unit: copy.unit, numeric: true },
			{ label: copy.table.kind },
			{ label: copy.table.covers }
		],
		rows: rows.map((row) => {
			const amount = formatNumber(row.valueBnUsd, lang, { lowerBound: row.lowerBound });
			return [
				String(row.year),
				row.lowerBound ? numbers.lowerBound(amount) : amount,
				row.estimate ? copy.estimate : copy.table.reported,
				inLang(row.companies, lang)
			];
		}),
		source: sourceLine(
			rows.map((row) => inLang(row.source, lang)),
			lang
		)
	};
}

/** The words the chart prints around its bars: its heading and the source line of every row (each year keeps its slot). */
export function capexCaption(rows: readonly CapexRow[], lang: Lang): ChartCaption {
	return {
		...capexHeading(rows, lang),
		source: sourceLine(
			rows.map((row) => inLang(row.source, lang)),
			lang
		)
	};
}
