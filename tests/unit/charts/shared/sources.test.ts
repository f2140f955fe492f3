import { describe, expect, it } from 'vitest';
import { creditsFor, sourceIn, sourceLine, unique } from '$lib/charts/chart-text';
import type { Lang } from '$lib/types';

const NBSP = '\u00A0';

describe('sourceLine', () => {
	it.each<[string, string[], Lang, string]>([
		['one source, repeated', ['A', 'A', ' A '], 'fr', `Source${NBSP}: A`],
		['one source', ['A'], 'en', 'Source: A'],
		['one map source', ['Alibaba'], 'fr', `Source${NBSP}: Alibaba`],
		['two sources in first-seen order', ['B', 'A', 'B'], 'fr', `Sources${NBSP}: B${NBSP}; A`],
		['two sources', ['B', 'A'], 'en', 'Sources: B; A'],
		['two map sources', ['Alibaba', 'Reuters'], 'fr', `Sources${NBSP}: Alibaba${NBSP}; Reuters`],
		['no sources', [], 'en', ''],
		['no sources in French', [], 'fr', ''],
		['only blank sources', ['', '  '], 'fr', '']
	])('writes %s', (_name, sources, lang, expected) => {
		expect(sourceLine(sources, lang)).toBe(expected);
	});
});

describe('sourceIn', () => {
	const FR = 'Presse économique française';
	const EN = 'French business press';
	it.each<[string, string, string, Lang, string]>([
		['the English source on the English page', FR, EN, 'en', EN],
		['the French source on the French page, even with an English one', FR, EN, 'fr', FR],
		['the French source on the English page when the English one is empty', FR, '', 'en', FR],
		['the French source on the English page when the English one is blank', FR, '   ', 'en', FR],
		['the French source on the French page without an English one', FR, '', 'fr', FR],
		['the English source even when both are the same', 'Bloomberg', 'Bloomberg', 'en', 'Bloomberg'],
		['nothing when neither is given', '', '', 'en', '']
	])('gives %s', (_name, source, sourceEn, lang, expected) => {
		expect(sourceIn({ source, sourceEn }, lang)).toBe(expected);
	});
});

describe('creditsFor', () => {
	const ROWS = [
		{ id: 'a', source: 'Presse', sourceEn: 'Press' },
		{ id: 'b', source: 'Presse', sourceEn: '' }
	];
	it.each<[string, typeof ROWS, Lang, typeof ROWS]>([
		[
			'blanks the English sources for the French page, keeping the rest of each row',
			ROWS,
			'fr',
			[{ ...ROWS[0]!, sourceEn: '' }, ROWS[1]!]
		],
		['keeps both languages for the English page', ROWS, 'en', ROWS],
		['gives nothing for no rows', [], 'fr', []]
	])('%s', (_name, rows, lang, expected) => {
		expect(creditsFor(rows, lang)).toEqual(expected);
	});

	it('leaves no English source for the French page to print', () => {
		expect(creditsFor(ROWS, 'fr').map((row) => sourceIn(row, 'en'))).toEqual(['Presse', 'Presse']);
	});
});

describe('unique', () => {
	it.each<[string, string[], string[]]>([
		['nothing from nothing', [], []],
		['trimmed values in first-seen order', [' b', 'a ', 'b'], ['b', 'a']],
		['no blanks', ['', ' ', 'a'], ['a']],
		['one value from all-equal ones', ['x', 'x', 'x'], ['x']]
	])('keeps %s', (_name, values, expected) => {
		expect(unique(values)).toEqual(expected);
	});
});
