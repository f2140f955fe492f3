import { DEFAULT_LANG, LANG_CODES, type Lang } from '$lib/i18n/languages';
import { cardImage, embedsOf } from '$lib/server/embeds';
import { loadStoryPage } from '$lib/server/story-page';

/**
 * No hydration: the page is server HTML, and only its islands run (the
 * pinned graphic and the scroll engine, see src/lib/islands/).
 */
export const csr = false;

/** One page per language of the table: the default at `/`, the others at `/<code>/`. */
export function entries(): { lang?: string }[] {
	return LANG_CODES.map((lang) => (lang === DEFAULT_LANG ? {} : { lang }));
}

export async function load({ params }: { params: { lang?: string } }) {
	const page = await loadStoryPage((params.lang ?? DEFAULT_LANG) as Lang);
	// the story's card (cards/story.png) is the page's og:image
	const story = page.ok ? embedsOf(page).find((embed) => embed.kind === 'story') : undefined;
	return { ...page, card: story && cardImage(story) };
}
