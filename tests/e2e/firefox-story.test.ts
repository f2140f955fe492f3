/**
 * The story's browser tests in Firefox ESR (over WebDriver BiDi, through
 * browsers.ts): on every built project, in every language, the pinned
 * graphic shows each step's state when that step crosses the trigger line,
 * the step at the end after a jump to the bottom (the End key, or one
 * scroll straight there) and the first after a jump back to the top, and
 * the step in view after a reload mid-story; without JavaScript, each step
 * is followed by its own chart in that step's state, in the server's HTML.
 *
 * Only the page's contract hooks are read (`data-step`, `data-active-step`,
 * `data-active-chart`, `data-chart` and its state attributes), and which
 * step is in view comes from the steps' boxes through the same pure
 * function the page uses (src/lib/scroll/position.ts), so the tests hold
 * whatever engine moves the graphic. Expectations come from each project's
 * own parsers (expectations.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeStepIndex, triggerFraction } from '$lib/scroll/position';
import { launchBrowser, type StoryBrowser, type StoryPage } from './browsers';
import { servedProjects } from './browser';
import type { LanguageExpectation, StepExpectation } from './expectations';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** How long the graphic may take to follow a scroll, and a smooth scroll (keys) to come to rest, ms. */
const FOLLOW_TIMEOUT_MS = 5000;
/** How far past the trigger line a step's top is put, px: inside the step, clear of rounding. */
const PAST_LINE_PX = 10;
/** How often the graphic and the scroll position are read while waiting, ms: about three frames. */
const READ_INTERVAL_MS = 50;

/** The pinned graphic as drawn: what a reader sees, by its hooks. */
interface Graphic {
	/** `data-active-step`, or null when no graphic is drawn */
	step: number | null;
	/** `data-active-chart` */
	chart: string | null;
	/** the state attributes of its chart named by `data-active-chart` */
	hooks: Record<string, string | null>;
	/** whether that chart is shown (not hidden, and of some height) */
	visible: boolean;
}

/** Where the page is: the step under the trigger line, from the steps' boxes, and whether it is scrolled to the bottom. */
interface Position {
	inView: number;
	atBottom: boolean;
	scrollY: number;
}

/** Reads the graphic, with the state attributes `names`; synchronous, so it works with scripts off too. */
function readGraphic(page: StoryPage, names: string[]): Promise<Graphic> {
	return page.evaluate((names) => {
		const graphic = document.querySelector('[data-active-step]');
		const chartName = graphic?.getAttribute('data-active-chart') ?? null;
		const chart = graphic?.querySelector(`[data-chart="${chartName}"]`);
		const hooks: Record<string, string | null> = {};
		for (const name of names) hooks[name] = chart?.getAttribute(name) ?? null;
		const box = chart?.getBoundingClientRect();
		return {
			step: graphic ? Number(graphic.getAttribute('data-active-step')) : null,
			chart: chartName,
			hooks,
			visible: Boolean(
				chart?.checkVisibility({ visibilityProperty: true }) && box && box.height > 0
			)
		};
	}, names);
}

/** Where the page is now, read in one go. */
function position(page: StoryPage): Promise<Position> {
	return page
		.evaluate(() => ({
			boxes: [...document.querySelectorAll('[data-step]')].map((step) => {
				const box = step.getBoundingClientRect();
				return { top: box.top, bottom: box.bottom };
			}),
			width: window.innerWidth,
			height: window.innerHeight,
			scrollY: window.scrollY,
			atBottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
		}))
		.then(({ boxes, width, height, scrollY, atBottom }) => ({
			inView: activeStepIndex(boxes, height * triggerFraction(width)),
			atBottom,
			scrollY
		}));
}

/** What the graphic shows for `step`, as the project's parsers say. */
function expectedGraphic(index: number, step: StepExpectation): Graphic {
	return { step: index, chart: step.chart, hooks: step.hooks, visible: true };
}

/** Waits until the graphic shows step `index` in that step's state; fails with what it shows after FOLLOW_TIMEOUT_MS. */
async function expectGraphicAt(
	page: StoryPage,
	steps: StepExpectation[],
	index: number
): Promise<void> {
	const step = steps[index]!;
	await expect
		.poll(() => readGraphic(page, Object.keys(step.hooks)), {
			timeout: FOLLOW_TIMEOUT_MS,
			interval: READ_INTERVAL_MS
		})
		.toEqual(expectedGraphic(index, step));
}

/** Waits until the page stops moving (two reads READ_INTERVAL_MS apart agree), then returns where it is. */
async function settledPosition(page: StoryPage): Promise<Position> {
	let last = await position(page);
	const giveUpAt = Date.now() + FOLLOW_TIMEOUT_MS;
	for (;;) {
		await new Promise((done) => setTimeout(done, READ_INTERVAL_MS));
		const now = await position(page);
		if (now.scrollY === last.scrollY || Date.now() > giveUpAt) return now;
		last = now;
	}
}

/** The trigger line of the page's viewport, as a fraction of its height. */
async function lineOf(page: StoryPage): Promise<number> {
	return triggerFraction(await page.evaluate(() => window.innerWidth));
}

/** Puts step `index`'s top just past the trigger line (at `fraction` of the height), in one jump. */
async function jumpToStep(page: StoryPage, index: number, fraction: number): Promise<void> {
	await page.evaluate(
		([i, fraction, past]) => {
			const top = document.querySelector(`[data-step="${i}"]`)!.getBoundingClientRect().top;
			window.scrollTo({
				top: window.scrollY + top - window.innerHeight * fraction + past,
				behavior: 'instant'
			});
		},
		[index, fraction, PAST_LINE_PX] as const
	);
}

/** Every language of every project, once each. */
const languages = servedProjects().flatMap((project) =>
	project.expected.languages.map((language) => ({
		project: project.name,
		url: project.url + language.path,
		language
	}))
);

describe('the story in Firefox', () => {
	let browser: StoryBrowser;

	beforeAll(async () => {
		browser = await launchBrowser('firefox');
	});

	afterAll(() => browser?.close());

	async function open(url: string, viewport = PHONE): Promise<StoryPage> {
		const page = await browser.newPage(viewport);
		await page.goto(url);
		return page;
	}

	async function close(page: StoryPage): Promise<void> {
		expect(page.watch.consoleErrors).toEqual([]);
		expect(page.watch.offHostRequests).toEqual([]);
		await page.close();
	}

	/** Scrolls each step past the trigger line in turn; the graphic follows each, and the step is the one in view. */
	async function scrollThroughSteps(page: StoryPage, language: LanguageExpectation) {
		const steps = language.steps;
		expect(await page.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(
			steps.length
		);
		await expectGraphicAt(page, steps, 0);
		const fraction = await lineOf(page);
		for (let i = 0; i < steps.length; i++) {
			// an instant scroll has moved the page by the time scrollTo returns
			await jumpToStep(page, i, fraction);
			expect((await position(page)).inView).toBe(i);
			await expectGraphicAt(page, steps, i);
		}
	}

	it.each(languages)(
		'$project, $language.code: the graphic shows each step’s state as that step crosses the line, on a phone',
		async ({ url, language }) => {
			const page = await open(url);
			await scrollThroughSteps(page, language);
			await close(page);
		}
	);

	it.each(servedProjects())(
		'$name: the graphic shows each step’s state as that step crosses the line, on a wide screen',
		async (project) => {
			const language = project.expected.languages[0]!;
			const page = await open(project.url + language.path, DESKTOP);
			await scrollThroughSteps(page, language);
			await close(page);
		}
	);

	it.each(servedProjects())(
		'$name: the graphic shows the last step after a jump to the end (End, or one scroll there) and the first after a jump to the top',
		async (project) => {
			const steps = project.expected.languages[0]!.steps;
			const last = steps.length - 1;
			const page = await open(project.url + project.expected.languages[0]!.path);
			await expectGraphicAt(page, steps, 0);

			// the End key scrolls smoothly to the bottom: the graphic must end on the last step
			await page.press('End');
			await page.waitForFunction(
				() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
				undefined,
				FOLLOW_TIMEOUT_MS
			);
			expect(await settledPosition(page)).toMatchObject({ inView: last, atBottom: true });
			await expectGraphicAt(page, steps, last);
			await page.press('Home');
			await page.waitForFunction(() => window.scrollY === 0, undefined, FOLLOW_TIMEOUT_MS);
			await expectGraphicAt(page, steps, 0);

			// one scroll from the top straight to the bottom, past every step in a single frame, and back
			await page.evaluate(() =>
				window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
			);
			expect(await position(page)).toMatchObject({ inView: last, atBottom: true });
			await expectGraphicAt(page, steps, last);
			await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
			expect(await position(page)).toMatchObject({ inView: 0, scrollY: 0 });
			await expectGraphicAt(page, steps, 0);
			await close(page);
		}
	);

	it.each(servedProjects())(
		'$name: after a reload mid-story, the graphic shows the step in view',
		async (project) => {
			const language = project.expected.languages[0]!;
			const steps = language.steps;
			const middle = Math.floor(steps.length / 2);
			const page = await open(project.url + language.path);
			await jumpToStep(page, middle, await lineOf(page));
			await expectGraphicAt(page, steps, middle);
			await page.reload();
			// Firefox restores the scroll position a moment after the load: wait for it, then read the step there
			await page.waitForFunction(() => window.scrollY > 0, undefined, FOLLOW_TIMEOUT_MS);
			const { inView } = await settledPosition(page);
			expect(inView).toBe(middle);
			await expectGraphicAt(page, steps, inView);
			await close(page);
		}
	);
});

describe('the story in Firefox without JavaScript', () => {
	let browser: StoryBrowser;

	// scripts are a launch preference in Firefox: one browser with them off, for every page here
	beforeAll(async () => {
		browser = await launchBrowser('firefox', { javaScript: false });
	});

	afterAll(() => browser?.close());

	it.each(languages)(
		'$project, $language.code: each step is followed by its chart in that step’s state, and no pinned graphic shows',
		async ({ url, language }) => {
			const page = await browser.newPage(PHONE);
			await page.goto(url);
			// app.html's inline script marks the page when scripts run
			expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(
				false
			);
			const pinned = await readGraphic(page, []);
			expect(pinned.step === null || !pinned.visible, 'a pinned graphic shows').toBe(true);
			// each step's charts, with the attributes that step's state sets
			const drawn = await page.evaluate(
				(namesByStep) =>
					namesByStep.map((names, i) =>
						[...document.querySelectorAll(`[data-step="${i}"] [data-chart]`)].map((chart) => {
							const hooks: Record<string, string | null> = {};
							for (const name of names) hooks[name] = chart.getAttribute(name);
							return {
								chart: chart.getAttribute('data-chart'),
								hooks,
								visible:
									chart.checkVisibility({ visibilityProperty: true }) &&
									chart.getBoundingClientRect().height > 0
							};
						})
					),
				language.steps.map((step) => Object.keys(step.hooks))
			);
			expect(drawn).toEqual(
				language.steps.map((step) => [{ chart: step.chart, hooks: step.hooks, visible: true }])
			);
			expect(page.watch.consoleErrors).toEqual([]);
			expect(page.watch.offHostRequests).toEqual([]);
			await page.close();
		}
	);
});
