/**
 * Words every chart prints the same way, whichever chart it is: the source
 * line under the bar charts and the map, in the page's language. Kept in one place so the charts
 * cannot drift apart in wording or punctuation.
 */
import { NBSP } from '$lib/format';
import type { Lang } from '$lib/types';

interface SourceCopy {
	/** the label before one source and before several */
	source: string;
	sources: string;
	/** between two sources: French sets a no-break space before the semicolon */
	separator: string;
}

const SOURCE_COPY: Record<Lang, SourceCopy> = {
	fr: { source: `Source${NBSP}:`, sources: `Sources${NBSP}:`, separator: `${NBSP}; ` },
	en: { source: 'Source:', sources: 'Sources:', separator: '; ' }
};

/** Values in first-seen order, trimmed, without repeats or blanks. */
export function unique(values: string[]): string[] {
	return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** What a row credits, in both languages (a DataCentre, CapexRow or MarketRow). */
export interface Sourced {
	/** French; also the English fallback */
	source: string;
	/** English; '' when the editor gave none */
	sourceEn: string;
}

/**
 * A row's source in the page's language. The English page falls back to the
 * French `source` when `sourceEn` is blank: a name like "Bloomberg
 * Intelligence" often needs no translation, and a French credit beats none.
 */
export function sourceIn(row: Sourced, lang: Lang): string {
	return lang === 'en' && row.sourceEn.trim() !== '' ? row.sourceEn : row.source;
}

/**
 * Rows as the page in `lang` should ship them: the French page never prints
 * an English source, so it blanks them rather than carry them in its
 * serialised data; the English page keeps both, French being its fallback.
 */
export function creditsFor<T extends Sourced>(rows: T[], lang: Lang): T[] {
	return lang === 'en' ? rows : rows.map((row) => ({ ...row, sourceEn: '' }));
}

/**
 * The line under a chart, from the sources of what it shows, de-duplicated:
 * "Source : Bloomberg Intelligence" or "Sources : A ; B". Empty when none is
 * named (the data check reports that; the chart does not invent one).
 */
export function sourceLine(sources: string[], lang: Lang): string {
	const named = unique(sources);
	if (named.length === 0) return '';
	const copy = SOURCE_COPY[lang];
	return `${named.length === 1 ? copy.source : copy.sources} ${named.join(copy.separator)}`;
}
