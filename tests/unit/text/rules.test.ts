/** The typesetter's rules, each plain text in and plain text out: apostrophes, and French spacing around : ; ! ? % « ». */
import { describe, expect, it } from 'vitest';
import { apostrophes, frenchSpaces } from '$lib/text/rules';
import { NBSP, NNBSP } from '$lib/text/spaces';

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
