/**
 * The whole story as an embed (/embed/story/) in a newsroom's page on another
 * origin. Under a pym.js parent that reports the iframe's place as the host
 * scrolls, the graphic stays pinned in the host's viewport and the steps
 * trigger where they would on the story's own page; under any other parent,
 * each step is followed by its graphic in that step's state. Steps, charts and
 * states come from the project's own parsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { connectChromium, ownProject } from './browser';
import {
	FRAMES,
	PYM,
	PYM_TRACKING,
	VIEWPORT_HEIGHT,
	hostSlug,
	openHost,
	scrollIframeTopTo,
	startHosts,
	type Host,
	type Opened,
	type ServedHosts
} from './hosts/hosts';

const SCREENSHOTS = 'tests/screenshots';
/** How far the pinned graphic may stray out of the host's viewport, px: positions are floats. */
const VIEWPORT_TOLERANCE_PX = 1;
/** pym's parent reports the position at most every `scrollwait` ms (100 by default); wait three. */
const PYM_SCROLL_QUIET_MS = 300;

const project = ownProject();
const first = project.expected.languages[0]!;
const steps = first.steps;
const STORY = `${project.url}${first.path}embed/story/`;

let browser: Browser;
let hosts: ServedHosts;

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	hosts = await startHosts();
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
	await hosts?.close();
});

/** The host scrolls so that step `index`'s middle sits in the middle of its viewport, in one jump. */
async function centreStepInHost(page: Page, frame: Frame, index: number): Promise<void> {
	const step = await frame.$eval(`[data-step="${index}"]`, (el) => {
		const box = el.getBoundingClientRect();
		return { top: box.top, height: box.height };
	});
	await page.$eval(
		'#embed iframe',
		(el, step) =>
			scrollTo(
				0,
				scrollY + el.getBoundingClientRect().top + step.top + step.height / 2 - innerHeight / 2
			),
		step
	);
}

/** The pinned graphic's box in the host's viewport. */
async function graphicInHost(page: Page, frame: Frame): Promise<{ top: number; bottom: number }> {
	const iframeTop = await page.$eval('#embed iframe', (el) => el.getBoundingClientRect().top);
	const graphic = await frame.$eval('[data-active-step]', (el) => {
		const box = el.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom };
	});
	return { top: iframeTop + graphic.top, bottom: iframeTop + graphic.bottom };
}

/** The attributes a step's hooks name, on the chart of `root`. */
async function hooksIn(frame: Frame, root: string, chart: string, names: string[]) {
	const found: Record<string, string | null> = {};
	for (const name of names)
		found[name] = await frame.getAttribute(`${root} [data-chart="${chart}"]`, name);
	return found;
}

function expectNoErrors({ watch }: Opened): void {
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.offHostRequests).toEqual([]);
}

describe.each([1280, 375])('at %i px under a pym.js parent that tracks scroll', (width) => {
	it('keeps the graphic in the host’s viewport and shows the step in view as the host scrolls', async () => {
		const opened = await openHost(browser, hosts, PYM_TRACKING, STORY, width);
		const { page, frame } = opened;
		// the first report on scroll says the host tracks it: the story turns scrolly
		await scrollIframeTopTo(page, 0);
		await frame.waitForSelector('html.host-pins', { state: 'attached' });
		const shots = new Set([0, Math.floor(steps.length / 2), steps.length - 1]);
		for (const [i, step] of steps.entries()) {
			await centreStepInHost(page, frame, i);
			await expect
				.poll(() => frame.getAttribute('[data-active-step]', 'data-active-step'))
				.toBe(String(i));
			await expect
				.poll(() => hooksIn(frame, '[data-active-step]', step.chart, Object.keys(step.hooks)))
				.toEqual(step.hooks);
			await expect
				.poll(() => graphicInHost(page, frame))
				.toSatisfy(
					(box: { top: number; bottom: number }) =>
						box.top >= -VIEWPORT_TOLERANCE_PX &&
						box.bottom <= VIEWPORT_HEIGHT + VIEWPORT_TOLERANCE_PX
				);
			if (shots.has(i)) {
				// the picture once the zoom, the bars and the fade between charts have settled
				await frame.waitForFunction(() =>
					document.getAnimations().every((animation) => animation.playState !== 'running')
				);
				await page.screenshot({
					path: `${SCREENSHOTS}/embed-story-${hostSlug(PYM_TRACKING)}-${width}-step-${i}.png`
				});
			}
		}
		expectNoErrors(opened);
	});
});

describe.each([
	['a @newswire/frames parent', FRAMES, 'none'],
	['a pym.js parent that does not track scroll', PYM, 'on-request']
] as [string, Host, string][])('under %s', (_name, host, support) => {
	it('shows each step followed by its graphic in that step’s state, and pins nothing', async () => {
		const opened = await openHost(browser, hosts, host, STORY, 375);
		const { page, frame } = opened;
		await expect
			.poll(() => frame.getAttribute('html', 'data-embed-position-support'))
			.toBe(support);
		await scrollIframeTopTo(page, -1000);
		await page.waitForTimeout(PYM_SCROLL_QUIET_MS);
		expect(await frame.getAttribute('html', 'class')).not.toContain('host-pins');
		expect(await frame.locator('.sticky').isVisible()).toBe(false);
		for (const [i, step] of steps.entries()) {
			const chart = frame.locator(`[data-step="${i}"] [data-chart="${step.chart}"]`);
			expect(await chart.isVisible()).toBe(true);
			expect(
				await hooksIn(frame, `[data-step="${i}"]`, step.chart, Object.keys(step.hooks))
			).toEqual(step.hooks);
		}
		await page.screenshot({ path: `${SCREENSHOTS}/embed-story-${hostSlug(host)}-375.png` });
		expectNoErrors(opened);
	});
});
