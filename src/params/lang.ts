/**
 * The optional first segment of a page's path: a language of the language
 * table other than the default, which lives at the root (`/en/`, not `/fr/`).
 */
import { DEFAULT_LANG, isLang } from '$lib/i18n/languages';

export function match(param: string): boolean {
	return isLang(param) && param !== DEFAULT_LANG;
}
