/**
 * The story as readers get it: each built project (this one, and the
 * fixture with other data and a third language) served from a sub-path on
 * 127.0.0.1 and read in Chromium at a phone's and a desktop's size. Every
 * expectation (the steps, each step's chart and state, the languages) comes
 * from the project's own parsers, so editors can rewrite data and copy
 * without touching this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { connectChromium, servedProjects } from './browser';
import { watchPage, type PageWatch } from './harness';
import type { LanguageExpectation, StepExpectation } from './expectations';

const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
] as const;

const SCREENSHOTS = 'tests/screenshots';

let browser: Browser;

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

/** The hooks a chart root carries, read from the page for the attributes a step expects. */
async function chartHooks(
	page: Page,
	root: string,
	step: StepExpectation
): Promise<Record<string, string | null>> {
	const chart = page.locator(`${root} [data-chart="${step.chart}"]`).first();
	const found: Record<string, string | null> = {};
	for (const name of Object.keys(step.hooks)) found[name] = await chart.getAttribute(name);
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

async function expectActiveStep(
	page: Page,
	steps: StepExpectation[],
	index: number
): Promise<void> {
	await page.waitForSelector(`[data-active-step="${index}"]`, { timeout: 5000 });
	const step = steps[index]!;
	await expect
		.poll(() => chartHooks(page, '[data-active-step]', step), { timeout: 5000 })
		.toEqual(step.hooks);
	expect(await page.locator('[data-active-step]').getAttribute('data-active-chart')).toBe(
		step.chart
	);
}

async function open(
	url: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({ reducedMotion: 'no-preference', ...options });
	const page = await context.newPage();
	const watch = watchPage(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, watch };
}

/**
 * The text the pinned map writes over itself (country names, annotations)
 * that is not wholly inside the map's frame above its legend: each as
 * "text (box)". Empty when every label and note fits.
 */
function textOutsideMap(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const layer = document.querySelector('[data-active-step] .on-stage');
		const frame = layer?.querySelector('.frame')?.getBoundingClientRect();
		const key = layer?.querySelector('.key')?.getBoundingClientRect();
		if (!layer || !frame || !key || frame.height === 0) return ['the map’s frame has no size'];
		const bottom = Math.min(frame.bottom, key.top);
		return [...layer.querySelectorAll<HTMLElement>('.label, .note')]
			.filter((el) => getComputedStyle(el).opacity !== '0')
			.map((el) => ({ text: el.textContent?.trim() ?? '', box: el.getBoundingClientRect() }))
			.filter(
				({ box }) =>
					box.left < frame.left - 0.5 ||
					box.right > frame.right + 0.5 ||
					box.top < frame.top - 0.5 ||
					box.bottom > bottom + 0.5
			)
			.map(
				({ text, box }) =>
					`${text} (${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')})`
			);
	});
}

/** Indices worth a picture: the first, the middle and the last step. */
function pictured(count: number): Set<number> {
	return new Set([0, Math.floor(count / 2), count - 1]);
}

describe.each(servedProjects())('the project built from $name', (project) => {
	const languages = project.expected.languages;
	const [first, ...others] = languages as [LanguageExpectation, ...LanguageExpectation[]];

	describe.each(VIEWPORTS)('in its first language at $width×$height', (viewport) => {
		const steps = first.steps;

		it('shows each step’s state when that step is scrolled to the middle, the map’s text inside its panel', async () => {
			const { page, watch } = await open(project.url + first.path, { viewport });
			const shots = pictured(steps.length);
			for (let i = 0; i < steps.length; i++) {
				await centreStep(page, i);
				await expectActiveStep(page, steps, i);
				// once the zoom has settled, every name and note the map shows is inside its panel
				if (steps[i]!.chart === 'map')
					await expect.poll(() => textOutsideMap(page), { timeout: 5000 }).toEqual([]);
				if (project.name === 'data/' && shots.has(i)) {
					await page.waitForTimeout(800); // let the zoom and bars settle before the picture
					await page.screenshot({ path: `${SCREENSHOTS}/${viewport.name}-step-${i}.png` });
				}
			}
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		});

		it('lands on the right state after one long jump to a middle step, and after a fling to the end', async () => {
			const { page, watch } = await open(project.url + first.path, { viewport });
			const middle = Math.floor(steps.length / 2);
			await centreStep(page, middle);
			await expectActiveStep(page, steps, middle);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.evaluate(() => {
				const last = [...document.querySelectorAll('[data-step]')].at(-1)!;
				last.scrollIntoView({ block: 'center' });
			});
			await expectActiveStep(page, steps, steps.length - 1);
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		});

		it('shows the step in view after a reload mid-story', async () => {
			const { page, watch } = await open(project.url + first.path, { viewport });
			const target = steps.length - 1;
			await centreStep(page, target);
			await expectActiveStep(page, steps, target);
			await page.reload({ waitUntil: 'networkidle' });
			await expectActiveStep(page, steps, target);
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		});
	});

	it.each(others)(
		'serves $code at its own path, in its language, with each step’s state',
		async (language) => {
			const { page, watch } = await open(project.url + language.path, {
				viewport: { width: 1280, height: 800 }
			});
			expect(await page.getAttribute('html', 'lang')).toBe(language.code);
			expect(await page.locator('h1').textContent()).toBe(language.headline);
			expect(await page.locator('[data-step]').count()).toBe(language.steps.length);
			for (let i = 0; i < language.steps.length; i++) {
				await centreStep(page, i);
				await expectActiveStep(page, language.steps, i);
			}
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		}
	);

	it.each(languages)(
		'prints $code’s date under the byline and in the page’s metadata, or neither when the copy gives none',
		async (language) => {
			const { page, watch } = await open(project.url + language.path);
			const time = page.locator('header time');
			const meta = page.locator('meta[property="article:published_time"]');
			if (language.date === null) {
				expect(await time.count()).toBe(0);
				expect(await meta.count()).toBe(0);
			} else {
				expect(await time.getAttribute('datetime')).toBe(language.date.iso);
				expect(await time.textContent()).toBe(language.date.text);
				expect(await meta.getAttribute('content')).toBe(language.date.iso);
				// under the byline: the date comes after it in the header
				const [byline, date] = await Promise.all(
					['.byline', 'header time'].map((selector) =>
						page.locator(selector).evaluate((el) => el.getBoundingClientRect().top)
					)
				);
				expect(date!).toBeGreaterThan(byline!);
			}
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		}
	);

	it.each(languages)(
		'links $code to every other language, each loading whole',
		async (language) => {
			const { page, watch } = await open(project.url + language.path);
			const links = page.locator('a[hreflang]');
			const listed = await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
			expect(listed.sort()).toEqual(
				languages
					.filter((l) => l.code !== language.code)
					.map((l) => l.code)
					.sort()
			);
			for (const other of languages.filter((l) => l.code !== language.code)) {
				await page.goto(project.url + language.path, { waitUntil: 'networkidle' });
				await page.locator(`a[hreflang="${other.code}"]`).click();
				await page.waitForURL(project.url + other.path);
				expect(await page.getAttribute('html', 'lang')).toBe(other.code);
			}
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.offHostRequests).toEqual([]);
			await page.context().close();
		}
	);

	it('reads each step followed by its own chart to screen readers, and hides the pinned copy', async () => {
		const { page, watch } = await open(project.url + first.path, {
			viewport: { width: 390, height: 844 }
		});
		expect(await page.locator('.sticky').ariaSnapshot()).toBe('');
		for (let i = 0; i < first.steps.length; i++) {
			const step = first.steps[i]!;
			const tree = await page.locator(`[data-step="${i}"]`).ariaSnapshot();
			// the accessibility tree reads no-break spaces as spaces
			expect(tree).toContain(step.text.slice(0, 40).replace(/[\u00a0\u202f]/g, ' '));
			// every chart speaks through its description; its data table is behind a disclosure (readers.test.ts)
			expect(tree).toMatch(/img "[^"]+"/);
		}
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	it.each([
		['without JavaScript', { javaScriptEnabled: false }],
		['who ask for reduced motion', { reducedMotion: 'reduce' as const }],
		['on a phone held sideways', { viewport: { width: 844, height: 390 } }]
	])(
		'gives readers %s each step followed by its graphic in that step’s state',
		async (_who, options) => {
			const { page, watch } = await open(project.url + first.path, {
				viewport: { width: 390, height: 844 },
				...options
			});
			expect(await page.locator('.sticky').isVisible()).toBe(false);
			for (let i = 0; i < first.steps.length; i++) {
				const step = first.steps[i]!;
				const chart = page.locator(`[data-step="${i}"] [data-chart="${step.chart}"]`);
				await chart.scrollIntoViewIfNeeded();
				expect(await chart.isVisible()).toBe(true);
				expect(await chartHooks(page, `[data-step="${i}"]`, step)).toEqual(step.hooks);
			}
			expect(watch.offHostRequests).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await page.context().close();
		}
	);
});
