/**
 * Translated CSV columns: which text a page prints (`inLang`: the page's
 * translation when not blank, else the base column), and what a page ships
 * (`rowsForPage`: every translated field resolved and typeset, no other
 * language's text left in).
 */
import { describe, expect, it } from 'vitest';
import { inLang, rowsForPage } from '$lib/text/translated';
import { typeset } from '$lib/text/typography';
import type { Lang, Translated } from '$lib/types';
import { tr } from '../support/rows';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('inLang', () => {
	const FR = 'Presse économique française';
	const EN = 'French business press';
	it.each<[string, Translated, Lang, string]>([
		['the English translation on the English page', tr(FR, { en: EN }), 'en', EN],
		['the base on the French page, even with an English translation', tr(FR, { en: EN }), 'fr', FR],
		['the base on the English page when the translation is empty', tr(FR, { en: '' }), 'en', FR],
		['the base on the English page when the translation is blank', tr(FR, { en: '   ' }), 'en', FR],
		['the base when the file has no translation column', tr(FR), 'en', FR],
		[
			'the French translation on the French page',
			tr('Alibaba', { fr: 'Alibaba (annonce)' }),
			'fr',
			'Alibaba (annonce)'
		],
		['the translation trimmed', tr(FR, { en: `  ${EN} ` }), 'en', EN],
		[
			'the translation even when it equals the base',
			tr('Bloomberg', { en: 'Bloomberg' }),
			'en',
			'Bloomberg'
		],
		['a translation with no base', tr('', { en: EN }), 'en', EN],
		['nothing when neither is given', tr('', { en: '' }), 'en', '']
	])('gives %s', (_name, text, lang, expected) => {
		expect(inLang(text, lang)).toBe(expected);
	});
});

describe('rowsForPage', () => {
	const ROWS = [
		{
			id: 'a',
			count: 3,
			source: tr('Presse : dépêche', { en: 'Press: wire' }),
			listing: tr("l'action")
		},
		{
			id: 'b',
			count: 0,
			source: tr('Presse', { en: '' }),
			listing: tr('', { fr: 'Action ?', en: 'Shares?' })
		}
	];

	it('keeps, for the French page, only the text it prints, typeset in French', () => {
		expect(rowsForPage(ROWS, 'fr')).toEqual([
			{ id: 'a', count: 3, source: tr(`Presse${NBSP}: dépêche`), listing: tr('l’action') },
			{ id: 'b', count: 0, source: tr('Presse'), listing: tr(`Action${NNBSP}?`) }
		]);
	});

	it('keeps, for the English page, the translations or the base, typeset in English', () => {
		expect(rowsForPage(ROWS, 'en')).toEqual([
			{ id: 'a', count: 3, source: tr('Press: wire'), listing: tr('l’action') },
			{ id: 'b', count: 0, source: tr('Presse'), listing: tr('Shares?') }
		]);
	});

	it('ships no other language’s text: what a chart prints from it is the page’s', () => {
		for (const lang of ['fr', 'en'] as const) {
			for (const [i, row] of rowsForPage(ROWS, lang).entries()) {
				expect(row.source.byLang).toEqual({});
				expect(inLang(row.source, 'fr')).toBe(inLang(row.source, 'en'));
				expect(row.source.base).toBe(typeset(inLang(ROWS[i]!.source, lang), lang));
			}
		}
	});

	it('leaves the given rows as they were', () => {
		const before = structuredClone(ROWS);
		rowsForPage(ROWS, 'fr');
		expect(ROWS).toEqual(before);
	});

	it.each([
		['no rows', []],
		['rows without translated fields', [{ id: 'x', note: 'texte : brut', nested: { base: 1 } }]]
	])('gives %s back as they are', (_name, rows) => {
		expect(rowsForPage(rows, 'fr')).toEqual(rows);
	});
});
