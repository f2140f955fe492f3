/**
 * Nothing moves while a page loads (the layout-shift entries of the Layout
 * Instability API, what Lighthouse sums as CLS), in the two places that
 * moved: the map's embeds, whose map sat lower on the paint made while the
 * parser was still in the map's paths, and the embed index, whose previews
 * change height as their embeds report. The moments that moved are made to
 * happen every time rather than in some runs (a slow CPU made them likely,
 * never certain): the map's page is served in two parts, the browser
 * painting the first; the index's script arrives only after a paint; the
 * reader reaches the index's previews before they load. On a phone as
 * Lighthouse emulates one (Moto G Power).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectChromium, ownProject } from './browser';
import { watchPage } from './harness';

/** Lighthouse's mobile emulation: a Moto G Power's screen, in CSS pixels, and its pixel ratio. */
const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true
};

const project = ownProject();

/** One layout shift as the page saw it, with where each element that moved was and went. */
interface Shift {
	value: number;
	sources: { node: string; from: number[]; to: number[] }[];
}

declare global {
	interface Window {
		/** the layout shifts so far, recorded from the document's start */
		shifts: Shift[];
	}
}

/** Records every layout shift from the page's first paint on. */
function recordShifts(): void {
	window.shifts = [];
	const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as PerformanceEntry[] & LayoutShiftLike[])
			window.shifts.push({
				value: entry.value,
				sources: entry.sources.map((source) => ({
					node:
						source.node instanceof Element
							? `${source.node.localName}.${[...source.node.classList].join('.')}`
							: String(source.node?.nodeName),
					from: rect(source.previousRect),
					to: rect(source.currentRect)
				}))
			});
	}).observe({ type: 'layout-shift', buffered: true });
}

/** What a `layout-shift` entry carries (the DOM's types do not list it yet). */
interface LayoutShiftLike {
	value: number;
	sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/** Resolves once the page has rendered twice more: whatever its DOM holds now has been painted. */
const painted = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);

async function openPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.addInitScript(recordShifts);
	return { context, page };
}

interface HeldServer {
	/** the site's root through this server, ending in `/` */
	url: string;
	/**
	 * Serves `path` (under the site's root) up to the end of the first tag
	 * that `cut` matches, and the rest once `release` is called.
	 */
	hold(path: string, cut: RegExp): { release(): void };
	close(): Promise<void>;
}

/**
 * A server in front of the built site that can send a page in two parts,
 * as a slow network does; everything else passes through unchanged, from
 * one origin (the pages' module scripts need it).
 */
async function startHeldServer(site: string): Promise<HeldServer> {
	const holds = new Map<string, { cut: RegExp; released: Promise<void> }>();
	const { pathname: base } = new URL(site);
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		if (!path.startsWith(base)) {
			res.writeHead(404).end('not under base path');
			return;
		}
		const upstream = await fetch(new URL(path.slice(base.length), site));
		const type = upstream.headers.get('content-type');
		res.writeHead(upstream.status, type ? { 'content-type': type } : {});
		const body = Buffer.from(await upstream.arrayBuffer());
		const hold = holds.get(path);
		const match = hold && hold.cut.exec(body.toString('utf8'));
		if (!hold || !match) {
			res.end(body);
			return;
		}
		const at = Buffer.byteLength(body.toString('utf8').slice(0, match.index + match[0].length));
		res.write(body.subarray(0, at));
		await hold.released;
		res.end(body.subarray(at));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
	return {
		url,
		hold(path, cut) {
			let release = () => {};
			const released = new Promise<void>((done) => (release = done));
			holds.set(`${base}${path}`, { cut, released });
			return { release };
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

let browser: Browser;
let site: HeldServer;

beforeAll(async () => {
	browser = await connectChromium();
	site = await startHeldServer(project.url);
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe.each(project.expected.languages)('in $code', (language) => {
	/** the map's own embed, and each step's that shows the map */
	const mapPages = [
		'embed/map/',
		...language.steps.flatMap((step, i) => (step.chart === 'map' ? [`embed/step/${i}/`] : []))
	].map((page) => `${language.path}${page}`);

	it.each(mapPages)(
		'%s keeps its map where the first paint put it, painted before the map’s paths are parsed',
		async (path) => {
			const { context, page } = await openPhone(browser);
			const watch = watchPage(page);
			// the first part ends where the map's box opens: its paths, labels and notes come later
			const held = site.hold(path, /<div\b[^>]*\bclass="frame\b[^>]*>/);
			const loaded = page.goto(`${site.url}${path}`);
			await page.waitForFunction(() => document.querySelector('[data-chart="map"] .frame'));
			await painted(page);
			held.release();
			await loaded;
			await painted(page);
			expect(await page.evaluate(() => window.shifts)).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		}
	);
});

describe('the embed index', () => {
	const index = `${project.expected.languages[0]!.path}embed/`;

	/** Delays the index's script until the page has painted without it, as on a slow network. */
	async function islandAfterPaint(page: Page): Promise<void> {
		await page.route('**/islands/embed-index*.js', async (route) => {
			await page.waitForFunction(() => document.querySelector('iframe[data-preview]'));
			await painted(page);
			await route.continue();
		});
	}

	/** Waits until every preview laid out on the screen has taken the height its embed reported. */
	const previewsOnScreenSized = (page: Page) =>
		page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')].every((iframe) => {
				const box = iframe.getBoundingClientRect();
				const onScreen = box.height > 0 && box.top < innerHeight && box.bottom > 0;
				return !onScreen || iframe.style.height !== '';
			})
		);

	it('moves nothing while it loads and its script runs', async () => {
		const { context, page } = await openPhone(browser);
		const watch = watchPage(page);
		await islandAfterPaint(page);
		await page.goto(`${site.url}${index}`);
		await previewsOnScreenSized(page);
		await painted(page);
		expect(await page.evaluate(() => window.shifts)).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	it('moves nothing when a reader reaches previews before they load, which fit their embeds once off the screen', async () => {
		const { context, page } = await openPhone(browser);
		await page.goto(`${site.url}${index}`);
		await previewsOnScreenSized(page);
		await page.evaluate(() => (window.shifts = []));
		// the charts' previews load lazily: on the screen, they start from the height the box reserves
		const charts = page.locator('article:has(iframe[data-preview])').nth(1);
		await charts.evaluate((entry) =>
			window.scrollTo(0, entry.getBoundingClientRect().top + scrollY)
		);
		await previewsOnScreenSized(page);
		await painted(page);
		expect(await page.evaluate(() => window.shifts)).toEqual([]);
		// back at the top, the boxes below the screen take their embed's height: no paper under a short one
		await page.evaluate(() => window.scrollTo(0, 0));
		const paperUnder = () =>
			page.evaluate(() =>
				Math.max(
					...[...document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')]
						.filter((iframe) => iframe.style.height !== '')
						.map((iframe) => iframe.parentElement!.clientHeight - iframe.offsetHeight)
				)
			);
		await expect.poll(paperUnder).toBeLessThanOrEqual(0);
		await context.close();
	});
});
