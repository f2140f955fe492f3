import { describe, expect, it } from 'vitest';
import { langFromPath, STRINGS } from '$lib/i18n';

describe('langFromPath', () => {
	it.each([
		['/', 'fr'],
		['/en/', 'en'],
		['/en', 'en'],
		['/en/anything/', 'en'],
		['/english/', 'fr'],
		['/geo/world.svg', 'fr'],
		['', 'fr']
	])('%s is %s', (path, lang) => {
		expect(langFromPath(path)).toBe(lang);
	});
});

describe('STRINGS', () => {
	it('links each language to the other one', () => {
		expect(STRINGS.fr.otherLanguageLang).toBe('en');
		expect(STRINGS.en.otherLanguageLang).toBe('fr');
	});

	it.each([
		['fr', 'Étape 3 sur 15'],
		['en', 'Step 3 of 15']
	] as const)('numbers steps for screen readers in %s', (lang, expected) => {
		expect(STRINGS[lang].stepOf(3, 15)).toBe(expected);
	});
});
