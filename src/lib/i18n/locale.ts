/**
 * Which language a terminal speaks: what `npm run data:check`, `vite build`
 * and `vite dev` print the checker's lines in, when no `--lang` says.
 */
import { isLang, type Lang } from './languages.ts';
import { FALLBACK_LANG } from './messages.ts';

/** The variables a POSIX system sets the language of messages with, the strongest first. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the table a POSIX locale name names: `fr_FR.UTF-8` and
 * `fr` are French, `en_US@euro` English; `C`, `POSIX` and languages the
 * table lacks are none.
 */
export function langOfLocale(locale: string): Lang | undefined {
	const code = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale.trim())?.[1]?.toLowerCase() ?? '';
	return isLang(code) ? code : undefined;
}

/**
 * The environment's language: the first of LC_ALL, LC_MESSAGES and LANG that
 * is set decides, as it does for every POSIX program (so `LC_ALL=C` means the
 * fallback even with `LANG=fr_FR.UTF-8`); the fallback, English, when none is
 * set or the one set names a language the table lacks.
 */
export function environmentLang(env: Readonly<Record<string, string | undefined>>): Lang {
	const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value);
	return (locale === undefined ? undefined : langOfLocale(locale)) ?? FALLBACK_LANG;
}
