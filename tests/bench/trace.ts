/**
 * DevTools traces of a page, for reading rather than for targets: its load
 * and its scroll, on the scroll run's phone (390 × 844, CPU slowed 4×, no
 * network slowing), each saved as a file that DevTools' Performance panel
 * opens (bench/traces/) and summed up by trace-summary.ts: where the
 * milliseconds of a long task, a style pass or a raster go.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { phoneContext, settle, slowedPage, traceScroll, TRACE_CATEGORIES } from './scroll';
import { summarizeTrace, type TraceEvent, type TraceSummary, type Work } from './trace-summary';

export const TRACES_DIR = 'bench/traces';

/** A cold load of `url`, traced from the navigation until no long task has run for a second. */
export async function traceLoad(browser: Browser, url: string): Promise<Buffer> {
	const context = await phoneContext(browser);
	try {
		const { page } = await slowedPage(context);
		await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		await page.goto(url, { waitUntil: 'networkidle' });
		await settle(page);
		return await browser.stopTracing();
	} finally {
		await context.close();
	}
}

export interface PageTraces {
	load: TraceSummary;
	scroll: TraceSummary;
	/** the trace files, from the project's root */
	files: { load: string; scroll: string };
}

function eventsOf(trace: Buffer): TraceEvent[] {
	const parsed = JSON.parse(trace.toString('utf8')) as
		{ traceEvents?: TraceEvent[] } | TraceEvent[];
	return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** `/en/` → `en`, `/` → `root`, `floor` → `floor`: a file name for a page. */
function fileStem(path: string): string {
	return path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
}

/** Traces the load and the scroll of `url`, writes both traces, and sums them up. */
export async function tracePage(browser: Browser, path: string, url: string): Promise<PageTraces> {
	mkdirSync(TRACES_DIR, { recursive: true });
	const stem = fileStem(path);
	const files = {
		load: join(TRACES_DIR, `${stem}-load.json`),
		scroll: join(TRACES_DIR, `${stem}-scroll.json`)
	};
	const load = await traceLoad(browser, url);
	writeFileSync(files.load, load);
	const scroll = await traceScroll(browser, url);
	writeFileSync(files.scroll, scroll);
	return {
		load: summarizeTrace(eventsOf(load)),
		scroll: summarizeTrace(eventsOf(scroll)),
		files
	};
}

const ms = (work: Work): string => `${work.ms.toFixed(0)} ms`;
const counted = (work: Work): string => `${work.count} (${ms(work)})`;

/** Lines of text for one page's traces. Pure. */
export function renderTraces(path: string, traces: PageTraces): string {
	const lines: string[] = [];
	for (const kind of ['load', 'scroll'] as const) {
		const t = traces[kind];
		lines.push(
			`${path} ${kind} (${traces.files[kind]}): script ${ms(t.script)}, style ${counted(t.style)}, layout ${counted(t.layout)}, forced style ${counted(t.forcedStyle)}, forced layout ${counted(t.forcedLayout)}, paint ${counted(t.paint)}, raster ${ms(t.raster)}, HTML parsing ${ms(t.parseHtml)}, scroll handlers ${counted(t.scrollHandlers)}, animation frames ${counted(t.animationFrames)}, frames dropped ${t.droppedFrames.whole} whole and ${t.droppedFrames.partial} partly (the main thread's update a frame late)`
		);
		const tasks = t.longTasks.map(
			(task) =>
				`${task.ms.toFixed(0)} ms at ${task.startMs.toFixed(0)} ms (${Object.entries(task.inside)
					.filter(([, ms]) => ms >= 1)
					.map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`)
					.join(', ')})`
		);
		lines.push(`  long tasks: ${tasks.length === 0 ? 'none' : tasks.join('; ')}`);
	}
	return lines.join('\n');
}
