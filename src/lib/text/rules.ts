/**
 * The typesetter's rules, each a plain-text-in, plain-text-out function, for
 * copy that editors type on ordinary keyboards. A language lists the rules
 * its copy gets (`typography` in `src/lib/i18n/<code>/`). Nothing here
 * produces markup.
 */
import { NBSP, NNBSP } from './spaces.ts';

export type TypesetRule = (text: string) => string;

/** A straight apostrophe between letters (l'IA, don't) becomes ’. */
export function apostrophes(text: string): string {
	return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** Any space a French text may hold before or after a sign: ordinary, no-break or narrow no-break. */
const SPACE = '[ \u00a0\u202f]?';
/** The sign ends a word: followed by a space, the end, or closing punctuation (not 10:30, not a URL's ?query). */
const SIGN_END = '(?=\\s|$|[.,)])';

/**
 * French spacing: the space before : ; ! ? % » and after «, typed or not,
 * becomes the right no-break space, so a colon never starts a line
 * (« mise\n: plus de… »).
 */
export function frenchSpaces(text: string): string {
	return text
		.replace(new RegExp(`(?<=\\S)${SPACE}:${SIGN_END}`, 'g'), `${NBSP}:`)
		.replace(new RegExp(`(?<=\\S)${SPACE}([;!?%])${SIGN_END}`, 'g'), `${NNBSP}$1`)
		.replace(new RegExp(`«${SPACE}`, 'g'), `«${NBSP}`)
		.replace(new RegExp(`${SPACE}»`, 'g'), `${NBSP}»`);
}

/** What an opening quotation mark follows: the start, a space, an opening bracket, a dash. */
const OPENS_AFTER = '(^|[\\s([{\u2013\u2014])';

/**
 * English quotation marks: straight double quotes become “ ” and single ones
 * ‘ ’, opening at the start, after a space, an opening bracket or a dash,
 * and closing anywhere else ("physical world" → “physical world”). Run after
 * `apostrophes`: a straight single quote left over after a letter (the
 * groups' plans) is an apostrophe and comes out as ’, and so does one
 * before a decade ('90s), which only looks like an opening quote.
 */
export function curlyQuotes(text: string): string {
	return text
		.replace(new RegExp(`${OPENS_AFTER}"`, 'gu'), '$1“')
		.replace(/"/g, '”')
		.replace(/(^|\s)'(?=\d\ds\b)/gu, '$1’')
		.replace(new RegExp(`${OPENS_AFTER}'`, 'gu'), '$1‘')
		.replace(/'/g, '’');
}

/** The words of magnitude a number may carry, in the languages of the table: 53 milliards, $53 billion. */
const MAGNITUDE = '(?:mille|milliers?|millions?|milliards?|thousands?|billions?|trillions?)';

/**
 * A number and its word of magnitude never part at a line's end: the space
 * between them becomes a no-break space (« plus de 53 milliards », not
 * « plus de 53 » then « milliards » on the next line of a headline).
 */
export function magnitudeSpaces(text: string): string {
	return text.replace(new RegExp(`(?<=\\d)[ \u202f](?=${MAGNITUDE}\\b)`, 'giu'), NBSP);
}
