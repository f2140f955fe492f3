/**
 * Screen-reader and keyboard readers: axe-core's WCAG 2.1 A/AA rules on the
 * built pages, in both layouts, at a phone's and a desktop's width, with the
 * graphic in several states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchChromium, startStaticServer, type StaticServer } from './harness';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await startStaticServer('build');
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const CASES: [string, string, BrowserContextOptions][] = [
	['French, phone, scrolly', '', { viewport: { width: 390, height: 844 } }],
	['French, desktop, scrolly', '', { viewport: { width: 1280, height: 800 } }],
	['English, desktop, scrolly', 'en/', { viewport: { width: 1280, height: 800 } }],
	// the stacked layout, which readers without JavaScript get too (axe itself needs JavaScript to run)
	[
		'French, phone, stacked (reduced motion)',
		'',
		{ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' }
	],
	[
		'English, desktop, stacked (reduced motion)',
		'en/',
		{ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }
	]
];

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
	it.each(CASES)('%s has no violations at several steps', async (_name, path, options) => {
		const context = await browser.newContext({ reducedMotion: 'no-preference', ...options });
		const page = await context.newPage();
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
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
