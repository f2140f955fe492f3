/**
 * Every embed the site offers in a language, in one list that the embed
 * index, each embed page's metadata and the cards' route read: the whole
 * story, each chart of the registry in its default state, and each step of
 * the copy (its chart in its state). Each has a page under `embed/` and a
 * card (a PNG of its chart) under `cards/`. Build-time.
 */
import { CHARTS, chartNamed, type AnyChart } from '$lib/charts/registry';
import type { ChartCaption } from '$lib/charts/spec';
import { error } from '@sveltejs/kit';
import { DEFAULT_LANG, LANG_CODES, words, type Lang } from '$lib/i18n/languages';
import { chartStateOf } from '$lib/scroll/state';
import { CARD_HEIGHT, CARD_WIDTH } from './cards';
import { loadStoryPage, type StoryPage } from './story-page';

export type EmbedKind = 'story' | 'chart' | 'step';

export interface Embed {
	/** `story`, a chart's name, or `step-N`: the card's file name and the host container's id */
	id: string;
	kind: EmbedKind;
	/** the page, from the language's root: `embed/map/`, `embed/step/3/` */
	path: string;
	/** its card, from the language's root: `cards/map.png` */
	card: string;
	/** what it shows, as its page's title and the index name it */
	title: string;
	/** one or two plain sentences: the page's description and the card's alt text */
	description: string;
	/** the chart its card draws, and that chart's state */
	chart: string;
	state: object;
	/** the words its card prints around the chart */
	caption: ChartCaption;
	/** a step embed's step, 0-based as `data-step` */
	step?: number;
}

/** The registry's entry for a chart the page names; the checker has refused any other. */
function specOf(name: string): AnyChart {
	const spec = chartNamed(name);
	if (!spec) throw new Error(`embeds: no chart "${name}" in the registry`);
	return spec;
}

/** The first paragraph of a step, as its page's description. */
function firstParagraph(text: readonly string[]): string {
	return text[0] ?? '';
}

export function embedsOf(page: StoryPage): Embed[] {
	const { story, charts, lang } = page;
	const copy = words(lang);
	const embeds: Embed[] = [];

	// the story's card: the registry's first chart, the first layer of the pinned graphic
	const cover = (CHARTS as readonly AnyChart[])[0]!;
	const coverState = charts.defaults[cover.name]!;
	embeds.push({
		id: 'story',
		kind: 'story',
		path: 'embed/story/',
		card: 'cards/story.png',
		title: story.headline,
		description: story.dek,
		chart: cover.name,
		state: coverState,
		caption: {
			...cover.caption(charts.prepared[cover.name], coverState, lang),
			title: story.headline
		}
	});

	for (const name of charts.names) {
		const spec = specOf(name);
		const state = charts.defaults[name]!;
		const prepared = charts.prepared[name];
		const caption = spec.caption(prepared, state, lang);
		embeds.push({
			id: name,
			kind: 'chart',
			path: `embed/${name}/`,
			card: `cards/${name}.png`,
			title: caption.title,
			description: spec.describe(prepared, state, lang),
			chart: name,
			state,
			caption
		});
	}

	story.steps.forEach((step, i) => {
		const name = step.state.chart;
		const spec = specOf(name);
		const state = chartStateOf(step.state);
		const caption = spec.caption(charts.prepared[name], state, lang);
		embeds.push({
			id: `step-${i}`,
			kind: 'step',
			path: `embed/step/${i}/`,
			card: `cards/step-${i}.png`,
			title: `${copy.page.stepOf(i + 1, story.steps.length)}${copy.punctuation.colon}${caption.title}`,
			description: firstParagraph(step.text),
			chart: name,
			state,
			caption,
			step: i
		});
	});
	return embeds;
}

/** An embed's card as a page's metadata gives it: its path under the language's root, its size, its alt text. */
export function cardImage(embed: Embed): {
	path: string;
	width: number;
	height: number;
	alt: string;
} {
	return { path: embed.card, width: CARD_WIDTH, height: CARD_HEIGHT, alt: embed.description };
}

/** The embeds of every language, for a route's `entries()`: each with its language's route parameter. */
export async function embedEntries(kind: EmbedKind): Promise<{ lang?: string; embed: Embed }[]> {
	const pages = await Promise.all(LANG_CODES.map((lang) => loadStoryPage(lang)));
	return pages.flatMap((page) => {
		if (!page.ok) return [];
		const { lang } = page;
		return embedsOf(page)
			.filter((embed) => embed.kind === kind)
			.map((embed) => (lang === DEFAULT_LANG ? { embed } : { lang, embed }));
	});
}

/** The story page of a route's language, or a 500 that says why (only the dev server can meet invalid data). */
export async function storyPageFor(langParam: string | undefined): Promise<StoryPage> {
	const page = await loadStoryPage((langParam ?? DEFAULT_LANG) as Lang);
	if (!page.ok) error(500, 'data/ has problems: npm run data:check lists them');
	return page;
}

/** The embed `id` of a page, or a 404. */
export function embedFor(page: StoryPage, id: string): Embed {
	const embed = embedsOf(page).find((e) => e.id === id);
	if (!embed) error(404, `no embed ${id}`);
	return embed;
}

/**
 * The height of a plain iframe (the embed code of last resort, which no
 * script resizes), px: enough for the embed on a phone, where it is tallest
 * (the browser tests measure the embeds at 375 px). The story does not fit
 * any fixed height: its iframe scrolls, and the story is stacked inside it.
 */
export const PLAIN_IFRAME_HEIGHT: Record<EmbedKind, number> = {
	story: 800,
	chart: 640,
	step: 800
};
