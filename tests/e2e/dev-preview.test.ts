/**
 * What an editor sees in `npm run dev`: with the story open in a browser,
 * saving a broken CSV shows the problem list with the exact line within a
 * few seconds, without reloading by hand; saving the fix brings the story back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectChromium } from './browser';
import { watchPage, type PageWatch } from './harness';
import { makeScratchProject, type Scratch } from './scratch';
import { checkProject, formatProblemIn } from '../../src/lib/data/check';
import { DEFAULT_LANG } from '../../src/lib/i18n/languages';
import { environmentLang } from '../../src/lib/i18n/locale';
import { loadMessages } from '../../src/lib/i18n/messages';

/** The page must follow a save within this; the plugin itself reloads after 80 ms, the rest is the page's own load. */
const UPDATE_TIMEOUT_MS = 5_000;
/** Vite's first start optimises dependencies, which takes a while on two cores. */
const START_TIMEOUT_MS = 90_000;

/** The file the editor breaks: saved empty, a mistake any data set can suffer. */
const BROKEN_FILE = 'data/datacenters.csv';

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`vite dev exited with ${child.exitCode}:\n${log()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 250));
	}
	throw new Error(`vite dev did not answer at ${url}:\n${log()}`);
}

let scratch: Scratch;
let dev: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;
let watch: PageWatch;
let url: string;
let valid: Buffer;

beforeAll(async () => {
	scratch = makeScratchProject();
	valid = readFileSync(scratch.path(BROKEN_FILE));
	const port = await freePort();
	url = `http://127.0.0.1:${port}/`;
	dev = spawn(
		'npx',
		['vite', 'dev', '--port', String(port), '--host', '127.0.0.1', '--strictPort'],
		{
			cwd: scratch.dir,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			// its own process group, so that stopping it also stops the node process npx starts
			detached: true
		}
	);
	dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await waitForServer(url, dev, () => output);
	browser = await connectChromium();
	page = await browser.newPage();
	watch = watchPage(page);
});

afterAll(async () => {
	await browser?.close();
	if (dev?.pid !== undefined && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
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
		// what the checker says of the broken project, line for line: on the page in the page's
		// language (the default one, at /), in the terminal in the environment's
		const problems = checkProject(scratch.dir).problems;
		expect(problems.length).toBeGreaterThan(0);
		const inPage = (await loadMessages(DEFAULT_LANG)).checker;
		const inTerminal = (await loadMessages(environmentLang(process.env))).checker;
		const list = page.locator('[data-problems]');
		await list.waitFor({ timeout: UPDATE_TIMEOUT_MS });
		const shown = await list.innerText();
		for (const problem of problems) {
			expect(shown).toContain(formatProblemIn(problem, inPage));
			expect(output).toContain(formatProblemIn(problem, inTerminal));
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
