/**
 * The languages the story is published in: one line each. The first is the
 * default, at the site's root (`/`); each other one lives under its code
 * (`/en/`). Each gets its page, its copy file `data/story.<code>.aml`, its
 * `Intl` locale and its words (`src/lib/i18n/<code>/`). To add a language,
 * add its folder and its line here (README, "Add a language").
 */
import type { Language, Words } from './language.ts';
import { fr } from './fr/index.ts';
import { en } from './en/index.ts';

export const LANGUAGES = [fr, en] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];

export const LANG_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** The language at the site's root. */
export const DEFAULT_LANG: Lang = LANGUAGES[0].code;

export function isLang(code: string): code is Lang {
	return (LANG_CODES as readonly string[]).includes(code);
}

export function language(lang: Lang): Language<Lang> {
	return LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0];
}

export function words(lang: Lang): Words {
	return language(lang).words;
}

/** The `Intl` locale of a language. */
export function locale(lang: Lang): string {
	return language(lang).locale;
}

/** The copy file of a language, relative to the project's root. */
export function copyFile(lang: Lang): string {
	return `data/story.${lang}.aml`;
}

/** A page's path from the site's root for a language: `pagePath('en', 'embed/')` is `/en/embed/`. */
export function pagePath(lang: Lang, path = ''): string {
	return lang === DEFAULT_LANG ? `/${path}` : `/${lang}/${path}`;
}

/** The language of a page, from its path: `/en/…` is English, anything not under a language's code is the default. */
export function langFromPath(pathname: string): Lang {
	const first = pathname.split('/').find((segment) => segment !== '') ?? '';
	return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}
