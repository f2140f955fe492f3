/**
 * The English typesetter's quotation marks: straight quotes typed on an
 * ordinary keyboard come out curled, opening and closing as a typesetter
 * sets them, apostrophes included.
 */
import { describe, expect, it } from 'vitest';
import { apostrophes, curlyQuotes } from '$lib/text/rules';
import { typeset } from '$lib/text/typography';

describe('curlyQuotes', () => {
	it.each([
		['a quotation', 'build "physical world" AI', 'build “physical world” AI'],
		['at the start and end', '"Sans équivalent"', '“Sans équivalent”'],
		['after a bracket', 'a lower bound ("more than")', 'a lower bound (“more than”)'],
		['after a dash', 'the plan—"unmatched"—', 'the plan—“unmatched”—'],
		['a quotation inside one', 'he said "it is \'new\' money"', 'he said “it is ‘new’ money”'],
		['a possessive plural', "the groups' plans", 'the groups’ plans'],
		['a decade', "since the '90s", 'since the ’90s'],
		['no quotes at all', 'plain text', 'plain text'],
		['an empty string', '', '']
	])('sets %s', (_, text, expected) => {
		expect(curlyQuotes(apostrophes(text))).toBe(expected);
	});

	it('leaves no straight quote in English copy, and French guillemets as they are', () => {
		const english = typeset("Alibaba's \"physical world\" AI, the groups' 'full-stack' plan", 'en');
		expect(english).toBe('Alibaba’s “physical world” AI, the groups’ ‘full-stack’ plan');
		expect(english).not.toMatch(/["']/);
		expect(typeset('une IA du « monde physique »', 'fr')).toBe(
			'une IA du «\u00a0monde physique\u00a0»'
		);
	});
});
