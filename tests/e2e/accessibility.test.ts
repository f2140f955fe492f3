/**
 * Screen-reader and keyboard readers: axe-core's WCAG 2.1 A/AA rules on the
 * built pages, in both layouts, at 320, 390 and 1280 px, in the light and
 * the dark theme, with the graphic showing each chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { connectChromium, ownProject } from './browser';

const project = ownProject();
let browser: Browser;

beforeAll(async () => {
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

/**
 * Waits until the page has moved to what the last scroll or resize asked
 * for: two frames (the scroll engine's, then the one whose style starts the
 * transitions), then until no animation or transition runs. axe reads
 * colours as drawn, and a fading text's contrast is not its own.
 */
async function settled(page: Page): Promise<void> {
	// evaluate awaits the page's promise; waitForFunction would take the promise itself for true
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
	await page.waitForFunction(() =>
		document.getAnimations().every((animation) => animation.playState !== 'running')
	);
}

/** What axe's WCAG 2.1 A and AA rules find on the page as it is, a line each, prefixed with where it was. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/** The narrowest phone the story supports, a common phone, a desktop. */
const WIDTHS = [
	{ width: 320, height: 640 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];
const THEMES = ['light', 'dark'] as const;

/** One step of each chart: the first that shows it, so every chart is checked in a state the story gives it. */
const STEPS = [
	...new Map(
		project.expected.languages[0]!.steps.map((step, i) => [step.chart, i] as const).reverse()
	).values()
].sort((a, b) => a - b);

/** A case's name, the page's path, the browser's options, and the steps to analyse. */
type Case = [string, string, BrowserContextOptions, number[]];

/**
 * Every language at every width in both themes, in the scrolly layout; and
 * the stacked layout (reduced motion) of the first language at 390 px, in
 * both themes: it is what readers without JavaScript get too (axe itself
 * needs JavaScript to run).
 */
const CASES: Case[] = project.expected.languages.flatMap((language, i) =>
	WIDTHS.flatMap((viewport) =>
		THEMES.flatMap((colorScheme) => {
			const name = `${language.code}, ${viewport.width} px, ${colorScheme}`;
			// every chart's state at a common phone's width in the first language, the first step elsewhere (each analysis takes seconds)
			const steps = i === 0 && viewport.width === 390 ? STEPS : STEPS.slice(0, 1);
			const scrolly: Case = [`${name}, scrolly`, language.path, { viewport, colorScheme }, steps];
			// the stacked layout at a common phone's width: its charts are the scrolly layout's, in the
			// flow, every step's at once, and scrolling changes nothing on it: one analysis sees them all
			if (i > 0 || viewport.width !== 390) return [scrolly];
			const stacked: Case = [
				`${name}, stacked (reduced motion)`,
				language.path,
				{ viewport, colorScheme, reducedMotion: 'reduce' },
				STEPS.slice(0, 1)
			];
			return [scrolly, stacked];
		})
	)
);

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
	it.each(CASES)('%s has no violations', async (_name, path, options, steps) => {
		const context = await browser.newContext({ reducedMotion: 'no-preference', ...options });
		const page = await context.newPage();
		await page.goto(project.url + path, { waitUntil: 'networkidle' });
		const violations: string[] = [];
		for (const step of steps) {
			await page.locator(`[data-step="${step}"]`).scrollIntoViewIfNeeded();
			// after a long jump the scroll engine may take a few frames to move the graphic: wait
			// for it to show this step (when it shows at all: the stacked layout hides it)
			await page.waitForFunction((step) => {
				const graphic = document.querySelector<HTMLElement>('[data-active-step]');
				return !graphic?.offsetParent || graphic.dataset.activeStep === String(step);
			}, step);
			await settled(page);
			violations.push(...(await axeViolations(page, `step ${step}`)));
		}
		expect(violations).toEqual([]);
		await context.close();
	});
});

/**
 * The embed pages of the first language: one chart of each kind, a
 * step, and the whole story, as a
 * host's iframe shows them at each width; each page in the theme a host
 * asks for with `?theme=`.
 */
const EMBEDS: string[] = [
	...project.expected.charts.map((chart) => `embed/${chart.name}/`),
	// a step's embed is a chart's, captioned: one of them
	`embed/step/${STEPS[0]}/`,
	'embed/story/',
	// the index of embeds, with a live preview of each
	'embed/'
].map((path) => `${project.expected.languages[0]!.path}${path}`);

describe('accessibility of the embed pages (axe-core, WCAG 2.1 A and AA)', () => {
	it.each(EMBEDS.flatMap((path) => THEMES.map((theme) => [path, theme] as const)))(
		'%s with ?theme=%s has no violations at 320, 390 and 1280 px',
		async (path, theme) => {
			const context = await browser.newContext({ reducedMotion: 'no-preference' });
			const page = await context.newPage();
			const violations: string[] = [];
			await page.setViewportSize(WIDTHS[0]!);
			await page.goto(`${project.url}${path}?theme=${theme}`, { waitUntil: 'networkidle' });
			// an iframe's width changes as its host's column does: the same page, resized
			for (const viewport of WIDTHS) {
				await page.setViewportSize(viewport);
				await settled(page);
				violations.push(...(await axeViolations(page, `${viewport.width} px`)));
			}
			expect(violations).toEqual([]);
			await context.close();
		}
	);
});
