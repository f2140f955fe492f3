/**
 * How the story writes numbers, in French and English, for chart labels,
 * axes and the text equivalents of the charts.
 *
 * French typography: a no-break space before a unit ("32 Md$") and a narrow
 * no-break space before "%" ("+3,6 %"), as the Imprimerie nationale's
 * "Lexique des règles typographiques" asks. Every language gets a true minus
 * sign (U+2212), not a hyphen.
 *
 * A lower bound ("more than" in the source) is written out in words, "plus
 * de 32 Md$" / "more than $32bn": a reader understands it without a legend.
 * It is rounded down, never up, so "more than" stays true.
 */
import type { Lang } from '$lib/types';

/** U+00A0: keeps a number and its unit on one line. */
export const NBSP = '\u00A0';
/** U+202F: the French narrow no-break space before "%". */
export const NNBSP = '\u202F';
/** U+2212: the typographic minus sign. */
export const MINUS = '\u2212';

/** At most one decimal: the source gives figures such as 3.6 %, never finer. */
const MAX_FRACTION_DIGITS = 1;
/** Digits kept for a value that one decimal would show as 0 (e.g. 0.04), so a small move is not written "0". */
const SMALL_VALUE_SIGNIFICANT_DIGITS = 2;

/** The BCP 47 locale behind each language, for every Intl formatter of the story (numbers, lists, country names). */
export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const LOWER_BOUND_PREFIX: Record<Lang, string> = { fr: 'plus de ', en: 'more than ' };

export interface FormatOptions {
	/** the true value is at least this one ("more than"); default false */
	lowerBound?: boolean;
}

/** Throws on NaN and ±Infinity: a non-finite value here is a bug in a parser or a layout upstream. */
function assertFinite(value: number, what: string): void {
	if (!Number.isFinite(value)) {
		throw new RangeError(`${what}: expected a finite number, got ${String(value)}`);
	}
}

/**
 * The number alone, in the language's digits and separators, with a real
 * minus sign; `signed` adds "+" to positive values (never to zero).
 */
export function formatNumber(
	value: number,
	lang: Lang,
	options: FormatOptions & { signed?: boolean } = {}
): string {
	assertFinite(value, 'formatNumber');
	const roundingMode = options.lowerBound ? 'floor' : 'halfExpand';
	const signDisplay = options.signed ? 'exceptZero' : 'auto';
	let format = new Intl.NumberFormat(LOCALES[lang], {
		maximumFractionDigits: MAX_FRACTION_DIGITS,
		roundingMode,
		signDisplay
	});
	const roundsToZero = value !== 0 && !/[1-9]/.test(format.format(value));
	if (roundsToZero) {
		format = new Intl.NumberFormat(LOCALES[lang], {
			maximumSignificantDigits: SMALL_VALUE_SIGNIFICANT_DIGITS,
			roundingMode,
			signDisplay
		});
	}
	// CLDR writes a hyphen-minus for both languages; the page wants the typographic sign.
	return format.format(value).replace('-', MINUS);
}

/**
 * Billions of US dollars: fr "32 Md$", en "$32bn"; lower bounds
 * fr "plus de 32 Md$", en "more than $32bn".
 */
export function formatBnUsd(value: number, lang: Lang, options: FormatOptions = {}): string {
	assertFinite(value, 'formatBnUsd');
	const number = formatNumber(value, lang, options);
	// English puts the currency after the sign: "−$5bn"
	const amount =
		lang === 'fr' ? `${number}${NBSP}Md$` : `${number.replace(/^(\u2212?)/, '$1$$')}bn`;
	return options.lowerBound ? LOWER_BOUND_PREFIX[lang] + amount : amount;
}

/**
 * A percentage change, always signed: fr "+3,6 %", en "+3.6%", "−2 %" for
 * a fall, "0 %" for none; lower bounds fr "plus de +10 %", en "more than +10%".
 */
export function formatPctChange(value: number, lang: Lang, options: FormatOptions = {}): string {
	assertFinite(value, 'formatPctChange');
	const number = formatNumber(value, lang, { ...options, signed: true });
	const amount = lang === 'fr' ? `${number}${NNBSP}%` : `${number}%`;
	return options.lowerBound ? LOWER_BOUND_PREFIX[lang] + amount : amount;
}
