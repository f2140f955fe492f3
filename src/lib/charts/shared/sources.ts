/**
 * The source line every chart prints under itself, in the page's language,
 * from the sources of what it shows. One place, so the charts cannot drift
 * apart in wording or punctuation.
 */
import { words, type Lang } from '../../i18n/languages.ts';

/** Values in first-seen order, trimmed, without repeats or blanks. */
export function unique(values: readonly string[]): string[] {
	return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/**
 * "Source : Bloomberg Intelligence" or "Sources : A ; B", de-duplicated.
 * Empty when none is named (the data check reports that; the chart does not
 * invent one).
 */
export function sourceLine(sources: readonly string[], lang: Lang): string {
	const named = unique(sources);
	if (named.length === 0) return '';
	const copy = words(lang).sources;
	return `${named.length === 1 ? copy.source : copy.sources} ${named.join(copy.separator)}`;
}
