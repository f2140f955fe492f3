/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once): the typeset
 * copy, and for each chart of the registry what the page ships (`prepare`)
 * and its default state.
 */
import { checkProject, hasErrors } from '$lib/data/check';
import {
	CHARTS,
	chartNamed,
	type AnyChart,
	type ChartName,
	type ChartState
} from '$lib/charts/registry';
import { chartStateOf } from '$lib/scroll/state';
import { typeset, typesetStory } from '$lib/text/typography';
import type { Lang } from '$lib/i18n/languages';
import type { Problem, Story } from '$lib/types';

/** What the page ships for each chart: its prepared data and its default state. */
export interface PageCharts {
	/** chart names, in the registry's order: the pinned graphic's layers */
	names: ChartName[];
	prepared: Record<string, unknown>;
	defaults: Record<string, object>;
}

export type StoryPageData =
	| { ok: true; lang: Lang; story: Story; charts: PageCharts }
	| { ok: false; lang: Lang; problems: Problem[] };

/** The story typeset for its language: its text, and the text its steps' states carry (the map's annotations). */
function typesetPage(story: Story): Story {
	const typesetText = (text: string) => typeset(text, story.lang);
	const typesetCopy = typesetStory(story);
	return {
		...typesetCopy,
		steps: typesetCopy.steps.map((step) => {
			const chart = chartNamed(step.state.chart);
			if (!chart?.typesetState) return step;
			const state = chart.typesetState(chartStateOf(step.state), typesetText);
			return { ...step, state: { ...state, chart: step.state.chart } as ChartState };
		})
	};
}

export function loadStoryPage(lang: Lang): StoryPageData {
	const check = checkProject(process.cwd());
	const story = check.stories[lang];
	if (hasErrors(check.problems) || !check.data || !story) {
		return { ok: false, lang, problems: check.problems };
	}
	const data = check.data;
	const charts: PageCharts = { names: [], prepared: {}, defaults: {} };
	for (const chart of CHARTS as readonly AnyChart[]) {
		const rows = data[chart.name];
		const states = story.steps
			.filter((step) => step.state.chart === chart.name)
			.map((step) => chartStateOf(step.state));
		charts.names.push(chart.name);
		charts.prepared[chart.name] = chart.prepare(rows, states, lang);
		charts.defaults[chart.name] = chart.defaults(rows);
	}
	return { ok: true, lang, story: typesetPage(story), charts };
}
