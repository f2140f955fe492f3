/** The terminal's language: from a POSIX locale name, and from the environment's variables in their order. */
import { describe, expect, it } from 'vitest';
import { environmentLang, langOfLocale } from '$lib/i18n/locale';

describe('langOfLocale', () => {
	it.each([
		['fr_FR.UTF-8', 'fr'],
		['fr_CA', 'fr'],
		['fr', 'fr'],
		['FR_fr.utf8', 'fr'],
		['en_GB.UTF-8', 'en'],
		['en_US@euro', 'en'],
		['en-GB', 'en'],
		['C.UTF-8', undefined],
		['C', undefined],
		['POSIX', undefined],
		['de_DE.UTF-8', undefined],
		['french', undefined],
		['', undefined]
	])('%s is %s', (locale, lang) => {
		expect(langOfLocale(locale)).toBe(lang);
	});
});

describe('environmentLang', () => {
	it.each([
		['LANG alone', { LANG: 'fr_FR.UTF-8' }, 'fr'],
		['nothing set: English', {}, 'en'],
		['an empty variable counts as unset', { LC_ALL: '', LANG: 'fr_FR.UTF-8' }, 'fr'],
		['LC_MESSAGES over LANG', { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en'],
		['LC_ALL over both', { LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'en_GB', LANG: 'en_GB' }, 'fr'],
		['LC_ALL=C means English, even with LANG French', { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'en'],
		['a language the table lacks: English', { LANG: 'de_DE.UTF-8' }, 'en']
	])('%s', (_name, env, lang) => {
		expect(environmentLang(env)).toBe(lang);
	});
});
