/**
 * The language table: codes, paths and locales, and every language filling
 * in every word the page and the charts print (no empty string, every
 * function answering with text).
 */
import { describe, expect, it } from 'vitest';
import {
	copyFile,
	DEFAULT_LANG,
	isLang,
	LANG_CODES,
	LANGUAGES,
	langFromPath,
	language,
	locale,
	pagePath,
	words
} from '$lib/i18n/languages';
import type { Lang } from '$lib/types';

describe('the table', () => {
	it('publishes French first, at the root, then English', () => {
		expect(LANG_CODES).toEqual(['fr', 'en']);
		expect(DEFAULT_LANG).toBe('fr');
	});

	it('gives each language a distinct lower-case ISO 639-1 code, a locale of that language and its own name', () => {
		expect(new Set(LANG_CODES).size).toBe(LANG_CODES.length);
		for (const l of LANGUAGES) {
			expect(l.code).toMatch(/^[a-z]{2}$/);
			expect(l.locale.split('-')[0]).toBe(l.code);
			expect(() => new Intl.NumberFormat(l.locale)).not.toThrow();
			expect(
				new Intl.DisplayNames([l.locale], { type: 'language' }).of(l.code)?.toLowerCase()
			).toBe(l.name.toLowerCase());
			expect(l.typography.length).toBeGreaterThan(0);
		}
	});

	it.each([
		['fr', 'fr-FR'],
		['en', 'en-GB']
	] as const)('looks %s up: locale %s, its words and its entry', (code, expected) => {
		expect(locale(code)).toBe(expected);
		expect(language(code).code).toBe(code);
		expect(words(code)).toBe(language(code).words);
	});

	it.each([
		['fr', true],
		['en', true],
		['de', false],
		['FR', false],
		['', false],
		['english', false]
	])('knows whether %j is a language of the story: %s', (code, expected) => {
		expect(isLang(code)).toBe(expected);
	});
});

describe('langFromPath', () => {
	it.each([
		['/', 'fr'],
		['/en/', 'en'],
		['/en', 'en'],
		['/en/anything/', 'en'],
		['/en/embed/step/3/', 'en'],
		['en/', 'en'],
		['//en//', 'en'],
		['/english/', 'fr'],
		['/fr/', 'fr'],
		['/EN/', 'fr'],
		['/embed/en/', 'fr'],
		['/geo/world.svg', 'fr'],
		['', 'fr']
	])('%s is %s', (path, lang) => {
		expect(langFromPath(path)).toBe(lang);
	});
});

describe('pagePath', () => {
	it.each<[Lang, string | undefined, string]>([
		['fr', undefined, '/'],
		['en', undefined, '/en/'],
		['fr', 'embed/', '/embed/'],
		['en', 'embed/', '/en/embed/'],
		['en', 'embed/step/3/', '/en/embed/step/3/']
	])('puts %s’s %j at %s', (lang, path, expected) => {
		expect(pagePath(lang, path)).toBe(expected);
	});

	it('is read back by langFromPath for every language', () => {
		for (const lang of LANG_CODES) {
			expect(langFromPath(pagePath(lang))).toBe(lang);
			expect(langFromPath(pagePath(lang, 'embed/story/'))).toBe(lang);
		}
	});
});

describe('copyFile', () => {
	it.each([
		['fr', 'data/story.fr.aml'],
		['en', 'data/story.en.aml']
	] as const)('names %s’s copy %s', (lang, file) => {
		expect(copyFile(lang)).toBe(file);
	});
});

/**
 * What each word function is called with: its awkward values (0, 1, many,
 * past the counts written in words; each status; first or not). A function
 * missing here fails the walk, so a new word cannot go untested.
 */
const ARGUMENTS: Record<string, unknown[][]> = {
	'page.stepOf': [
		[1, 1],
		[3, 15]
	],
	'numbers.bnUsd': [['32'], ['0'], ['\u22125']],
	'numbers.percent': [['+3,6'], ['0']],
	'numbers.lowerBound': [['32 Md$']],
	'problems.errors': [[1], [2]],
	'problems.warningsOnly': [[1], [2]],
	'map.closeUp': [['Pays-Bas']],
	'map.count': [
		[1, 'existing', true],
		[2, 'planned', false],
		[3, 'existing', false],
		[1, 'planned', true]
	],
	'map.approximate': [[1], [5]],
	'capex.title': [[0], [1], [2], [4], [6], [7]],
	'capex.covers': [['Alibaba, Tencent et Baidu']]
};

/** Every string of a words object, and every function's answers, with their paths. */
function leaves(value: unknown, path: string): [string, unknown][] {
	if (typeof value === 'function') {
		const calls = ARGUMENTS[path];
		if (!calls) throw new Error(`no arguments to call ${path} with: add them to ARGUMENTS`);
		return calls.map((args) => [
			`${path}(${args.join(', ')})`,
			(value as (...a: unknown[]) => unknown)(...args)
		]);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, child]) =>
			leaves(child, path === '' ? key : `${path}.${key}`)
		);
	}
	return [[path, value]];
}

describe('every language has every word', () => {
	const [first] = LANGUAGES;
	const shape = (value: unknown): unknown =>
		typeof value === 'object' && value !== null
			? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
			: typeof value;

	it.each(LANGUAGES.map((l) => [l.code, l] as const))(
		'%s: no string is empty and every function answers with text',
		(_code, l) => {
			const found = leaves(l.words, '');
			expect(found.length).toBeGreaterThan(40);
			for (const [path, value] of found) {
				expect(typeof value, path).toBe('string');
				expect((value as string).trim(), path).not.toBe('');
				expect(value as string, path).not.toMatch(/undefined|NaN|\[object/);
			}
		}
	);

	it.each(LANGUAGES.map((l) => [l.code, l] as const))(
		'%s has the same words as the first language, no more, no fewer',
		(_code, l) => {
			expect(shape(l.words)).toEqual(shape(first?.words));
		}
	);

	it('translates: no two languages print the same page words', () => {
		const [fr, en] = [words('fr'), words('en')];
		expect(fr.page.kicker).not.toBe(en.page.kicker);
		expect(fr.page.sourcesHeading).not.toBe(en.page.sourcesHeading);
		expect(fr.map.world).not.toBe(en.map.world);
	});

	it.each([
		['fr', 'Étape 3 sur 15', 'Lire en français'],
		['en', 'Step 3 of 15', 'Read in English']
	] as const)(
		'numbers steps for screen readers in %s, and invites its readers in it',
		(lang, step, readIn) => {
			expect(words(lang).page.stepOf(3, 15)).toBe(step);
			expect(words(lang).page.readIn).toBe(readIn);
		}
	);
});
