/**
 * `npx tsx tests/e2e/read-project.ts ROOT`: prints, as JSON, what the
 * browser tests expect of the project at ROOT, read by that project's own
 * checker, language table and chart registry (so a fixture project with a
 * third language or other data is read by its own code). Exits 1 when ROOT's
 * data is invalid.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProjectExpectations } from './expectations';
import type { AnyChart } from '../../src/lib/charts/registry';

const root = resolve(process.argv[2] ?? '.');
const load = <T>(module: string): Promise<T> =>
	import(pathToFileURL(resolve(root, 'src/lib', module)).href) as Promise<T>;

const { checkProject, hasErrors, formatProblem } =
	await load<typeof import('../../src/lib/data/check')>('data/check.ts');
const { LANGUAGES, pagePath } =
	await load<typeof import('../../src/lib/i18n/languages')>('i18n/languages.ts');
const { CHARTS, chartNamed } =
	await load<typeof import('../../src/lib/charts/registry')>('charts/registry.ts');
const { chartStateOf } = await load<typeof import('../../src/lib/scroll/state')>('scroll/state.ts');
const { typesetStory } =
	await load<typeof import('../../src/lib/text/typography')>('text/typography.ts');
const { formatDate } = await load<typeof import('../../src/lib/text/date')>('text/date.ts');
const { pageStory } = await load<typeof import('../../src/lib/charts/page')>('charts/page.ts');

const check = checkProject(root);
if (hasErrors(check.problems) || !check.data) {
	process.stderr.write(`${check.problems.map(formatProblem).join('\n')}\n`);
	process.exit(1);
}

const data = check.data;
const expectations: ProjectExpectations = {
	charts: (CHARTS as readonly AnyChart[]).map((chart) => ({
		name: chart.name,
		hooks: chart.hooks(chart.defaults(data[chart.name]))
	})),
	languages: LANGUAGES.map((language) => {
		const story = check.stories[language.code];
		if (!story) throw new Error(`no story for ${language.code}`);
		const typeset = typesetStory(story);
		const { tables } = pageStory(check.data!, story, language.code).charts;
		return {
			code: language.code,
			path: pagePath(language.code).slice(1),
			headline: typeset.headline,
			tables: Object.fromEntries(
				Object.entries(tables).map(([name, table]) => [
					name,
					{
						csvRows: (check.data![name as keyof typeof check.data] as unknown[]).length,
						caption: table.caption,
						rows: table.rows,
						source: table.source
					}
				])
			),
			date: story.date ? { iso: story.date, text: formatDate(story.date, language.code) } : null,
			steps: typeset.steps.map((step) => {
				const chart = chartNamed(step.state.chart);
				if (!chart) throw new Error(`unknown chart ${step.state.chart}`);
				return {
					chart: step.state.chart,
					hooks: chart.hooks(chartStateOf(step.state)),
					text: step.text[0] ?? ''
				};
			})
		};
	})
};
process.stdout.write(JSON.stringify(expectations));
