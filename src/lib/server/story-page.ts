/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once).
 */
import { checkProject, formatProblem, hasErrors } from '$lib/data/check';
import { layoutMap, type MapLayout } from '$lib/charts/geography';
import { typeset, typesetStory } from '$lib/text/typography';
import type { Lang, Problem, Story, StoryData } from '$lib/types';

export type StoryPageData =
	| { ok: true; lang: Lang; story: Story; data: StoryData; map: MapLayout; warnings: string[] }
	| { ok: false; lang: Lang; problems: Problem[] };

export function loadStoryPage(lang: Lang): StoryPageData {
	const check = checkProject(process.cwd());
	const story = check.stories[lang];
	if (hasErrors(check.problems) || !check.data || !story) {
		return { ok: false, lang, problems: check.problems };
	}
	const data: StoryData = {
		...check.data,
		market: check.data.market.map((row) => ({ ...row, listing: { fr: typeset(row.listing.fr, 'fr'), en: typeset(row.listing.en, 'en') } }))
	};
	return {
		ok: true,
		lang,
		story: typesetStory(story),
		data,
		map: layoutMap(check.data.datacentres),
		warnings: check.problems.map(formatProblem)
	};
}
