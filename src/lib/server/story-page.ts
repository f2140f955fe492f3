/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once): the story ready
 * to draw (`pageStory`), or, when data/ has errors (only in dev: the build
 * refuses them), the problems in the page's language.
 */
import { checkProject, hasErrors } from '$lib/data/check';
import { showProblem, type ShownProblem } from '$lib/data/problems';
import { pageStory, type PageCharts } from '$lib/charts/page';
import { loadMessages } from '$lib/i18n/messages';
import type { Lang } from '$lib/i18n/languages';
import type { Story } from '$lib/types';

export type { GraphicCharts, PageCharts } from '$lib/charts/page';

export type StoryPageData =
	| { ok: true; lang: Lang; story: Story; charts: PageCharts }
	| { ok: false; lang: Lang; problems: ShownProblem[] };

export async function loadStoryPage(lang: Lang): Promise<StoryPageData> {
	const check = checkProject(process.cwd());
	const story = check.stories[lang];
	if (hasErrors(check.problems) || !check.data || !story) {
		const { checker } = await loadMessages(lang);
		return { ok: false, lang, problems: check.problems.map((p) => showProblem(p, checker)) };
	}
	return { ok: true, lang, ...pageStory(check.data, story, lang) };
}
