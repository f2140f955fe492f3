/**
 * The newsrooms' side of the browser tests: host pages (pym-host.html,
 * frames-host.html) that frame a child with the real pym.js and
 * @newswire/frames, as their documentation shows, served from a port of
 * their own, so the child is on another origin.
 */
import { onTestFinished } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startStaticServer, watchPage, type PageWatch } from '../harness';

export interface Host {
	name: string;
	file: string;
	query: Record<string, string>;
	/** a pym parent (it adds childId to the child's URL) */
	pym: boolean;
}

export const PYM_TRACKING: Host = {
	name: 'pym.js, trackscroll',
	file: 'pym-host.html',
	query: { trackscroll: '1' },
	pym: true
};
export const PYM: Host = { name: 'pym.js', file: 'pym-host.html', query: {}, pym: true };
export const FRAMES: Host = {
	name: '@newswire/frames',
	file: 'frames-host.html',
	query: {},
	pym: false
};
export const FRAMES_LATE: Host = {
	...FRAMES,
	name: 'frames, observed late',
	query: { mode: 'late' }
};
export const HOSTS = [PYM_TRACKING, PYM, FRAMES];

/** A host's name in file names: `pym-host-trackscroll`. */
export const hostSlug = (host: Host) =>
	`${host.file.replace('.html', '')}${host.query.trackscroll ? '-trackscroll' : ''}`;

export const VIEWPORT_HEIGHT = 800;

export interface ServedHosts {
	url: string;
	close(): Promise<void>;
}

/** The host pages with the parents' scripts from their npm packages, as a newsroom would serve them. */
export async function startHosts(): Promise<ServedHosts> {
	const dir = mkdtempSync(join(tmpdir(), 'embed-hosts-'));
	cpSync('tests/e2e/hosts', dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
	mkdirSync(join(dir, 'vendor'));
	cpSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'vendor/pym.v1.min.js'));
	cpSync('node_modules/@newswire/frames/dist/frames.umd.js', join(dir, 'vendor/frames.umd.js'));
	const server = await startStaticServer(dir, '/');
	return {
		url: server.url,
		close: async () => {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export interface Opened {
	page: Page;
	watch: PageWatch;
	frame: Frame;
}

/**
 * A host page holding the child at `childUrl`, `width` px wide, in a browser
 * context of its own, closed when the test ends, whatever happens. With
 * `cpuSlowdown`, Chromium runs the page and its frames that many times slower
 * (a busy reader's phone, or a loaded machine).
 */
export async function openHost(
	browser: Browser,
	hosts: ServedHosts,
	host: Host,
	childUrl: string,
	width: number,
	cpuSlowdown?: number
): Promise<Opened> {
	const context = await browser.newContext({ viewport: { width, height: VIEWPORT_HEIGHT } });
	onTestFinished(() => context.close());
	const page = await context.newPage();
	if (cpuSlowdown)
		await (
			await context.newCDPSession(page)
		).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	const watch = watchPage(page);
	const query = new URLSearchParams({ ...host.query, child: childUrl });
	await page.goto(`${hosts.url}${host.file}?${query}`);
	const iframe = await page.waitForSelector('#embed iframe');
	const frame = await iframe.contentFrame();
	if (!frame) throw new Error(`${host.file}: the embed's iframe has no frame`);
	await frame.waitForLoadState('load');
	return { page, watch, frame };
}

/** The host scrolls so that the iframe's top sits `offset` px below the viewport's top. */
export async function scrollIframeTopTo(page: Page, offset: number): Promise<void> {
	await page.$eval(
		'#embed iframe',
		(el, offset) => scrollTo(0, el.getBoundingClientRect().top + scrollY - offset),
		offset
	);
}
