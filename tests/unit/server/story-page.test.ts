/**
 * What a story page loads, on the fixture project: the story ready to draw
 * (`pageStory`, tested in tests/unit/charts/page.test.ts), or, when the data
 * has an error, the problems instead of the story, in the page's language.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStoryPage } from '$lib/server/story-page';
import { pageStory } from '$lib/charts/page';
import { checkProject } from '$lib/data/check';
import { showProblem } from '$lib/data/problems';
import { loadMessages } from '$lib/i18n/messages';
import { lines } from '../support/bytes';
import { fixtureData, FIXTURE_ROOT, scratchFixture } from '../support/fixtures';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

/** The page reads the project it is built in: here, the fixture project or a copy of it. */
function buildIn(root: string): void {
	vi.spyOn(process, 'cwd').mockReturnValue(resolve(root));
}
afterEach(() => {
	vi.restoreAllMocks();
});

describe('loadStoryPage', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it.each(['fr', 'en'] as const)('loads the %s story ready to draw', async (lang) => {
		buildIn(FIXTURE_ROOT);
		const page = await loadStoryPage(lang);
		if (!page.ok) throw new Error(page.problems.map((p) => p.contract).join('\n'));
		const story = checkProject(FIXTURE_ROOT).stories[lang];
		if (!story) throw new Error(`no ${lang} story in the fixture`);
		expect(page).toEqual({ ok: true, lang, ...pageStory(fixtureData(), story, lang) });
	});

	it('typesets the copy for its language', async () => {
		buildIn(FIXTURE_ROOT);
		const fr = await loadStoryPage('fr');
		const en = await loadStoryPage('en');
		expect(fr.ok && fr.story.headline).toBe('Un titre d’essai\u00a0: trois pays');
		expect(en.ok && en.story.headline).toBe('A test headline: three countries');
	});

	it('gives the problems instead of the story when the data has an error, in the page’s language', async () => {
		const root = scratchFixture((dir) =>
			writeFileSync(
				join(dir, 'capex.csv'),
				'year,companies,value_busd,estimate,lower_bound,source\n2023,a,-1,no,no,x\n'
			)
		);
		buildIn(root);
		const problems = checkProject(root).problems;
		expect(lines(problems)).toEqual([
			'data/capex.csv:2:3: value_busd: "-1" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)'
		]);
		for (const lang of ['en', 'fr'] as const) {
			const { checker } = await loadMessages(lang);
			expect(await loadStoryPage(lang)).toEqual({
				ok: false,
				lang,
				problems: problems.map((p) => showProblem(p, checker))
			});
		}
		const en = await loadStoryPage('en');
		expect(en.ok ? [] : en.problems.map((p) => p.contract)).toEqual(lines(problems));
		const fr = await loadStoryPage('fr');
		expect(fr.ok ? [] : fr.problems.map((p) => p.message)).toEqual([
			'"-1" n’est pas un montant (attendu\u00a0: des milliards de dollars US, un nombre positif ou nul, par exemple 32)'
		]);
	});

	it('gives the problems of the copy when only the copy has an error', async () => {
		const root = scratchFixture((dir) =>
			writeFileSync(join(dir, 'story.en.aml'), 'headline: H\ndek: D\nbyline: B\n')
		);
		buildIn(root);
		const page = await loadStoryPage('fr');
		expect(page.ok).toBe(false);
		if (!page.ok) expect(page.problems.map((p) => p.file)).toEqual(['data/story.en.aml']);
	});
});
