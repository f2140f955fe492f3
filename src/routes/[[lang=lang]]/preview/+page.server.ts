import { DEFAULT_LANG, LANG_CODES, type Lang } from '$lib/i18n/languages';
import { loadPreviewPage } from '$lib/server/preview-page';

/** Server HTML; the preview island does the rest (src/lib/islands/preview.svelte.ts). */
export const csr = false;

/** One page per language of the table: `/preview/` for the default, `/<code>/preview/` for the others. */
export function entries(): { lang?: string }[] {
	return LANG_CODES.map((lang) => (lang === DEFAULT_LANG ? {} : { lang }));
}

export const load = ({ params }: { params: { lang?: string } }) =>
	loadPreviewPage((params.lang ?? DEFAULT_LANG) as Lang);
