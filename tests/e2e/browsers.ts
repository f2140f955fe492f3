/**
 * One test body, two engines: the few things the story's browser tests do
 * with a page, for Chromium (playwright-core) and for Firefox (puppeteer-core
 * over WebDriver BiDi). Whatever needs more than this (the accessibility
 * tree, clicks) stays in Chromium-only tests.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser as ChromiumBrowser, Page as ChromiumPage } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { launchChromium, watchPage, type PageWatch } from './harness';
import { launchFirefox, watchFirefoxPage } from './firefox';

export const ENGINES = ['chromium', 'firefox'] as const;
export type Engine = (typeof ENGINES)[number];

export interface PageOptions {
	/** viewport, CSS pixels */
	width: number;
	height: number;
	/** false: the page's own scripts do not run; evaluate still does. Default true. */
	javaScript?: boolean;
	/** true: the page sees `prefers-reduced-motion: reduce`. Default false. */
	reducedMotion?: boolean;
}

/**
 * Runs in the page: arguments and results cross as JSON-like values. With
 * JavaScript off, keep it synchronous: Firefox never settles a promise there.
 */
type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface StoryPage {
	readonly engine: Engine;
	/** console errors, uncaught exceptions and off-host requests since the page opened */
	readonly watch: PageWatch;
	/** Loads `url` and waits until the network has been idle for 500 ms; fails on an HTTP error. */
	goto(url: string): Promise<void>;
	evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
	/** Resolves once `fn` returns something truthy in the page; fails after `timeout` ms. */
	waitForFunction<A = undefined>(
		fn: PageFunction<A, unknown>,
		arg?: A,
		timeout?: number
	): Promise<void>;
	/** Reloads and waits as `goto` does. */
	reload(): Promise<void>;
	/** Presses and releases a key, named as in `KeyboardEvent.key` (`End`, `Home`). */
	press(key: 'End' | 'Home'): Promise<void>;
	/** A PNG of the viewport. */
	screenshot(path: `${string}.png`): Promise<void>;
	close(): Promise<void>;
}

export interface StoryBrowser {
	readonly engine: Engine;
	/** A page in its own context (no cookies or storage shared with other pages). */
	newPage(options: PageOptions): Promise<StoryPage>;
	close(): Promise<void>;
}

/** how long waitForFunction waits unless told, ms */
const WAIT_TIMEOUT = 5000;
/** how often Firefox pages check a waitForFunction condition, ms */
const POLL_INTERVAL = 50;

function expectOk(url: string, status: number | undefined): void {
	if (status === undefined || status >= 400)
		throw new Error(`${url} answered ${status ?? 'nothing'}, expected a page`);
}

function chromiumPage(page: ChromiumPage): StoryPage {
	return {
		engine: 'chromium',
		watch: watchPage(page),
		async goto(url) {
			expectOk(url, (await page.goto(url, { waitUntil: 'networkidle' }))?.status());
		},
		// playwright types the page's argument through its own `Unboxed<A>`, which is A for JSON-like values
		evaluate: <R, A>(fn: PageFunction<A, R>, arg?: A) =>
			page.evaluate(fn as PageFunction<unknown, R>, arg),
		async waitForFunction(fn, arg, timeout = WAIT_TIMEOUT) {
			const handle = await page.waitForFunction(fn as PageFunction<unknown, unknown>, arg, {
				timeout
			});
			await handle.dispose();
		},
		async reload() {
			expectOk(page.url(), (await page.reload({ waitUntil: 'networkidle' }))?.status());
		},
		press: (key) => page.keyboard.press(key),
		async screenshot(path) {
			await page.screenshot({ path });
		},
		close: () => page.context().close()
	};
}

/**
 * The status Firefox loaded `url` with. Over WebDriver BiDi, puppeteer
 * sometimes misses the response's network event on a busy machine and
 * returns none, though the page loaded (puppeteer/puppeteer#12773 and
 * kin): then the page must be at `url`, and the server is asked again.
 */
async function firefoxStatus(
	page: FirefoxPage,
	url: string,
	response: { status(): number } | null
): Promise<number | undefined> {
	if (response) return response.status();
	if (page.url() !== url) return undefined;
	return (await fetch(url)).status;
}

/** `closeAll` closes what holds the page: its context, or the browser launched for it. */
function firefoxPage(page: FirefoxPage, closeAll: () => Promise<void>): StoryPage {
	return {
		engine: 'firefox',
		watch: watchFirefoxPage(page),
		async goto(url) {
			const response = await page.goto(url, { waitUntil: 'networkidle0' });
			expectOk(url, await firefoxStatus(page, url, response));
		},
		evaluate: async <R, A>(fn: PageFunction<A, R>, arg?: A) =>
			(await page.evaluate(fn as PageFunction<unknown, R>, arg)) as R,
		// puppeteer's own waitForFunction polls with the page's timers, which never fire when its
		// JavaScript is off; a synchronous evaluate from here works either way
		async waitForFunction(fn, arg, timeout = WAIT_TIMEOUT) {
			const deadline = Date.now() + timeout;
			while (!(await page.evaluate(fn as PageFunction<unknown, unknown>, arg))) {
				if (Date.now() > deadline)
					throw new Error(`still false after ${timeout} ms in Firefox: ${String(fn)}`);
				await sleep(POLL_INTERVAL);
			}
		},
		async reload() {
			const url = page.url();
			const response = await page.reload({ waitUntil: 'networkidle0' });
			expectOk(url, await firefoxStatus(page, url, response));
		},
		press: (key) => page.keyboard.press(key),
		async screenshot(path) {
			await page.screenshot({ path });
		},
		close: closeAll
	};
}

/** What a browser's pages get unless they ask otherwise. */
export type BrowserDefaults = Pick<PageOptions, 'javaScript' | 'reducedMotion'>;

async function chromium(defaults: BrowserDefaults): Promise<StoryBrowser> {
	const browser: ChromiumBrowser = await launchChromium();
	return {
		engine: 'chromium',
		async newPage({
			width,
			height,
			javaScript = defaults.javaScript ?? true,
			reducedMotion = defaults.reducedMotion ?? false
		}) {
			const context = await browser.newContext({
				viewport: { width, height },
				javaScriptEnabled: javaScript,
				reducedMotion: reducedMotion ? 'reduce' : 'no-preference'
			});
			return chromiumPage(await context.newPage());
		},
		close: () => browser.close()
	};
}

/**
 * Firefox cannot switch scripts or reduced motion per page over BiDi: they
 * are preferences, set at launch. The shared browser is launched with the
 * defaults; a page that asks for something else gets a browser of its own,
 * launched with the matching preference (2–4 s more) and closed with the page.
 */
async function firefox(defaults: BrowserDefaults): Promise<StoryBrowser> {
	const shared = {
		javaScript: defaults.javaScript ?? true,
		reducedMotion: defaults.reducedMotion ?? false
	};
	const browser: FirefoxBrowser = await launchFirefox(shared);
	return {
		engine: 'firefox',
		async newPage({
			width,
			height,
			javaScript = shared.javaScript,
			reducedMotion = shared.reducedMotion
		}) {
			if (javaScript !== shared.javaScript || reducedMotion !== shared.reducedMotion) {
				const own = await launchFirefox({ javaScript, reducedMotion });
				const page = await own.newPage();
				await page.setViewport({ width, height });
				return firefoxPage(page, () => own.close());
			}
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.setViewport({ width, height });
			return firefoxPage(page, () => context.close());
		},
		close: () => browser.close()
	};
}

/** A browser of `engine` whose pages run scripts and see motion as `defaults` says (scripts on, motion allowed unless told). */
export function launchBrowser(
	engine: Engine,
	defaults: BrowserDefaults = {}
): Promise<StoryBrowser> {
	return engine === 'chromium' ? chromium(defaults) : firefox(defaults);
}
