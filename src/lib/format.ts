/**
 * How the story writes numbers in each language, for chart labels, axes and
 * the text equivalents of the charts: digits and separators from `Intl` with
 * the language's locale, units and "more than" from its words (French, for
 * one, sets a no-break space before a unit, "32 Md$", and a narrow one
 * before "%", "+3,6 %"). Every language gets a true minus sign (U+2212),
 * not a hyphen.
 *
 * A lower bound ("more than" in the source) is written out in words, "plus
 * de 32 Md$" / "more than $32bn": a reader understands it without a legend.
 * It is rounded down, never up, so "more than" stays true.
 */
import { locale, words, type Lang } from './i18n/languages.ts';
import { MINUS } from './text/spaces.ts';

/** At most one decimal: the source gives figures such as 3.6 %, never finer. */
const MAX_FRACTION_DIGITS = 1;
/** Digits kept for a value that one decimal would show as 0 (e.g. 0.04), so a small move is not written "0". */
const SMALL_VALUE_SIGNIFICANT_DIGITS = 2;

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
 * Formatters already built, by language and options: building one loads the
 * locale's data and costs far more than formatting (on a phone, a chart that
 * labels its bars anew at each step spent most of its time here).
 */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale(lang), options);
		formats.set(key, format);
	}
	return format;
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
	let format = numberFormat(lang, {
		maximumFractionDigits: MAX_FRACTION_DIGITS,
		roundingMode,
		signDisplay
	});
	const roundsToZero = value !== 0 && !/[1-9]/.test(format.format(value));
	if (roundsToZero) {
		format = numberFormat(lang, {
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
	const { numbers } = words(lang);
	const amount = numbers.bnUsd(formatNumber(value, lang, options));
	return options.lowerBound ? numbers.lowerBound(amount) : amount;
}

/**
 * A percentage change, signed: fr "+3,6 %", en "+3.6%", "−2 %" for a fall,
 * "0 %" for none. A lower bound on a rise reads in words, without the sign
 * ("plus de 10 %", "more than 10%"): "plus de +10 %" is not how a
 * newspaper writes it. A fall keeps its minus sign.
 */
export function formatPctChange(value: number, lang: Lang, options: FormatOptions = {}): string {
	assertFinite(value, 'formatPctChange');
	const { numbers } = words(lang);
	const signed = !(options.lowerBound && value > 0);
	const amount = numbers.percent(formatNumber(value, lang, { ...options, signed }));
	return options.lowerBound ? numbers.lowerBound(amount) : amount;
}
