/**
 * What an editor sees in `npm run dev`: with the story open in a browser,
 * saving a broken CSV shows the problem list with the exact line within a
 * few seconds, without reloading by hand; saving the fix brings the story back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectChromium } from './browser';
import { watchPage, type PageWatch } from './harness';
import { makeScratchProject, type Scratch } from './scratch';
import { startDevServer, type DevServer } from './dev-server';
import { checkProject, formatProblem } from '../../src/lib/data/check';

/** The page must follow a save within this; the plugin itself reloads after 80 ms, the rest is the page's own load. */
const UPDATE_TIMEOUT_MS = 5_000;
/** Vite's first start optimises dependencies, which takes a while on two cores. */
const START_TIMEOUT_MS = 90_000;

/** The file the editor breaks: saved empty, a mistake any data set can suffer. */
const BROKEN_FILE = 'data/datacenters.csv';

let scratch: Scratch;
let dev: DevServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;
let url: string;
let valid: Buffer;

beforeAll(async () => {
	scratch = makeScratchProject();
	valid = readFileSync(scratch.path(BROKEN_FILE));
	dev = await startDevServer(scratch.dir);
	url = dev.url;
	browser = await connectChromium();
	page = await browser.newPage();
	watch = watchPage(page);
});

afterAll(async () => {
	await browser?.close();
	dev?.stop();
	scratch?.remove();
});

describe('the dev preview follows data edits', () => {
	it('shows the story while the data is valid', async () => {
		await page.goto(url);
		await page.locator('[data-step]').first().waitFor({ timeout: START_TIMEOUT_MS });
		expect(await page.locator('[data-problems]').count()).toBe(0);
	});

	it('shows the problem list with the exact line after a bad save, without a manual reload', async () => {
		scratch.write(BROKEN_FILE, '');
		// what the checker says of the broken project, line for line
		const expected = checkProject(scratch.dir).problems.map(formatProblem);
		expect(expected.length).toBeGreaterThan(0);
		const list = page.locator('[data-problems]');
		await list.waitFor({ timeout: UPDATE_TIMEOUT_MS });
		const shown = await list.innerText();
		for (const line of expected) {
			expect(shown).toContain(line);
			expect(dev.output()).toContain(line);
		}
		expect(await page.locator('[data-step]').count()).toBe(0);
	});

	it('brings the story back after the fix is saved', async () => {
		scratch.write(BROKEN_FILE, valid);
		await page.locator('[data-step]').first().waitFor({ timeout: UPDATE_TIMEOUT_MS });
		expect(await page.locator('[data-problems]').count()).toBe(0);
		expect(watch.consoleErrors).toEqual([]);
	});
});
