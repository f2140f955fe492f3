/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once): the typeset
 * copy, and for each chart of the registry what the page ships (`prepare`)
 * and its default state.
 */
import { building } from '$app/environment';
import { checkProject, hasErrors } from '$lib/data/check';
import { CHARTS, type AnyChart, type ChartName } from '$lib/charts/registry';
import { chartStateOf } from '$lib/scroll/state';
import { typesetStory } from '$lib/text/typography';
import type { Lang } from '$lib/i18n/languages';
import type { Problem, Story } from '$lib/types';

/** What the page ships for each chart: its prepared data and its default state. */
export interface PageCharts {
	/** chart names, in the registry's order: the pinned graphic's layers */
	names: ChartName[];
	prepared: Record<string, unknown>;
	defaults: Record<string, object>;
}

export type StoryPageData = StoryPage | { ok: false; lang: Lang; problems: Problem[] };

/** A story page's data when data/ is valid. */
export interface StoryPage {
	ok: true;
	lang: Lang;
	story: Story;
	charts: PageCharts;
}

/** The story as the build read it, once per language: every page and card of the build reads the same. */
const built = new Map<Lang, StoryPageData>();

export function loadStoryPage(lang: Lang): StoryPageData {
	// in dev every request reads data/ again, so that saving a file shows at once
	if (!building) return readStoryPage(lang);
	const page = built.get(lang) ?? readStoryPage(lang);
	built.set(lang, page);
	return page;
}

/** The story page of the project at `root` (tests read a fixture project), read now. */
export function readStoryPage(lang: Lang, root: string = process.cwd()): StoryPageData {
	const check = checkProject(root);
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
	return { ok: true, lang, story: typesetStory(story), charts };
}
