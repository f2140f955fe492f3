/** The source line under every chart, in the page's language: one source or several, de-duplicated, none when none is named. */
import { describe, expect, it } from 'vitest';
import { sourceLine, unique } from '$lib/charts/shared/sources';
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
