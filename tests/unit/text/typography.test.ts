import { describe, expect, it } from 'vitest';
import { typeset, typesetStory } from '$lib/text/typography';
import type { Story } from '$lib/types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typeset, French', () => {
	it.each([
		['a colon after a space', 'la mise : plus de', `la mise${NBSP}: plus de`],
		['a colon glued to the word', 'Objectif: renforcer', `Objectif${NBSP}: renforcer`],
		[
			'a semicolon, question and exclamation marks',
			'oui ; non ? si !',
			`oui${NNBSP}; non${NNBSP}? si${NNBSP}!`
		],
		['a percentage', 'plus de 10 %', `plus de 10${NNBSP}%`],
		['guillemets', '« monde physique »', `«${NBSP}monde physique${NBSP}»`],
		['apostrophes between letters', "l'IA d'Alibaba", 'l’IA d’Alibaba'],
		['an apostrophe after a non-letter stays straight', "les '90", "les '90"],
		['a time or a ratio keeps its colon', '10:30 et 1:2', '10:30 et 1:2'],
		['a URL keeps its colon', 'https://exemple.fr', 'https://exemple.fr'],
		['text that is already right is left alone', `mise${NBSP}: plus`, `mise${NBSP}: plus`],
		['the empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(typeset(input, 'fr')).toBe(expected);
	});

	it('is idempotent', () => {
		const once = typeset("Objectif : l'IA « physique » ; 10 % !", 'fr');
		expect(typeset(once, 'fr')).toBe(once);
	});
});

describe('typeset, English', () => {
	it.each([
		['apostrophes', "Alibaba's shares don't", 'Alibaba’s shares don’t'],
		['no space is added before a colon or a percent sign', 'The aim: 10%', 'The aim: 10%'],
		['straight quotes are curled', '"physical world"', '“physical world”']
	])('%s', (_name, input, expected) => {
		expect(typeset(input, 'en')).toBe(expected);
	});
});

describe('typesetStory', () => {
	it('typesets every text field and leaves chart states alone', () => {
		const story: Story = {
			lang: 'fr',
			headline: 'Titre : sous-titre',
			dek: "l'annonce",
			byline: 'Desk',
			intro: ['Intro ?'],
			steps: [
				{
					text: ['Texte !'],
					state: { chart: 'map', focus: 'FR', highlight: 'all', annotations: [] },
					line: 12
				}
			],
			outro: ['Fin ;'],
			sources: ['10 %']
		};
		expect(typesetStory(story)).toEqual({
			...story,
			headline: `Titre${NBSP}: sous-titre`,
			dek: 'l’annonce',
			intro: [`Intro${NNBSP}?`],
			steps: [
				{
					text: [`Texte${NNBSP}!`],
					state: { chart: 'map', focus: 'FR', highlight: 'all', annotations: [] },
					line: 12
				}
			],
			outro: [`Fin${NNBSP};`],
			sources: [`10${NNBSP}%`]
		});
	});
});
