import { DEFAULT_LANG, LANG_CODES } from '$lib/i18n/languages';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/server/cards';
import { embedIndexWords } from '$lib/server/embed-index-words';
import { cardImage, embedsOf, PLAIN_IFRAME_HEIGHT, storyPageFor } from '$lib/server/embeds';

/** The embed index in every language: `/embed/`, `/en/embed/`. */
export function entries(): { lang?: string }[] {
	return LANG_CODES.map((lang) => (lang === DEFAULT_LANG ? {} : { lang }));
}

export async function load({ params }: { params: { lang?: string } }) {
	const page = await storyPageFor(params.lang);
	const embeds = embedsOf(page).map(({ id, kind, path, card, title, description, step }) => ({
		id,
		kind,
		path,
		card,
		title,
		description,
		step,
		height: PLAIN_IFRAME_HEIGHT[kind]
	}));
	const story = embedsOf(page)[0]!;
	return {
		lang: page.lang,
		words: embedIndexWords(page.lang),
		embeds,
		card: cardImage(story),
		cardSize: { width: CARD_WIDTH, height: CARD_HEIGHT }
	};
}
