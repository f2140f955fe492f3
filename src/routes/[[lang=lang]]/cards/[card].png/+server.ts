/**
 * Each embed's card, a PNG prerendered to build/cards/<id>.png (and
 * build/<lang>/cards/<id>.png): the `og:image` of the embed's page (the
 * story's card, of the story's page too), and the image a host without
 * iframes shows. See src/lib/server/chart-card.ts.
 */
import { embedCardPng } from '$lib/server/chart-card';
import { embedEntries, embedFor, storyPageFor, type EmbedKind } from '$lib/server/embeds';

export const prerender = true;
// the layout asks pages for a trailing slash; a file must keep its plain name
export const trailingSlash = 'never';

const KINDS: EmbedKind[] = ['story', 'chart', 'step'];

export async function entries(): Promise<{ lang?: string; card: string }[]> {
	const embeds = await Promise.all(KINDS.map(embedEntries));
	return embeds
		.flat()
		.map(({ lang, embed }) => (lang ? { lang, card: embed.id } : { card: embed.id }));
}

export async function GET({
	params
}: {
	params: { lang?: string; card: string };
}): Promise<Response> {
	const page = await storyPageFor(params.lang);
	return new Response(embedCardPng(page, embedFor(page, params.card)), {
		headers: { 'content-type': 'image/png' }
	});
}
