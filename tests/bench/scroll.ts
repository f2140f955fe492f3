/**
 * The scroll run: a phone-sized Chromium (390 × 844, CPU slowed 4× over the
 * DevTools protocol, as Lighthouse slows a mid-range phone) scrolls a page
 * from top to bottom at a steady pace while the page records every
 * animation-frame interval and every long task (frame-recorder.js).
 *
 * The scroll is CDP's `Input.synthesizeScrollGesture` with mouse-wheel input:
 * Chromium generates the wheel events itself at a fixed speed and they take
 * the path a reader's wheel or trackpad takes (input router, compositor,
 * scroll events and the scroll engine's observers on the main thread), which
 * `window.scrollTo` from a script would skip. Touch input would be closer to
 * a phone, but headless Chromium does not scroll the page with a synthesized
 * touch gesture.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { median, percentile, shareAbove, slowFramesAfter } from './stats';

/**
 * What a bench trace records: DevTools' own timeline categories (tasks,
 * scripts, style, layout, paint, raster), as its Performance panel records them.
 */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'toplevel',
	'v8.execute',
	'blink.user_timing',
	'loading'
];

export const VIEWPORT = { width: 390, height: 844 };
/**
 * One device pixel per CSS pixel: this machine has no GPU, and rastering a
 * phone's density (3) in software would spend the two cores on pixels rather
 * than on the page's code, which is what the run measures.
 */
const DEVICE_SCALE_FACTOR = 1;
export const CPU_SLOWDOWN = 4;
/** About a screen a second: a reader scrolling briskly through the steps, not a fling. */
export const SCROLL_SPEED_PX_PER_S = 1000;
/** A frame longer than this missed its 60 Hz slot (16.7 ms), with 1 ms for timer jitter. */
export const SLOW_FRAME_MS = 17.7;
/** After loading, the page counts as settled once no long task has run for this long. */
const SETTLED_AFTER_MS = 1000;
/** …or after this, whatever it is still doing (the run then counts what follows). */
const SETTLE_TIMEOUT_MS = 15_000;
/** Frames and long-task entries still in flight when the gesture returns. */
const TAIL_MS = 500;
/**
 * A slow frame ending this soon after the graphic changed step is the step
 * change's: its script, then the style, layout and paint of what it changed
 * (a few frames at 4× CPU), not the transitions that follow for 300 to 700 ms.
 */
export const STEP_CHANGE_WINDOW_MS = 200;

const RECORDER = readFileSync(new URL('./frame-recorder.js', import.meta.url), 'utf8');

export interface ScrollRun {
	frames: number;
	medianFrameMs: number;
	p95FrameMs: number;
	/** 0–1: frames longer than SLOW_FRAME_MS */
	slowFrameShare: number;
	longTasks: number;
	longTaskMs: number;
	/** times the graphic changed step during the scroll (0 on a page without one) */
	stepChanges: number;
	/** slow frames that ended within STEP_CHANGE_WINDOW_MS after a step change */
	slowFramesAtStepChanges: number;
	scrolledPx: number;
	seconds: number;
}

interface Recording {
	intervals: number[];
	ends: number[];
	stepChanges: number[];
	longTasks: number[];
	milliseconds: number;
}

/** One top-to-bottom scroll of `url` in a fresh context (cold cache). */
export async function scrollOnce(browser: Browser, url: string): Promise<ScrollRun> {
	return (await scrollPage(browser, url, false)).run;
}

/**
 * The same scroll, recorded in a DevTools trace from the gesture's start to
 * its end (the trace's own cost makes its frame figures no measurement):
 * the trace, as Chromium writes it, to read with trace-summary.ts or DevTools.
 */
export async function traceScroll(browser: Browser, url: string): Promise<Buffer> {
	return (await scrollPage(browser, url, true)).trace!;
}

/** A phone's context (the scroll run's, also the load trace's) with the frame recorder in every page. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		deviceScaleFactor: DEVICE_SCALE_FACTOR,
		isMobile: true,
		hasTouch: true
	});
	await context.addInitScript({ content: RECORDER });
	return context;
}

/** A new page in `context`, its CPU slowed before anything loads: the page starts up as on a phone. */
export async function slowedPage(
	context: BrowserContext
): Promise<{ page: Page; cdp: CDPSession }> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return { page, cdp };
}

/** Waits until no long task has run for SETTLED_AFTER_MS (or SETTLE_TIMEOUT_MS has passed). */
export async function settle(page: Page): Promise<void> {
	const settleBy = Date.now() + SETTLE_TIMEOUT_MS;
	while (
		Date.now() < settleBy &&
		Number(await page.evaluate('window.__benchFrames.quietFor()')) < SETTLED_AFTER_MS
	)
		await page.waitForTimeout(200);
}

async function scrollPage(
	browser: Browser,
	url: string,
	traced: boolean
): Promise<{ run: ScrollRun; trace: Buffer | null }> {
	const context = await phoneContext(browser);
	try {
		const { page, cdp } = await slowedPage(context);
		// the start-up is over before the scroll
		await page.goto(url, { waitUntil: 'networkidle' });
		await settle(page);

		const distance = Number(
			await page.evaluate('document.documentElement.scrollHeight - window.innerHeight')
		);
		await page.evaluate('window.__benchFrames.start()');
		if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		await cdp.send('Input.synthesizeScrollGesture', {
			x: Math.round(VIEWPORT.width / 2),
			y: Math.round(VIEWPORT.height / 2),
			// negative: the content moves up, the reader goes down
			yDistance: -distance,
			speed: SCROLL_SPEED_PX_PER_S,
			gestureSourceType: 'mouse',
			preventFling: true
		});
		await page.waitForTimeout(TAIL_MS);
		const trace = traced ? await browser.stopTracing() : null;
		const recording = (await page.evaluate('window.__benchFrames.stop()')) as Recording;
		const scrolledPx = Number(await page.evaluate('window.scrollY'));
		if (scrolledPx < distance - 1)
			throw new Error(`${url}: the scroll stopped at ${scrolledPx} px of ${distance}`);
		const frames = recording.intervals;
		const run = {
			frames: frames.length,
			medianFrameMs: median(frames),
			p95FrameMs: percentile(frames, 95),
			slowFrameShare: shareAbove(frames, SLOW_FRAME_MS),
			longTasks: recording.longTasks.length,
			longTaskMs: recording.longTasks.reduce((sum, duration) => sum + duration, 0),
			stepChanges: recording.stepChanges.length,
			slowFramesAtStepChanges: slowFramesAfter(
				frames.map((length, i) => [recording.ends[i]!, length] as const),
				recording.stepChanges,
				SLOW_FRAME_MS,
				STEP_CHANGE_WINDOW_MS
			),
			scrolledPx,
			seconds: recording.milliseconds / 1000
		};
		return { run, trace };
	} finally {
		await context.close();
	}
}
