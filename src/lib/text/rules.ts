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
