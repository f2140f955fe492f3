/**
 * The pinned graphic rendered on the server: every chart of the registry
 * mounted, the step's chart on stage and the others inert, each in its
 * nearest step's state (graphicStateAt), the active step as a hook.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StoryGraphic from '$lib/components/StoryGraphic.svelte';
import { CHARTS, type AnyChart } from '$lib/charts/registry';
import { graphicStateAt } from '$lib/scroll/state';
import { parseStory } from '$lib/data/story';
import { pageStory } from '$lib/charts/page';
import { fixtureData, fixtureText } from '../support/fixtures';
import { classesOf, tags } from '../support/html';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

const DATA = fixtureData();
const STORY = parseStory(fixtureText('data/story.fr.aml'), 'data/story.fr.aml', DATA, 'fr').story;
if (!STORY) throw new Error('the fixture copy does not parse');

describe('StoryGraphic (server render)', { timeout: ATLAS_TIMEOUT_MS }, () => {
	/** What the page ships for each chart, as a story page builds it. */
	const { charts } = pageStory(DATA, STORY, 'fr');

	it.each(STORY.steps.map((step, i) => [i, step.state.chart] as const))(
		'at step %i shows %s on stage, every chart in its nearest step’s state',
		(index, onStage) => {
			const view = graphicStateAt(STORY.steps, index, charts.defaults);
			const body = render(StoryGraphic, {
				props: { view, charts, lang: 'fr', root: './' }
			}).body;
			const root = tags(body, /<div class="graphic[^>]*>/g)[0] ?? '';
			expect(root).toContain(`data-active-step="${index}"`);
			expect(root).toContain(`data-active-chart="${onStage}"`);
			expect(root).toContain('aria-hidden="true"');

			const layers = tags(body, /<div class="layer[^>]*>/g);
			expect(layers).toHaveLength(CHARTS.length);
			layers.forEach((layer, i) => {
				const name = charts.names[i];
				expect(classesOf(layer).includes('on-stage'), name).toBe(name === onStage);
				expect(layer.includes('inert'), name).toBe(name !== onStage);
			});

			for (const chart of CHARTS as readonly AnyChart[]) {
				const hooks = Object.entries(chart.hooks(view.states[chart.name] ?? {}))
					.map(([key, value]) => `${key}="${value}"`)
					.join(' ');
				expect(body).toContain(`data-chart="${chart.name}" ${hooks}`);
			}
		}
	);

	it('draws, of the charts an island has not drawn yet, only the one on stage: the others’ layers wait empty', () => {
		const last = STORY.steps.length - 1;
		const view = graphicStateAt(STORY.steps, last, charts.defaults);
		const body = render(StoryGraphic, {
			props: { view, charts, lang: 'fr', root: './', drawn: new Set<string>() }
		}).body;
		expect(tags(body, /<div class="layer[^>]*>/g)).toHaveLength(CHARTS.length);
		const drawnCharts = [...body.matchAll(/data-chart="(\w+)"/g)].map((m) => m[1]);
		expect(drawnCharts).toEqual([view.chart]);
	});
});
