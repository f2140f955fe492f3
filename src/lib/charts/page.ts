/**
 * What a story page draws, from checked data and one language's copy: the
 * typeset copy, and for each chart of the registry what the page ships
 * (`prepare`) and its default state. The build runs this for the published
 * pages (src/lib/server/story-page.ts); the preview page's worker runs it in
 * the browser with the editor's files. Browser-safe, but it reaches the whole
 * registry (the map's atlas): never import it from a story page's island.
 */
import {
	CHARTS,
	chartNamed,
	type AnyChart,
	type ChartName,
	type ChartState,
	type StoryData
} from './registry.ts';
import { chartStateOf } from '../scroll/state.ts';
import { typeset, typesetStory } from '../text/typography.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Story } from '../types.ts';
import type { DataTable } from './shared/table.ts';

/** What the page ships for each chart: its prepared data, its default state and its data table. */
export interface PageCharts {
	/** chart names, in the registry's order: the pinned graphic's layers */
	names: ChartName[];
	prepared: Record<string, unknown>;
	defaults: Record<string, object>;
	/** the table of each chart's data, drawn in the page's HTML under each of its charts */
	tables: Record<string, DataTable>;
}

/** What the pinned graphic needs of the charts: the tables stay in the page's HTML. */
export type GraphicCharts = Omit<PageCharts, 'tables'>;

/** A story ready to draw: its typeset copy and its charts. Plain data. */
export interface PageStory {
	story: Story;
	charts: PageCharts;
}

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

export function pageStory(data: StoryData, story: Story, lang: Lang): PageStory {
	const charts: PageCharts = { names: [], prepared: {}, defaults: {}, tables: {} };
	for (const chart of CHARTS as readonly AnyChart[]) {
		const rows = data[chart.name];
		const states = story.steps
			.filter((step) => step.state.chart === chart.name)
			.map((step) => chartStateOf(step.state));
		charts.names.push(chart.name);
		charts.prepared[chart.name] = chart.prepare(rows, states, lang);
		charts.defaults[chart.name] = chart.defaults(rows);
		charts.tables[chart.name] = chart.table(charts.prepared[chart.name], lang);
	}
	return { story: typesetPage(story), charts };
}
