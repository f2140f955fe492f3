/**
 * Translated CSV columns (`source`, `source_en`; `listing_fr`, `listing_en`):
 * which text a page prints, and what a page ships. `inLang` is browser-safe;
 * `rowsForPage` runs at build time.
 */
import type { Lang } from '../i18n/languages.ts';
import type { Translated } from '../types.ts';
import { typeset } from './typography.ts';

/**
 * The text for a page in `lang`: its `<column>_<lang>` when not blank, else
 * the base column. A name like "Bloomberg Intelligence" often needs no
 * translation, and the base text beats none.
 */
export function inLang(text: Translated, lang: Lang): string {
	const own = text.byLang[lang]?.trim() ?? '';
	return own !== '' ? own : text.base;
}

function isTranslated(value: unknown): value is Translated {
	return typeof value === 'object' && value !== null && 'base' in value && 'byLang' in value;
}

/**
 * Rows as a page in `lang` ships them: every translated field resolved to the
 * text the page prints (`inLang`) and typeset for the language, so the page
 * carries no other language's text and the charts print it as it is.
 */
export function rowsForPage<T extends object>(rows: readonly T[], lang: Lang): T[] {
	return rows.map((row) => {
		const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
		for (const [key, value] of Object.entries(out)) {
			if (isTranslated(value)) out[key] = { base: typeset(inLang(value, lang), lang), byLang: {} };
		}
		return out as unknown as T;
	});
}
