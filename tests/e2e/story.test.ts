/**
 * The story as readers get it: the built site, served from a sub-path on
 * 127.0.0.1, read in Debian's Chromium at a phone's and a desktop's size.
 * Expected chart states come from the copy itself (parsed by the checker),
 * so editors can rewrite steps without touching this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
	launchChromium,
	startStaticServer,
	watchPage,
	type PageWatch,
	type StaticServer
} from './harness';
import { checkProject } from '../../src/lib/data/check';
import { typesetStory } from '../../src/lib/text/typography';
import type { ChartState, Story } from '../../src/lib/types';

const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
] as const;

const SCREENSHOTS = 'tests/screenshots';

const check = checkProject(process.cwd());
// the page shows the copy typeset (no-break spaces, apostrophes): compare with that
const fr = typesetStory(check.stories.fr as Story);
const en = typesetStory(check.stories.en as Story);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	server = await startStaticServer('build');
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The attributes a chart root carries for its state, as `[data-chart]` selectors check them. */
function expectedAttributes(state: ChartState): Record<string, string> {
	if (state.chart === 'map')
		return { 'data-focus': state.focus, 'data-highlight': state.highlight };
	if (state.chart === 'capex') return { 'data-years': state.years.join(',') };
	return { 'data-rows': state.rows.join(',') };
}

async function chartAttributes(
	page: Page,
	root: string,
	state: ChartState
): Promise<Record<string, string | null>> {
	const chart = page.locator(`${root} [data-chart="${state.chart}"]`).first();
	const found: Record<string, string | null> = {};
	for (const name of Object.keys(expectedAttributes(state)))
		found[name] = await chart.getAttribute(name);
	return found;
}

/** Scrolls so that step `index`'s middle sits in the viewport's middle, in one jump. */
async function centreStep(page: Page, index: number): Promise<void> {
	await page.evaluate((i) => {
		const step = document.querySelector(`[data-step="${i}"]`)!;
		const box = step.getBoundingClientRect();
		window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
	}, index);
}

async function expectActiveStep(page: Page, index: number): Promise<void> {
	await page.waitForSelector(`[data-active-step="${index}"]`, { timeout: 5000 });
	const state = fr.steps[index]!.state;
	await expect
		.poll(() => chartAttributes(page, '[data-active-step]', state), { timeout: 5000 })
		.toEqual(expectedAttributes(state));
	expect(await page.locator('[data-active-step]').getAttribute('data-active-chart')).toBe(
		state.chart
	);
}

async function openStory(
	width: number,
	height: number,
	path = ''
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({
		viewport: { width, height },
		reducedMotion: 'no-preference'
	});
	const page = await context.newPage();
	const watch = watchPage(page);
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	return { page, watch };
}

describe.each(VIEWPORTS)('the French story at $width×$height', ({ name, width, height }) => {
	it('shows each step’s state when that step is scrolled to the middle', async () => {
		const { page, watch } = await openStory(width, height);
		expect(fr.steps.length).toBeGreaterThanOrEqual(8);
		for (let i = 0; i < fr.steps.length; i++) {
			await centreStep(page, i);
			await expectActiveStep(page, i);
			if ([0, 2, 4, 5, 8, 10, 12, 13].includes(i)) {
				await page.waitForTimeout(800); // let the zoom and bars settle before the picture
				await page.screenshot({ path: `${SCREENSHOTS}/${name}-step-${i}.png` });
			}
		}
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offHostRequests).toEqual([]);
		await page.context().close();
	});

	it('lands on the right state after one long jump to a middle step, and after a fling to the end', async () => {
		const { page, watch } = await openStory(width, height);
		const middle = Math.floor(fr.steps.length / 2);
		await centreStep(page, middle);
		await expectActiveStep(page, middle);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.evaluate(() => {
			const last = [...document.querySelectorAll('[data-step]')].at(-1)!;
			last.scrollIntoView({ block: 'center' });
		});
		await expectActiveStep(page, fr.steps.length - 1);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('shows the step in view after a reload mid-story', async () => {
		const { page, watch } = await openStory(width, height);
		const target = fr.steps.findIndex(
			(step) => step.state.chart === 'map' && step.state.focus !== 'world'
		);
		expect(target).toBeGreaterThan(0);
		await centreStep(page, target);
		await expectActiveStep(page, target);
		await page.reload({ waitUntil: 'networkidle' });
		await expectActiveStep(page, target);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

describe('screen-reader users in the scrolly layout', () => {
	it('hear each step followed by its own chart, and not the pinned copy', async () => {
		const { page, watch } = await openStory(390, 844);
		expect(await page.locator('.sticky').ariaSnapshot()).toBe('');
		for (let i = 0; i < fr.steps.length; i++) {
			const state = fr.steps[i]!.state;
			const tree = await page.locator(`[data-step="${i}"]`).ariaSnapshot();
			// the accessibility tree reads no-break spaces as spaces
			expect(tree).toContain(fr.steps[i]!.text[0]!.slice(0, 40).replace(/[\u00a0\u202f]/g, ' '));
			// the map speaks through its description, the bars through their table
			expect(tree).toMatch(state.chart === 'map' ? /img "[^"]+"/ : /- table/);
		}
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

describe('readers without the scrolly layout', () => {
	it.each([
		['without JavaScript', { javaScriptEnabled: false }],
		['who ask for reduced motion', { reducedMotion: 'reduce' as const }],
		[
			'on a phone held sideways',
			{ viewport: { width: 844, height: 390 }, reducedMotion: 'no-preference' as const }
		]
	])('%s get each step followed by its graphic in that step’s state', async (_who, options) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
		const page = await context.newPage();
		const watch = watchPage(page);
		await page.goto(server.url, { waitUntil: 'networkidle' });
		expect(await page.locator('.sticky').isVisible()).toBe(false);
		for (let i = 0; i < fr.steps.length; i++) {
			const state = fr.steps[i]!.state;
			const chart = page.locator(`[data-step="${i}"] [data-chart="${state.chart}"]`);
			await chart.scrollIntoViewIfNeeded();
			expect(await chart.isVisible()).toBe(true);
			expect(await chartAttributes(page, `[data-step="${i}"]`, state)).toEqual(
				expectedAttributes(state)
			);
		}
		expect(watch.offHostRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});
});

describe('the English story', () => {
	it('is served at en/ in English, with its own copy and a link back to French', async () => {
		const { page, watch } = await openStory(1280, 800, 'en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe(en.headline);
		expect(await page.locator('[data-step]').count()).toBe(en.steps.length);
		const back = page.locator('a[hreflang="fr"]');
		await back.click();
		await page.waitForURL(server.url);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offHostRequests).toEqual([]);
		await page.context().close();
	});
});
