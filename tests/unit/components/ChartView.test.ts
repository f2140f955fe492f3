/**
 * Any chart of the registry drawn by name, as the page does: each renders
 * its own folder's component, whose root carries exactly `data-chart` and
 * its spec's hooks; an unknown name draws nothing.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { ChartProps } from '$lib/charts/spec';
import ChartView from '$lib/components/ChartView.svelte';
import { CHARTS, type AnyChart } from '$lib/charts/registry';
import { chartStateOf } from '$lib/scroll/state';
import { parseStory } from '$lib/data/story';
import type { Lang } from '$lib/types';
import { fixtureData, fixtureText } from '../support/fixtures';
import { rootHooks, withoutMarkers } from '../support/html';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

const DATA = fixtureData();
const STORY = parseStory(fixtureText('data/story.fr.aml'), 'data/story.fr.aml', DATA, 'fr').story;
if (!STORY) throw new Error('the fixture copy does not parse');

/** Each chart's own component, as its folder holds it. */
const COMPONENTS = import.meta.glob<Component<ChartProps<unknown, object>>>(
	'/src/lib/charts/*/Chart.svelte',
	{
		eager: true,
		import: 'default'
	}
);

/** Every state the fixture story asks of each chart, and its default. */
const CASES = (CHARTS as readonly AnyChart[]).flatMap((chart) => {
	const rows = DATA[chart.name];
	const states = STORY.steps
		.filter((step) => step.state.chart === chart.name)
		.map((step) => chartStateOf(step.state));
	return [chart.defaults(rows), ...states].flatMap((view) =>
		(['fr', 'en'] as Lang[]).map((lang) => [chart.name, view, lang, chart, states] as const)
	);
});

function drawn(chart: string, prepared: unknown, view: object, lang: Lang): string {
	return render(ChartView, { props: { chart, prepared, view, lang, root: './' } }).body;
}

describe('ChartView (server render)', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it.each(CASES)(
		'draws %s in %j (%s) with its hooks on its root',
		(name, view, lang, chart, states) => {
			const prepared = chart.prepare(DATA[chart.name], states, lang);
			expect(rootHooks(drawn(name, prepared, view, lang))).toEqual({
				'data-chart': name,
				...chart.hooks(view)
			});
		}
	);

	it.each(CHARTS.map((chart) => [chart.name, chart as AnyChart] as const))(
		'draws %s with its own folder’s component',
		(name, chart) => {
			const component = COMPONENTS[`/src/lib/charts/${name}/Chart.svelte`];
			if (!component) throw new Error(`no component for ${name}`);
			const rows = DATA[chart.name];
			const view = chart.defaults(rows);
			const prepared = chart.prepare(rows, [view], 'fr');
			const own = render(component, {
				props: { prepared, view, lang: 'fr', root: './' }
			}).body;
			expect(withoutMarkers(drawn(name, prepared, view, 'fr'))).toBe(withoutMarkers(own));
			expect(own).toContain(`data-chart="${name}"`);
		}
	);

	it('finds a component for every chart of the registry, and none more', () => {
		expect(Object.keys(COMPONENTS).sort()).toEqual(
			CHARTS.map((chart) => `/src/lib/charts/${chart.name}/Chart.svelte`).sort()
		);
	});

	it.each(['pie', '', 'MAP', 'shared'])('draws nothing for a chart named %j', (name) => {
		const body = drawn(name, [], {}, 'fr');
		expect(body).not.toMatch(/<[a-z]/);
	});
});
