/**
 * Typesetting of the copy: each language's rules (`src/lib/text/rules.ts`),
 * applied in the order its entry in the language table lists them.
 */
import { language, type Lang } from '../i18n/languages.ts';
import type { Story } from '../types.ts';

export type { TypesetRule } from './rules.ts';

export function typeset(text: string, lang: Lang): string {
	return language(lang).typography.reduce((typeset, rule) => rule(typeset), text);
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
