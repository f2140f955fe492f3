/**
 * The embed index's words in a language: `embed-index.ts` in the language's
 * folder (src/lib/i18n/<code>/), found by name like the charts' components,
 * so that the language table, which every island imports, does not carry
 * them. A language added by copying a folder (README, "Add a language") has
 * them; one without them stops the build of its index, saying so.
 */
import type { EmbedIndexWords } from '$lib/i18n/language';
import type { Lang } from '$lib/i18n/languages';

const WORDS = import.meta.glob<EmbedIndexWords>('../i18n/*/embed-index.ts', {
	eager: true,
	import: 'embedIndex'
});

export function embedIndexWords(lang: Lang): EmbedIndexWords {
	const found = WORDS[`../i18n/${lang}/embed-index.ts`];
	if (!found)
		throw new Error(
			`src/lib/i18n/${lang}/embed-index.ts is missing: the embed index needs its words (copy and translate src/lib/i18n/en/embed-index.ts)`
		);
	return found;
}
