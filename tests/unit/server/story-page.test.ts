/**
 * What a story page loads, on the fixture project: the typeset copy, and
 * for each chart of the registry what the page ships and its default state;
 * or, when the data has an error, the problems instead of the story.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStoryPage } from '$lib/server/story-page';
import { CHART_NAMES, CHARTS, type AnyChart } from '$lib/charts/registry';
import { checkProject } from '$lib/data/check';
import { chartStateOf } from '$lib/scroll/state';
import { typesetStory } from '$lib/text/typography';
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
	it.each(['fr', 'en'] as const)('loads the %s story typeset, with every chart', (lang) => {
		buildIn(FIXTURE_ROOT);
		const page = loadStoryPage(lang);
		if (!page.ok) throw new Error(lines(page.problems).join('\n'));
		const story = checkProject(FIXTURE_ROOT).stories[lang];
		if (!story) throw new Error(`no ${lang} story in the fixture`);
		expect(page.lang).toBe(lang);
		expect(page.story).toEqual(typesetStory(story));
		expect(page.charts.names).toEqual(CHART_NAMES);
		const data = fixtureData();
		for (const chart of CHARTS as readonly AnyChart[]) {
			const states = story.steps
				.filter((step) => step.state.chart === chart.name)
				.map((step) => chartStateOf(step.state));
			expect(page.charts.prepared[chart.name]).toEqual(
				chart.prepare(data[chart.name], states, lang)
			);
			expect(page.charts.defaults[chart.name]).toEqual(chart.defaults(data[chart.name]));
		}
	});

	it('typesets the copy for its language', () => {
		buildIn(FIXTURE_ROOT);
		const fr = loadStoryPage('fr');
		const en = loadStoryPage('en');
		expect(fr.ok && fr.story.headline).toBe('Un titre d’essai\u00a0: trois pays');
		expect(en.ok && en.story.headline).toBe('A test headline: three countries');
	});

	it('ships the frame of the step focusing a country without data centres', () => {
		buildIn(FIXTURE_ROOT);
		const page = loadStoryPage('fr');
		if (!page.ok) throw new Error('the fixture does not load');
		const prepared = page.charts.prepared.map as { frames: { code: string }[] };
		expect(prepared.frames.map((frame) => frame.code)).toEqual(['CN']);
	});

	it('gives the problems instead of the story when the data has an error', () => {
		const root = scratchFixture((dir) =>
			writeFileSync(
				join(dir, 'capex.csv'),
				'year,companies,value_busd,estimate,lower_bound,source\n2023,a,-1,no,no,x\n'
			)
		);
		buildIn(root);
		expect(loadStoryPage('en')).toEqual({
			ok: false,
			lang: 'en',
			problems: checkProject(root).problems
		});
		expect(lines(checkProject(root).problems)).toEqual([
			'data/capex.csv:2:3: value_busd: "-1" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)'
		]);
	});

	it('gives the problems of the copy when only the copy has an error', () => {
		const root = scratchFixture((dir) =>
			writeFileSync(join(dir, 'story.en.aml'), 'headline: H\ndek: D\nbyline: B\n')
		);
		buildIn(root);
		const page = loadStoryPage('fr');
		expect(page.ok).toBe(false);
		if (!page.ok) expect(page.problems.map((p) => p.file)).toEqual(['data/story.en.aml']);
	});
});
