import { describe, expect, it } from 'vitest';
import { CHART_NAMES } from '$lib/charts/registry';
import { embedsOf } from '$lib/server/embeds';
import { readStoryPage, type StoryPage } from '$lib/server/story-page';

const FIXTURE = 'tests/fixtures/projects/alt';

async function fixturePage(lang: 'fr' | 'en'): Promise<StoryPage> {
	const page = await readStoryPage(lang, FIXTURE);
	if (!page.ok) throw new Error(`${FIXTURE} has invalid data`);
	return page;
}

const [fr, en] = await Promise.all([fixturePage('fr'), fixturePage('en')]);

describe('embedsOf', () => {
	const page = fr;
	const embeds = embedsOf(page);

	it('lists the story, each chart of the registry, then each step, with a page and a card each', () => {
		expect(embeds.map((e) => e.id)).toEqual([
			'story',
			...CHART_NAMES,
			...page.story.steps.map((_, i) => `step-${i}`)
		]);
		for (const embed of embeds) {
			const slug = embed.kind === 'step' ? `step/${embed.step}` : embed.id;
			expect(embed.path).toBe(`embed/${slug}/`);
			expect(embed.card).toBe(`cards/${embed.id}.png`);
			expect(embed.title.trim()).not.toBe('');
			expect(embed.description.trim()).not.toBe('');
		}
	});

	it('gives a chart its default state, and a step its chart in that step’s state', () => {
		for (const name of CHART_NAMES) {
			const embed = embeds.find((e) => e.id === name)!;
			expect(embed.chart).toBe(name);
			expect(embed.state).toEqual(page.charts.defaults[name]);
		}
		page.story.steps.forEach((step, i) => {
			const embed = embeds.find((e) => e.id === `step-${i}`)!;
			const { chart, ...state } = step.state;
			expect(embed.chart).toBe(chart);
			expect(embed.state).toEqual(state);
			expect(embed.step).toBe(i);
			expect(embed.description).toBe(step.text[0]);
		});
	});

	it('titles the story’s card with the headline, and each step by its place and its chart', () => {
		expect(embeds[0]!.caption.title).toBe(page.story.headline);
		const total = page.story.steps.length;
		expect(embeds.find((e) => e.id === 'step-0')!.title).toMatch(
			new RegExp(`^Étape 1 sur ${total}`)
		);
		expect(embedsOf(en).find((e) => e.id === 'step-1')!.title).toMatch(
			new RegExp(`^Step 2 of ${total}: `)
		);
	});
});
