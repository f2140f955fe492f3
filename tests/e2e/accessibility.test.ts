/**
 * Screen-reader and keyboard readers: axe-core's WCAG 2.1 A/AA rules on the
 * built pages, in both layouts, at a phone's and a desktop's width, with the
 * graphic in several states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { connectChromium, ownProject } from './browser';

const project = ownProject();
let browser: Browser;

beforeAll(async () => {
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The first language at both sizes and in both layouts; each other one on a desktop in both layouts. */
const CASES: [string, string, BrowserContextOptions][] = project.expected.languages.flatMap(
	(language, i) => {
		// the stacked layout is what readers without JavaScript get too (axe itself needs JavaScript to run)
		const cases: [string, string, BrowserContextOptions][] = [
			[`${language.code}, desktop, scrolly`, language.path, { viewport: DESKTOP }],
			[
				`${language.code}, desktop, stacked (reduced motion)`,
				language.path,
				{ viewport: DESKTOP, reducedMotion: 'reduce' }
			]
		];
		if (i > 0) return cases;
		return [
			[`${language.code}, phone, scrolly`, language.path, { viewport: PHONE }],
			[
				`${language.code}, phone, stacked (reduced motion)`,
				language.path,
				{ viewport: PHONE, reducedMotion: 'reduce' }
			],
			...cases
		];
	}
);

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
	it.each(CASES)('%s has no violations at several steps', async (_name, path, options) => {
		const context = await browser.newContext({ reducedMotion: 'no-preference', ...options });
		const page = await context.newPage();
		await page.goto(project.url + path, { waitUntil: 'networkidle' });
		const steps = await page.locator('[data-step]').count();
		const violations: string[] = [];
		for (const step of [0, Math.floor(steps / 2), steps - 1]) {
			await page.locator(`[data-step="${step}"]`).scrollIntoViewIfNeeded();
			await page.waitForTimeout(500);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			for (const v of results.violations)
				violations.push(
					`step ${step}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
				);
		}
		expect(violations).toEqual([]);
		await context.close();
	});
});
