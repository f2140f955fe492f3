/** What `npm run data:check -- [--lang fr|en] [FOLDER]` asks for, and its mistakes. */
import { describe, expect, it } from 'vitest';
import { readCliArgs } from '$lib/data/cli-args';
import { renderMessage } from '$lib/i18n/messages';

describe('readCliArgs', () => {
	it.each([
		['nothing: this folder, English', [], {}, { root: '.', lang: 'en' }],
		['a folder', ['../other'], {}, { root: '../other', lang: 'en' }],
		['--lang fr', ['--lang', 'fr'], {}, { root: '.', lang: 'fr' }],
		['--lang=fr and a folder', ['proj', '--lang=fr'], {}, { root: 'proj', lang: 'fr' }],
		['LANG when no --lang', [], { LANG: 'fr_FR.UTF-8' }, { root: '.', lang: 'fr' }],
		['--lang over LANG', ['--lang', 'en'], { LANG: 'fr_FR.UTF-8' }, { root: '.', lang: 'en' }]
	])('%s', (_name, args, env, expected) => {
		expect(readCliArgs(args, env)).toEqual({ ok: true, ...expected });
	});

	it.each([
		[
			'a language the story lacks',
			['--lang', 'de'],
			'--lang "de" is not a language of the story (expected fr or en)'
		],
		[
			'--lang with no value',
			['--lang'],
			'--lang "" is not a language of the story (expected fr or en)'
		],
		[
			'an unknown option',
			['--verbose'],
			'"--verbose" is not an option (expected npm run data:check -- --lang fr|en FOLDER, both optional)'
		],
		[
			'two folders',
			['a', 'b'],
			'"b" is not an option (expected npm run data:check -- --lang fr|en FOLDER, both optional)'
		]
	])('refuses %s, in the environment’s language', (_name, args, text) => {
		const request = readCliArgs(args, {});
		expect(request.ok).toBe(false);
		if (!request.ok) {
			expect(request.lang).toBe('en');
			expect(renderMessage(request.message)).toBe(text);
		}
		const french = readCliArgs(args, { LANG: 'fr_FR.UTF-8' });
		expect(french.lang).toBe('fr');
	});
});
