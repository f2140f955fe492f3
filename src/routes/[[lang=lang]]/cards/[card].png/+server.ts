/**
 * Each embed's card, a PNG prerendered to build/cards/<id>.png (and
 * build/<lang>/cards/<id>.png): the `og:image` of the embed's page (the
 * story's card, of the story's page too), and the image a host without
 * iframes shows. See src/lib/server/chart-card.ts.
 */
import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, LANG_CODES, type Lang } from '$lib/i18n/languages';
import { embedCardPng } from '$lib/server/chart-card';
import { embedsOf } from '$lib/server/embeds';
import { loadStoryPage } from '$lib/server/story-page';

export const prerender = true;
// the layout asks pages for a trailing slash; a file must keep its plain name
export const trailingSlash = 'never';

export function entries(): { lang?: string; card: string }[] {
	return LANG_CODES.flatMap((lang) => {
		const page = loadStoryPage(lang);
		if (!page.ok) return [];
		return embedsOf(page).map((embed) =>
			lang === DEFAULT_LANG ? { card: embed.id } : { lang, card: embed.id }
		);
	});
}

export function GET({ params }: { params: { lang?: string; card: string } }): Response {
	const page = loadStoryPage((params.lang ?? DEFAULT_LANG) as Lang);
	if (!page.ok) error(500, 'data/ has problems: npm run data:check lists them');
	const embed = embedsOf(page).find((e) => e.id === params.card);
	if (!embed) error(404, `no card ${params.card}`);
	return new Response(embedCardPng(page, embed), { headers: { 'content-type': 'image/png' } });
}
