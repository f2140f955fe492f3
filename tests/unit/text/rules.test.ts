/** The typesetter's rules, each plain text in and plain text out: apostrophes, French spacing around : ; ! ? % « », numbers and their magnitude. */
import { describe, expect, it } from 'vitest';
import { apostrophes, frenchSpaces, curlyQuotes, magnitudeSpaces } from '$lib/text/rules';
import { NBSP, NNBSP } from '$lib/text/spaces';
import { typeset } from '$lib/text/typography';

describe('apostrophes', () => {
	it.each([
		['between letters', "l'IA d'Alibaba", 'l’IA d’Alibaba'],
		['in English', "Alibaba's shares don't", 'Alibaba’s shares don’t'],
		['between accented letters', "entr'éternité", 'entr’éternité'],
		['after a non-letter, it stays straight', "les '90", "les '90"],
		['before a non-letter, it stays straight', "Alibaba' ", "Alibaba' "],
		['quoting a word, it stays straight', "'quoted'", "'quoted'"],
		['two in a row', "l'a'b", 'l’a’b'],
		['the empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(apostrophes(input)).toBe(expected);
	});
});

describe('frenchSpaces', () => {
	it.each([
		['a colon after a space', 'la mise : plus de', `la mise${NBSP}: plus de`],
		['a colon glued to the word', 'Objectif: renforcer', `Objectif${NBSP}: renforcer`],
		['a colon after a no-break space already', `mise${NBSP}: plus`, `mise${NBSP}: plus`],
		['a colon after a narrow no-break space', `mise${NNBSP}: plus`, `mise${NBSP}: plus`],
		['a colon ending the text', 'Légende :', `Légende${NBSP}:`],
		[
			'a semicolon, question and exclamation marks',
			'oui ; non ? si !',
			`oui${NNBSP}; non${NNBSP}? si${NNBSP}!`
		],
		['a percentage', 'plus de 10 %', `plus de 10${NNBSP}%`],
		['a percentage glued to the number', '10%.', `10${NNBSP}%.`],
		['a sign before closing punctuation', '(vraiment ?)', `(vraiment${NNBSP}?)`],
		['guillemets', '« monde physique »', `«${NBSP}monde physique${NBSP}»`],
		['guillemets without spaces', '«monde»', `«${NBSP}monde${NBSP}»`],
		['a time or a ratio keeps its colon', '10:30 et 1:2', '10:30 et 1:2'],
		['a URL keeps its colon', 'https://exemple.fr', 'https://exemple.fr'],
		['a URL keeps its query', 'exemple.fr/?q=1', 'exemple.fr/?q=1'],
		['a sign alone at the start is left alone', ': début', ': début'],
		['apostrophes are not its business', "l'IA", "l'IA"],
		['the empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(frenchSpaces(input)).toBe(expected);
	});

	it('is idempotent', () => {
		const once = frenchSpaces('Objectif : « physique » ; 10 % ! Vraiment ?');
		expect(frenchSpaces(once)).toBe(once);
	});

	it('never produces markup: < and > pass through as text', () => {
		expect(frenchSpaces('<b>gras</b> : non')).toBe(`<b>gras</b>${NBSP}: non`);
	});
});

describe('magnitudeSpaces', () => {
	it.each([
		[
			'a French headline',
			'à plus de 53 milliards de dollars',
			`à plus de 53${NBSP}milliards de dollars`
		],
		['an English one', 'above $53 billion', `above $53${NBSP}billion`],
		[
			'a decimal number, singular',
			'2,5 milliard et 1 million',
			`2,5${NBSP}milliard et 1${NBSP}million`
		],
		['after a narrow no-break space', `380${NNBSP}milliards`, `380${NBSP}milliards`],
		['in capitals', '53 MILLIARDS', `53${NBSP}MILLIARDS`],
		['thousands and trillions', '3 thousand, 2 trillion', `3${NBSP}thousand, 2${NBSP}trillion`],
		['a word that only starts like one is left alone', '5 millionnaires', '5 millionnaires'],
		['a year before a word is left alone', 'en 2025 les dépenses', 'en 2025 les dépenses'],
		[
			'a magnitude without a number is left alone',
			'des milliards de dollars',
			'des milliards de dollars'
		],
		['the empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(magnitudeSpaces(input)).toBe(expected);
	});

	it('is idempotent', () => {
		const once = magnitudeSpaces('53 milliards, 380 billion');
		expect(magnitudeSpaces(once)).toBe(once);
	});
});

/**
 * The English typesetter's quotation marks: straight quotes typed on an
 * ordinary keyboard come out curled, opening and closing as a typesetter
 * sets them, apostrophes included.
 */
describe('English quotation marks', () => {
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
			const english = typeset(
				"Alibaba's \"physical world\" AI, the groups' 'full-stack' plan",
				'en'
			);
			expect(english).toBe('Alibaba’s “physical world” AI, the groups’ ‘full-stack’ plan');
			expect(english).not.toMatch(/["']/);
			expect(typeset('une IA du « monde physique »', 'fr')).toBe(
				'une IA du «\u00a0monde physique\u00a0»'
			);
		});
	});
});
