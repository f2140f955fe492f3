/**
 * What a story page needs, read and checked at build time (and on every
 * request in dev, so that saving a data file shows at once).
 */
import { checkProject, hasErrors } from '$lib/data/check';
import { creditsFor } from '$lib/charts/chart-text';
import { layoutMap, type MapLayout } from '$lib/charts/geography';
import { typeset, typesetStory } from '$lib/text/typography';
import type { Lang, Problem, Story, StoryData } from '$lib/types';

export type StoryPageData =
	| { ok: true; lang: Lang; story: Story; data: StoryData; map: MapLayout }
	| { ok: false; lang: Lang; problems: Problem[] };

export function loadStoryPage(lang: Lang): StoryPageData {
	const check = checkProject(process.cwd());
	const story = check.stories[lang];
	if (hasErrors(check.problems) || !check.data || !story) {
		return { ok: false, lang, problems: check.problems };
	}
	// each page ships only the source credits it can print
	const data: StoryData = {
		datacentres: creditsFor(check.data.datacentres, lang),
		capex: creditsFor(check.data.capex, lang),
		market: creditsFor(check.data.market, lang).map((row) => ({
			...row,
			listing: { fr: typeset(row.listing.fr, 'fr'), en: typeset(row.listing.en, 'en') }
		}))
	};
	return {
		ok: true,
		lang,
		story: typesetStory(story),
		data,
		map: layoutMap(data.datacentres)
	};
}
