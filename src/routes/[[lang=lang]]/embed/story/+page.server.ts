import { cardImage, embedEntries, embedFor, storyPageFor } from '$lib/server/embeds';

/** One page per language: `/embed/story/`, `/en/embed/story/`. */
export function entries(): { lang?: string }[] {
	return embedEntries('story').map(({ lang }) => (lang ? { lang } : {}));
}

export function load({ params }: { params: { lang?: string } }) {
	const page = storyPageFor(params.lang);
	const embed = embedFor(page, 'story');
	return { ...page, embed, card: cardImage(embed) };
}
