/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once): the story ready
 * to draw (`pageStory`), or, when data/ has errors (only in dev: the build
 * refuses them), the problems in the page's language.
 */
import { building } from '$app/environment';
import { checkProject, hasErrors } from '$lib/data/check';
import { showProblem, type ShownProblem } from '$lib/data/problems';
import { pageStory, type PageStory } from '$lib/charts/page';
import { loadMessages } from '$lib/i18n/messages';
import type { Lang } from '$lib/i18n/languages';

export type { GraphicCharts, PageCharts } from '$lib/charts/page';

/** A story page's data when data/ is valid. */
export interface StoryPage extends PageStory {
	ok: true;
	lang: Lang;
}

export type StoryPageData = StoryPage | { ok: false; lang: Lang; problems: ShownProblem[] };

/** The story as the build read it, once per language: every page and card of the build reads the same. */
const built = new Map<Lang, Promise<StoryPageData>>();

export function loadStoryPage(lang: Lang): Promise<StoryPageData> {
	// in dev every request reads data/ again, so that saving a file shows at once
	if (!building) return readStoryPage(lang);
	const page = built.get(lang) ?? readStoryPage(lang);
	built.set(lang, page);
	return page;
}

/** The story page of the project at `root` (tests read a fixture project), read now. */
export async function readStoryPage(
	lang: Lang,
	root: string = process.cwd()
): Promise<StoryPageData> {
	const check = checkProject(root);
	const story = check.stories[lang];
	if (hasErrors(check.problems) || !check.data || !story) {
		const { checker } = await loadMessages(lang);
		return { ok: false, lang, problems: check.problems.map((p) => showProblem(p, checker)) };
	}
	return { ok: true, lang, ...pageStory(check.data, story, lang) };
}
