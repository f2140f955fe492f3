import { cardImage, embedEntries, embedFor, storyPageFor } from '$lib/server/embeds';

/** One page per language: `/embed/story/`, `/en/embed/story/`. */
export async function entries(): Promise<{ lang?: string }[]> {
	return (await embedEntries('story')).map(({ lang }) => (lang ? { lang } : {}));
}

export async function load({ params }: { params: { lang?: string } }) {
	const page = await storyPageFor(params.lang);
	const embed = embedFor(page, 'story');
	return { ...page, embed, card: cardImage(embed) };
}
