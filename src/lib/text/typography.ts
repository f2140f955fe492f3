/**
 * Typesetting for copy that editors type on ordinary keyboards: typographic
 * apostrophes, and in French the no-break spaces before : ; ! ? % » and after «
 * that keep a colon from starting a line (« mise\n: plus de… »). Plain text in,
 * plain text out: nothing here produces markup.
 */
import type { Lang, Story } from '../types';

const NBSP = '\u00a0';
/** narrow no-break space: French convention before ; ! ? and % */
const NNBSP = '\u202f';

/** A straight apostrophe between letters (l'IA, don't) becomes ’. */
function apostrophes(text: string): string {
	return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** Any space a French text may hold before or after a sign: ordinary, no-break or narrow no-break. */
const SPACE = '[ \u00a0\u202f]?';
/** The sign ends a word: followed by a space, the end, or closing punctuation (not 10:30, not a URL's ?query). */
const SIGN_END = '(?=\\s|$|[.,)])';

/** French spacing: the space before : ; ! ? % » and after «, typed or not, becomes the right no-break space. */
function frenchSpaces(text: string): string {
	return text
		.replace(new RegExp(`(?<=\\S)${SPACE}:${SIGN_END}`, 'g'), `${NBSP}:`)
		.replace(new RegExp(`(?<=\\S)${SPACE}([;!?%])${SIGN_END}`, 'g'), `${NNBSP}$1`)
		.replace(new RegExp(`«${SPACE}`, 'g'), `«${NBSP}`)
		.replace(new RegExp(`${SPACE}»`, 'g'), `${NBSP}»`);
}

export function typeset(text: string, lang: Lang): string {
	const withApostrophes = apostrophes(text);
	return lang === 'fr' ? frenchSpaces(withApostrophes) : withApostrophes;
}

/** The story with every text field typeset for its language. */
export function typesetStory(story: Story): Story {
	const t = (text: string) => typeset(text, story.lang);
	return {
		...story,
		headline: t(story.headline),
		dek: t(story.dek),
		byline: t(story.byline),
		intro: story.intro.map(t),
		steps: story.steps.map((step) => ({ ...step, text: step.text.map(t) })),
		outro: story.outro.map(t),
		sources: story.sources.map(t)
	};
}
