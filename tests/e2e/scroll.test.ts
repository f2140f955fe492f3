/**
 * The graphic is always right: whatever moved the page (a fling past the
 * last step, a jump to the top, the End and Home keys, an anchor link, a
 * resize or a rotation mid-story, back and forward), once the scroll has
 * settled the pinned graphic shows the step under the trigger line, as
 * `activeStepIndex` and `triggerFraction` (src/lib/scroll/position.ts) read
 * the steps' boxes at that moment, and it does so by the next frame: the
 * page is read in the frame after the one in which it stopped moving, with
 * no polling. Where the answer does not depend on geometry (the top of the
 * page: the first step; the end: the last), it is also checked as such.
 * On every built project, in its first language, on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { activeStepIndex, triggerFraction, type StepBox } from '$lib/scroll/position';
import { connectChromium, servedProjects } from './browser';
import { watchPage, type PageWatch } from './harness';
import type { StepExpectation } from './expectations';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** A phone on its side: under 560 px tall, so the stacked layout, the engine still running. */
const PHONE_SIDEWAYS = { width: 844, height: 390 };
/** How long a smooth scroll (keys, a wheel) may take to come to rest. */
const SCROLL_TIMEOUT_MS = 5000;

let browser: Browser;

beforeAll(async () => {
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

interface Settled {
	/** `data-active-step` of the pinned graphic */
	active: number;
	/** `data-active-chart` */
	chart: string | null;
	boxes: StepBox[];
	width: number;
	height: number;
	scrollY: number;
}

/**
 * Waits, frame by frame, until the page has not scrolled for one frame (or
 * SCROLL_TIMEOUT_MS), lets one more frame run, and reads the graphic and the
 * steps' boxes in that frame.
 */
async function settle(page: Page): Promise<Settled> {
	return page.evaluate(async (timeout) => {
		const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
		const giveUpAt = performance.now() + timeout;
		let last = window.scrollY;
		await frame();
		while (window.scrollY !== last && performance.now() < giveUpAt) {
			last = window.scrollY;
			await frame();
		}
		await frame();
		const graphic = document.querySelector('[data-active-step]');
		return {
			active: Number(graphic?.getAttribute('data-active-step')),
			chart: graphic?.getAttribute('data-active-chart') ?? null,
			boxes: [...document.querySelectorAll('[data-step]')].map((step) => {
				const box = step.getBoundingClientRect();
				return { top: box.top, bottom: box.bottom };
			}),
			width: window.innerWidth,
			height: window.innerHeight,
			scrollY: window.scrollY
		};
	}, SCROLL_TIMEOUT_MS);
}

/** The graphic shows the step under the trigger line, in that step's chart; returns that step. */
async function expectStepUnderLine(page: Page, steps: StepExpectation[]): Promise<number> {
	const seen = await settle(page);
	const expected = activeStepIndex(seen.boxes, seen.height * triggerFraction(seen.width));
	expect(seen.active, `at scrollY ${seen.scrollY} in a ${seen.width}×${seen.height} window`).toBe(
		expected
	);
	expect(seen.chart).toBe(steps[expected]!.chart);
	return expected;
}

async function open(url: string): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({ reducedMotion: 'no-preference', viewport: PHONE });
	const page = await context.newPage();
	const watch = watchPage(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-active-step]');
	return { page, watch };
}

async function close(page: Page, watch: PageWatch): Promise<void> {
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.offHostRequests).toEqual([]);
	await page.context().close();
}

/** Puts step `index`'s top just past the trigger line, in one jump. */
async function jumpToStep(page: Page, index: number): Promise<void> {
	const fraction = triggerFraction(page.viewportSize()!.width);
	await page.evaluate(
		([i, fraction]) => {
			const top = document.querySelector(`[data-step="${i}"]`)!.getBoundingClientRect().top;
			window.scrollTo(0, window.scrollY + top - window.innerHeight * fraction + 10);
		},
		[index, fraction] as const
	);
}

describe.each(servedProjects())('the pinned graphic of the project built from $name', (project) => {
	const language = project.expected.languages[0]!;
	const steps = language.steps;
	const last = steps.length - 1;
	const url = project.url + language.path;

	it('shows the last step after a fling past it, and the first after a jump to the top', async () => {
		const { page, watch } = await open(url);
		// one wheel turn of the whole page's length: the page flies past every trigger in a few frames
		await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
		await page.mouse.wheel(0, await page.evaluate(() => document.documentElement.scrollHeight));
		await page.waitForFunction(
			() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
			undefined,
			{ timeout: SCROLL_TIMEOUT_MS }
		);
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await page.evaluate(() => window.scrollTo(0, 0));
		expect(await expectStepUnderLine(page, steps)).toBe(0);
		await close(page, watch);
	});

	it('follows the End and Home keys', async () => {
		const { page, watch } = await open(url);
		await jumpToStep(page, Math.floor(steps.length / 2));
		await expectStepUnderLine(page, steps);
		await page.keyboard.press('End');
		await page.waitForFunction(
			() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
			undefined,
			{ timeout: SCROLL_TIMEOUT_MS }
		);
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await page.keyboard.press('Home');
		await page.waitForFunction(() => window.scrollY === 0, undefined, {
			timeout: SCROLL_TIMEOUT_MS
		});
		expect(await expectStepUnderLine(page, steps)).toBe(0);
		await close(page, watch);
	});

	it('follows anchor links to a step and to the sources, and back and forward between them', async () => {
		const target = Math.floor(steps.length / 2);
		// a reader arrives from another page by a link to a step
		const { page, watch } = await open(`${url}#step-${target}`);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		const atStep = await expectStepUnderLine(page, steps);
		// then follows a link to the sources, at the end of the story
		await page.evaluate(() => (window.location.hash = '#sources'));
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await page.goBack();
		expect(await expectStepUnderLine(page, steps)).toBe(atStep);
		await page.goForward();
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await close(page, watch);
	});

	it('follows a resize and a rotation mid-story', async () => {
		const { page, watch } = await open(url);
		await jumpToStep(page, Math.floor(steps.length / 2));
		await expectStepUnderLine(page, steps);
		// across the breakpoint: the steps move beside the graphic and the line moves up
		await page.setViewportSize(DESKTOP);
		await expectStepUnderLine(page, steps);
		await page.setViewportSize(PHONE);
		await expectStepUnderLine(page, steps);
		await page.setViewportSize(PHONE_SIDEWAYS);
		await expectStepUnderLine(page, steps);
		await page.setViewportSize(PHONE);
		await expectStepUnderLine(page, steps);
		await close(page, watch);
	});

	it('shows the step in view after leaving the page and coming back, and going forward again', async () => {
		const { page, watch } = await open(url);
		await jumpToStep(page, last);
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		// away by a real link, the language switch, followed where the reader is (a mouse click would scroll up to it first)
		await page.locator('a[hreflang]').first().dispatchEvent('click');
		await page.waitForURL((next) => next.href !== url);
		await page.goBack({ waitUntil: 'networkidle' });
		await page.waitForFunction(() => window.scrollY > 0, undefined, {
			timeout: SCROLL_TIMEOUT_MS
		});
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await page.goForward({ waitUntil: 'networkidle' });
		await page.goBack({ waitUntil: 'networkidle' });
		await page.waitForFunction(() => window.scrollY > 0, undefined, {
			timeout: SCROLL_TIMEOUT_MS
		});
		expect(await expectStepUnderLine(page, steps)).toBe(last);
		await close(page, watch);
	});
});
