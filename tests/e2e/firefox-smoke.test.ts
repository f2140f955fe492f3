/**
 * What the story's browser tests need, shown to work in Firefox ESR over
 * WebDriver BiDi, and in Chromium through the same test body (browsers.ts):
 * a viewport, a page of the built site, scripts in the page, reduced
 * motion, the watch on errors and off-host requests, screenshots. The story
 * itself (each step's state, jumps, a reload, no JavaScript) is tested in
 * each engine by story.test.ts (Chromium) and firefox-story.test.ts.
 * Expected chart states come from the copy, as in story.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { startStaticServer, type StaticServer } from './harness';
import {
	ENGINES,
	launchBrowser,
	type PageOptions,
	type StoryBrowser,
	type StoryPage
} from './browsers';
import { FIREFOX_PATH, launchFirefox, watchFirefoxPage } from './firefox';
import { checkProject } from '../../src/lib/data/check';
import type { ChartState, Story } from '../../src/lib/types';

const SCREENSHOTS = 'tests/screenshots';

const steps = (checkProject(process.cwd()).stories.fr as Story).steps;

let server: StaticServer;

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	server = await startStaticServer('build');
});

afterAll(() => server?.close());

/** The attributes a chart root carries for its state. */
function expectedAttributes(state: ChartState): Record<string, string> {
	if (state.chart === 'map')
		return { 'data-focus': state.focus, 'data-highlight': state.highlight };
	if (state.chart === 'capex') return { 'data-years': state.years.join(',') };
	return { 'data-rows': state.rows.join(',') };
}

interface DrawnChart {
	chart: string | null;
	/** every state attribute the chart root carries */
	attributes: Record<string, string>;
	visible: boolean;
}

/** The chart under `root` as drawn: its name, its state attributes, whether a reader sees it. */
function readChart(page: StoryPage, root: string): Promise<DrawnChart | null> {
	return page.evaluate((selector) => {
		const chart = document.querySelector(`${selector} [data-chart]`);
		if (!chart) return null;
		const attributes: Record<string, string> = {};
		for (const name of ['data-focus', 'data-highlight', 'data-years', 'data-rows']) {
			const value = chart.getAttribute(name);
			if (value !== null) attributes[name] = value;
		}
		const box = chart.getBoundingClientRect();
		return {
			chart: chart.getAttribute('data-chart'),
			attributes,
			visible: chart.checkVisibility({ visibilityProperty: true }) && box.height > 0
		};
	}, root);
}

function expectedChart(state: ChartState): Omit<DrawnChart, 'visible'> {
	return { chart: state.chart, attributes: expectedAttributes(state) };
}

/** Scrolls so that step `index`'s middle sits in the viewport's middle, in one jump. */
function centreStep(page: StoryPage, index: number): Promise<void> {
	return page.evaluate((i) => {
		const step = document.querySelector(`[data-step="${i}"]`)!;
		const box = step.getBoundingClientRect();
		window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
	}, index);
}

/** Waits until no transition or animation runs, so that a screenshot shows the state and not a fade. */
function settle(page: StoryPage): Promise<void> {
	return page.waitForFunction(() =>
		document.getAnimations().every((animation) => animation.playState !== 'running')
	);
}

/** The step the screenshots show: a map step zoomed on a country, the map at its most demanding. */
const target = steps.findIndex(
	(step) => step.state.chart === 'map' && step.state.focus !== 'world'
);

describe.each(ENGINES)('in %s', (engine) => {
	let browser: StoryBrowser;

	beforeAll(async () => {
		browser = await launchBrowser(engine);
	});

	afterAll(() => browser?.close());

	// scrolling, a reload and pages without JavaScript are the story suites' (story.test.ts in Chromium, firefox-story.test.ts in Firefox)
	const stackedReaders: [string, Pick<PageOptions, 'javaScript' | 'reducedMotion'>, boolean][] = [
		['who ask for reduced motion', { reducedMotion: true }, true]
	];
	it.each(stackedReaders)(
		'readers %s get the stacked layout, each step followed by its chart in that step’s state',
		async (who, options, scriptsRun) => {
			const page = await browser.newPage({ width: 390, height: 844, ...options });
			await page.goto(server.url);
			// app.html's inline script marks the page; without JavaScript nothing does
			expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(
				scriptsRun
			);
			expect(
				await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)
			).toBe(options.reducedMotion ?? false);
			// the pinned panel is hidden (and, without JavaScript, empty: its island never runs)
			expect(
				await page.evaluate(() =>
					document.querySelector('.sticky')?.checkVisibility({ visibilityProperty: true })
				)
			).toBe(false);
			for (let i = 0; i < steps.length; i++)
				expect(await readChart(page, `[data-step="${i}"]`)).toMatchObject({
					...expectedChart(steps[i]!.state),
					visible: true
				});
			await centreStep(page, target);
			await settle(page);
			await page.screenshot(`${SCREENSHOTS}/${engine}-stacked-${who.replace(/ /g, '-')}.png`);
			expect(page.watch.consoleErrors).toEqual([]);
			expect(page.watch.offHostRequests).toEqual([]);
			await page.close();
		}
	);

	it('records console errors and uncaught exceptions', async () => {
		const page = await browser.newPage({ width: 390, height: 844 });
		await page.goto(server.url);
		await page.evaluate(() => {
			console.error('logged by the test');
			setTimeout(() => {
				throw new Error('thrown by the test');
			});
		});
		await expect
			.poll(() => page.watch.consoleErrors.join('\n'), { timeout: 5000 })
			.toMatch(/logged by the test[^]*thrown by the test/);
		await page.close();
	});
});

describe('Firefox', () => {
	it('is the ESR at FIREFOX_PATH, driven over WebDriver BiDi from a temporary profile that closing removes', async () => {
		const browser = await launchFirefox();
		const args = browser.process()!.spawnargs;
		const profile = args[args.indexOf('--profile') + 1]!;
		expect(args[0]).toBe(FIREFOX_PATH);
		expect(await browser.version()).toMatch(/^firefox\/\d+/);
		expect(existsSync(`${profile}/user.js`)).toBe(true);
		await browser.close();
		expect(existsSync(profile)).toBe(false);
	});

	it('sends a request for any other host to a proxy that refuses it, so it fails at once and is never looked up', async () => {
		const browser = await launchFirefox();
		const page = await browser.newPage();
		const watch = watchFirefoxPage(page);
		const failures = new Map<string, string | undefined>();
		page.on('requestfailed', (request) =>
			failures.set(request.url(), request.failure()?.errorText)
		);
		await page.goto(server.url);
		// a reserved name (RFC 2606): if the proxy were bypassed, the lookup would fail instead
		const offHost = 'http://off-host.invalid/';
		expect(
			await page.evaluate(
				(url) =>
					fetch(url).then(
						() => 'loaded',
						() => 'refused'
					),
				offHost
			)
		).toBe('refused');
		// the protocol's events may arrive after the script's answer
		await expect.poll(() => watch.offHostRequests, { timeout: 5000 }).toEqual([offHost]);
		await expect
			.poll(() => failures.get(offHost), { timeout: 5000 })
			.toBe('NS_ERROR_PROXY_CONNECTION_REFUSED');
		await browser.close();
	});
});
