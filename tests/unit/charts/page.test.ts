/**
 * What a story page draws from checked data and one language's copy, on the
 * fixture project: the copy typeset for its language, and for each chart of
 * the registry, in the registry's order, what the page ships and its default
 * state.
 */
import { describe, expect, it } from 'vitest';
import { pageStory } from '$lib/charts/page';
import { CHART_NAMES, CHARTS, type AnyChart } from '$lib/charts/registry';
import { parseStory } from '$lib/data/story';
import { copyFile, type Lang } from '$lib/i18n/languages';
import { chartStateOf } from '$lib/scroll/state';
import { typesetStory } from '$lib/text/typography';
import type { Story } from '$lib/types';
import { lines } from '../support/bytes';
import { fixtureData, fixtureText } from '../support/fixtures';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

const DATA = fixtureData();

/** The fixture's copy in `lang`, parsed as the checker parses it; throws on any problem, which would be a broken fixture. */
function fixtureStory(lang: Lang): Story {
	const file = copyFile(lang);
	const { story, problems } = parseStory(fixtureText(file), file, DATA, lang);
	if (!story || problems.length > 0) throw new Error(lines(problems).join('\n'));
	return story;
}

describe('pageStory', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it.each(['fr', 'en'] as const)('gives the %s story typeset, with every chart', (lang) => {
		const story = fixtureStory(lang);
		const page = pageStory(DATA, story, lang);
		expect(page.story).toEqual(typesetStory(story));
		expect(page.charts.names).toEqual(CHART_NAMES);
		for (const chart of CHARTS as readonly AnyChart[]) {
			const states = story.steps
				.filter((step) => step.state.chart === chart.name)
				.map((step) => chartStateOf(step.state));
			expect(page.charts.prepared[chart.name]).toEqual(
				chart.prepare(DATA[chart.name], states, lang)
			);
			expect(page.charts.defaults[chart.name]).toEqual(chart.defaults(DATA[chart.name]));
		}
	});

	it('typesets the copy for its language', () => {
		expect(pageStory(DATA, fixtureStory('fr'), 'fr').story.headline).toBe(
			'Un titre d’essai\u00a0: trois pays'
		);
		expect(pageStory(DATA, fixtureStory('en'), 'en').story.headline).toBe(
			'A test headline: three countries'
		);
	});

	it('ships the frame of the step focusing a country without data centres', () => {
		const prepared = pageStory(DATA, fixtureStory('fr'), 'fr').charts.prepared.map as {
			frames: { code: string }[];
		};
		expect(prepared.frames.map((frame) => frame.code)).toEqual(['CN']);
	});
});

/**
 * The text a step's state carries besides the step's own (the map's
 * annotations) is typeset like the copy, in the story's language: pageStory
 * does it for the build and for the preview page's worker alike.
 */
describe('pageStory and the text in chart states', { timeout: ATLAS_TIMEOUT_MS }, () => {
	/** The fixture's copy in `lang` with an annotated map step and a date added after the byline. */
	function annotatedStory(lang: Lang, label: string): Story {
		const file = copyFile(lang);
		const text = fixtureText(file)
			.replace(/^(byline: .*)$/m, '$1\ndate: 2025-02-24')
			.replace('[steps]\n', `[steps]\nchart: map\nannotation: JP: ${label}\ntext: Notes.\n\n`);
		const { story, problems } = parseStory(text, file, DATA, lang);
		if (!story || problems.length > 0) throw new Error(lines(problems).join('\n'));
		return story;
	}

	/** The annotations of the page's first step, a map step. */
	function firstAnnotations(lang: Lang, label: string): unknown {
		const state = pageStory(DATA, annotatedStory(lang, label), lang).story.steps[0]?.state;
		return state?.chart === 'map' ? state.annotations : undefined;
	}

	it('typesets annotation labels for the story’s language', () => {
		expect(firstAnnotations('fr', "Régulateur : l'achat interdit")).toEqual([
			{ country: 'JP', label: 'Régulateur\u00a0: l’achat interdit' }
		]);
		expect(firstAnnotations('en', 'the group\'s "home"')).toEqual([
			{ country: 'JP', label: 'the group’s “home”' }
		]);
	});

	it('leaves the copy’s date as the copy gives it', () => {
		expect(pageStory(DATA, annotatedStory('fr', 'a'), 'fr').story.date).toBe('2025-02-24');
	});
});
