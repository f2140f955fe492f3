import { DEFAULT_LANG, LANG_CODES, type Lang } from '$lib/i18n/languages';
import { loadStoryPage } from '$lib/server/story-page';

/** One page per language of the table: the default at `/`, the others at `/<code>/`. */
export function entries(): { lang?: string }[] {
	return LANG_CODES.map((lang) => (lang === DEFAULT_LANG ? {} : { lang }));
}

export const load = ({ params }: { params: { lang?: string } }) =>
	loadStoryPage((params.lang ?? DEFAULT_LANG) as Lang);
