/**
 * The preview page as an editor uses it: files dropped through its input
 * (the good ones and bad ones, in UTF-8 and as French Excel saves them), in
 * the built site, in Chromium. What the page lists is what
 * `npm run data:check` prints for the same files, line for line: the CLI
 * runs on a copy of the served project's data/ with the same files in place.
 * Every other expectation comes from the project's own parsers.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { connectChromium, ownProject, servedProjects, type ServedProject } from './browser';
import { watchPage, type PageWatch } from './harness';
import { checkFiles, checkedFiles } from '../../src/lib/data/check';
import { chartNamed } from '../../src/lib/charts/registry';
import { chartStateOf } from '../../src/lib/scroll/state';
import { formatProblemIn } from '../../src/lib/data/problems';
import { loadMessages } from '../../src/lib/i18n/messages';
import { MAX_FILE_BYTES, sortDropped } from '../../src/lib/preview/files';
import { formatDate } from '../../src/lib/text/date';
import { typeset } from '../../src/lib/text/typography';
import { words } from '../../src/lib/i18n/languages';
import type { MapState } from '../../src/lib/charts/map/state';

const FIXTURES = resolve('tests/fixtures/preview');
const SCREENSHOTS = 'tests/screenshots';
const INPUT = 'input[data-preview-input]';
/** The CLI starts tsx and loads the atlas; the page's worker loads it too, on a busy machine. */
const SLOW_MS = 120_000;

const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
] as const;

/** A fixture's path from its name under tests/fixtures/preview/. */
const fixture = (name: string): string => join(FIXTURES, name);

/** Every file of a fixture folder that the story reads. */
function fixtureSet(folder: string): string[] {
	return checkedFiles()
		.map((file) => join(FIXTURES, folder, basename(file)))
		.filter((path) => existsSync(path));
}

/** The valid set, with the markup-laden datacenters.csv in place of its own. */
const HOSTILE_SET = fixtureSet('good/utf8').map((file) =>
	basename(file) === 'datacenters.csv' ? fixture('hostile/datacenters.csv') : file
);

/**
 * What `npm run data:check -- --lang LANG` prints for `project` with `files`
 * in place of their namesakes in its data/: the problem lines, then the verdict.
 */
function cliOutput(project: ServedProject, files: string[], lang: string): string[] {
	const root = mkdtempSync(join(tmpdir(), 'preview-cli-'));
	try {
		cpSync(join(project.root, 'data'), join(root, 'data'), { recursive: true });
		for (const file of files) cpSync(file, join(root, 'data', basename(file)));
		const run = spawnSync('npx', ['tsx', 'src/lib/data/cli.ts', '--lang', lang, root], {
			cwd: project.root,
			encoding: 'utf8'
		});
		if (run.status !== 0 && run.status !== 1) throw new Error(`data:check failed: ${run.stderr}`);
		return run.stderr.trim().split('\n');
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

let browser: Browser;

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

/** The preview page of `project` in `lang`'s path, once its worker has checked the published files. */
async function open(
	project: ServedProject,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const watch = watchPage(page);
	page.on('dialog', (dialog) => {
		watch.consoleErrors.push(`a dialog opened: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto(`${project.url}${path}preview/`, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-preview-ready]', { timeout: SLOW_MS });
	return { page, watch };
}

/** Gives the page files through its input, as an editor choosing them, and waits for its answer. */
async function drop(page: Page, files: string[]): Promise<string> {
	const checks = () => page.evaluate(() => performance.getEntriesByName('preview:check').length);
	const before = await checks();
	await page.setInputFiles(INPUT, files);
	await page.waitForFunction(
		(count) => performance.getEntriesByName('preview:check').length > count,
		before,
		{ timeout: SLOW_MS }
	);
	const done = page.locator(
		'[data-preview-state="story"], [data-preview-state="problems"], [data-preview-state="failed"]'
	);
	await done.waitFor({ timeout: SLOW_MS });
	return (await done.getAttribute('data-preview-state')) ?? '';
}

/** The contract lines the page lists. */
function listed(page: Page): Promise<string[]> {
	return page.locator('[data-problems] code').allInnerTexts();
}

/** Whose each of the story's files is, as the page lists them: `published` or `yours`. */
async function sources(page: Page): Promise<Record<string, string>> {
	const rows = page.locator('[data-file]');
	const entries = await rows.evaluateAll((items) =>
		items.map((item) => [item.getAttribute('data-file'), item.getAttribute('data-source')])
	);
	return Object.fromEntries(entries);
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is, each as one line. */
async function violations(page: Page, state: string): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) => `${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/** The language expectations of the project's default language and of English. */
function languagePaths(project: ServedProject): { code: string; path: string }[] {
	return project.expected.languages.map(({ code, path }) => ({ code, path }));
}

describe('the preview page', () => {
	const project = ownProject();

	it.each(languagePaths(project))(
		'in $code, shows the published story and lists every file as published',
		async ({ code, path }) => {
			const { page, watch } = await open(project, path);
			expect(await page.getAttribute('html', 'lang')).toBe(code);
			const files = Object.values(await sources(page));
			expect(files).toHaveLength(checkedFiles().length);
			expect(new Set(files)).toEqual(new Set(['published']));
			const language = project.expected.languages.find((l) => l.code === code);
			expect(await page.locator('[data-step]').count()).toBe(language?.steps.length);
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it.each(['good/utf8', 'good/excel-fr'])(
		'draws the story from a valid set of files (%s): each step’s chart in its state, the date, the annotations and the home market',
		async (folder) => {
			const files = fixtureSet(folder);
			const { page, watch } = await open(project, '');
			expect(await drop(page, files)).toBe('story');
			// what the project's own checker makes of the same files
			const bytes = Object.fromEntries(
				files.map((file) => [`data/${basename(file)}`, readFileSync(file)])
			);
			const check = checkFiles((file) => ({
				bytes: bytes[file] ?? readFileSync(join(project.root, file))
			}));
			const story = check.stories.fr;
			if (!story) throw new Error(`${folder} is not valid`);
			expect(await page.locator('[data-step]').count()).toBe(story.steps.length);
			for (const [i, step] of story.steps.entries()) {
				const chart = chartNamed(step.state.chart);
				const root = page.locator(`[data-step="${i}"] [data-chart="${step.state.chart}"]`);
				for (const [name, value] of Object.entries(chart?.hooks(chartStateOf(step.state)) ?? {})) {
					expect(await root.getAttribute(name)).toBe(value);
				}
			}
			// the copy's date under the byline, in the page's language
			if (!story.date) throw new Error(`${folder} gives no date`);
			const time = page.locator('[data-preview-result] header time');
			expect(await time.getAttribute('datetime')).toBe(story.date);
			expect(await time.textContent()).toBe(formatDate(story.date, 'fr'));
			// each annotation beside its country, its label typeset as the step's text is
			const notes = story.steps.flatMap((step, i) =>
				step.state.chart === 'map'
					? (step.state as MapState).annotations.map((note) => ({ ...note, i }))
					: []
			);
			expect(notes.length).toBeGreaterThan(0);
			for (const { i, country, label } of notes) {
				const note = page.locator(`[data-step="${i}"] [data-annotation="${country}"]`);
				expect(await note.textContent()).toContain(typeset(label, 'fr'));
			}
			// the home market in each map's legend, in the page's language
			const homeKeys = page.locator('[data-step] [data-chart="map"] .key li:has(.key-mark.home)');
			const mapSteps = story.steps.filter((step) => step.state.chart === 'map').length;
			expect(await homeKeys.allTextContents()).toEqual(
				Array(mapSteps).fill(words('fr').map.legend.home)
			);
			// the fixture's new country (Chile, a row and a close-up step) is on the maps
			expect(await page.locator('[data-step] [data-label="CL"]').count()).toBeGreaterThan(0);
			expect(await page.locator('[data-step] [data-marker="santiago"]').count()).toBeGreaterThan(0);
			expect(await page.locator('[data-step] [data-focus="CL"]').count()).toBeGreaterThan(0);
			expect(new Set(Object.values(await sources(page)))).toEqual(new Set(['yours']));
			expect(await page.locator('[role="status"]').innerText()).toContain('datacenters.csv');
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it.each([
		['bad/utf8', 'fr', ''],
		['bad/excel-fr', 'en', 'en/']
	])(
		'lists the problems of %s exactly as npm run data:check -- --lang %s prints them',
		async (folder, lang, path) => {
			const files = fixtureSet(folder);
			const expected = cliOutput(project, files, lang);
			expect(expected.length).toBeGreaterThan(1);
			const { page, watch } = await open(project, path);
			expect(await drop(page, files)).toBe('problems');
			expect(await listed(page)).toEqual(expected.slice(0, -1));
			expect(await page.locator('[data-summary]').innerText()).toBe(expected.at(-1));
			// markup in a cell is shown as the text it is
			expect(await page.locator('[data-problems]').innerText()).toMatch(/<(script|img)/);
			expect(await page.locator('[data-problems] img, [data-problems] script').count()).toBe(0);
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it.each([
		['an empty file', 'input/empty/capex.csv', 'fr'],
		['an .xlsx renamed .csv', 'input/renamed/datacenters.csv', 'en']
	])(
		'locates %s as npm run data:check does',
		async (_name, file, lang) => {
			const expected = cliOutput(project, [fixture(file)], lang);
			const { page, watch } = await open(project, lang === 'fr' ? '' : 'en/');
			expect(await drop(page, [fixture(file)])).toBe('problems');
			expect(await listed(page)).toEqual(expected.slice(0, -1));
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it(
		'refuses an .xlsx, a file of another name and a file over the limit, each with its message, and stays usable',
		async () => {
			const big = join(mkdtempSync(join(tmpdir(), 'preview-big-')), 'datacenters.csv');
			// 50 MB of a plausible CSV line
			const line = 'id,FR,existing,site,48.86,2.35,Alibaba Cloud\n';
			writeFileSync(big, line.repeat(Math.ceil(50_000_000 / line.length)));
			try {
				const { checker } = await loadMessages('en');
				const { page, watch } = await open(project, 'en/');
				const dropped = [fixture('input/capex.xlsx'), fixture('input/notes.csv'), big];
				const sizes = dropped.map((file) => ({
					name: basename(file),
					size: readFileSync(file).length
				}));
				const refused = sortDropped(sizes, checkedFiles()).refused;
				expect(refused).toHaveLength(3);
				expect(await drop(page, dropped)).toBe('problems');
				const lines = await listed(page);
				for (const problem of refused) expect(lines).toContain(formatProblemIn(problem, checker));
				expect(lines.join('\n')).toContain('saved as CSV');
				expect(lines.join('\n')).toContain(`at most ${MAX_FILE_BYTES / 1_000_000} MB`);
				// nothing was taken in place of a published file
				expect(new Set(Object.values(await sources(page)))).toEqual(new Set(['published']));
				// and the page goes on: a good file next
				expect(await drop(page, [fixture('good/utf8/datacenters.csv')])).toBe('story');
				expect(watch.consoleErrors).toEqual([]);
				await page.context().close();
			} finally {
				rmSync(big, { force: true });
			}
		},
		SLOW_MS
	);

	it(
		'shows markup in a valid file as text, running nothing',
		async () => {
			const { page, watch } = await open(project, '');
			const title = await page.title();
			expect(await drop(page, HOSTILE_SET)).toBe('story');
			const map = page.locator('[data-step] [data-chart="map"]').first();
			expect(await map.innerText()).toContain("<script>document.title='pwned'</script>");
			expect(await page.locator('[data-preview-result] script, img[src="x"]').count()).toBe(0);
			expect(await page.title()).toBe(title);
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it(
		'takes a file dragged and dropped anywhere on the page as it takes a chosen one',
		async () => {
			const { page, watch } = await open(project, 'en/');
			const file = fixture('good/utf8/capex.csv');
			const before = await page.evaluate(
				() => performance.getEntriesByName('preview:check').length
			);
			const dataTransfer = await page.evaluateHandle(
				([name, text]) => {
					const transfer = new DataTransfer();
					transfer.items.add(new File([text], name, { type: 'text/csv' }));
					return transfer;
				},
				[basename(file), readFileSync(file, 'utf8')] as const
			);
			await page.dispatchEvent('h1', 'dragover', { dataTransfer });
			await page.dispatchEvent('h1', 'drop', { dataTransfer });
			await page.waitForFunction(
				(count) => performance.getEntriesByName('preview:check').length > count,
				before,
				{ timeout: SLOW_MS }
			);
			await expect.poll(async () => (await sources(page))['capex.csv']).toBe('yours');
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it(
		'replaces only each file’s namesake, says which are the editor’s, and forgets them on reload',
		async () => {
			const { page, watch } = await open(project, 'en/');
			await drop(page, [fixture('good/utf8/capex.csv')]);
			await drop(page, [fixture('good/utf8/market.csv')]);
			const files = await sources(page);
			expect(files['capex.csv']).toBe('yours');
			expect(files['market.csv']).toBe('yours');
			expect(Object.values(files).filter((whose) => whose === 'published')).toHaveLength(
				checkedFiles().length - 2
			);
			await page.reload({ waitUntil: 'networkidle' });
			await page.waitForSelector('[data-preview-ready]', { timeout: SLOW_MS });
			expect(new Set(Object.values(await sources(page)))).toEqual(new Set(['published']));
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	it(
		'sends no request at all while it checks files, and none off the host ever',
		async () => {
			const { page, watch } = await open(project, '');
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			// problems only: the whole answer is the worker's, with nothing to fetch
			expect(await drop(page, fixtureSet('bad/utf8'))).toBe('problems');
			expect(await drop(page, fixtureSet('bad/excel-fr'))).toBe('problems');
			expect(requests).toEqual([]);
			expect(await drop(page, fixtureSet('good/excel-fr'))).toBe('story');
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		},
		SLOW_MS
	);

	describe.each(VIEWPORTS)('at $width px', (viewport) => {
		it.each(languagePaths(project))(
			'is usable and accessible in $code, published, with problems and with the editor’s story (screenshots)',
			async ({ code, path }) => {
				const { page, watch } = await open(project, path, { viewport });
				const found: string[] = [];
				const shot = async (what: string): Promise<void> => {
					await page.screenshot({
						path: `${SCREENSHOTS}/preview-${code}-${viewport.name}-${what}.png`
					});
					found.push(...(await violations(page, what)));
				};
				await shot('published');
				expect(await drop(page, fixtureSet('bad/excel-fr'))).toBe('problems');
				await page.locator('[role="status"]').scrollIntoViewIfNeeded();
				await shot('problems');
				expect(await drop(page, fixtureSet('good/utf8'))).toBe('story');
				await page.locator('[data-step="1"]').scrollIntoViewIfNeeded();
				// the map glides from the published story's state to the editor's: let it settle before the picture
				await page.waitForTimeout(800);
				await shot('story');
				expect(found).toEqual([]);
				// nothing overflows the screen sideways
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width).toBeLessThanOrEqual(viewport.width);
				expect(watch.consoleErrors).toEqual([]);
				await page.context().close();
			},
			SLOW_MS
		);
	});
});

describe.each(servedProjects().slice(1))(
	'the preview page of the project built from $name',
	(project) => {
		const added = project.expected.languages.at(-1);

		it(
			'speaks the language a developer added, its lines as its CLI prints them',
			async () => {
				if (!added) throw new Error('the fixture project has no language');
				const files = [fixture('bad/utf8/datacenters.csv')];
				const expected = cliOutput(project, files, added.code);
				const { page, watch } = await open(project, added.path);
				expect(await page.getAttribute('html', 'lang')).toBe(added.code);
				expect(await drop(page, files)).toBe('problems');
				expect(await listed(page)).toEqual(expected.slice(0, -1));
				expect(await page.locator('[data-summary]').innerText()).toBe(expected.at(-1));
				expect(watch.consoleErrors).toEqual([]);
				await page.context().close();
			},
			SLOW_MS
		);
	}
);
