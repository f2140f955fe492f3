/**
 * npm run bench: the project's measurement. Builds the site, serves build/
 * and the floor (a one-paragraph page) on 127.0.0.1 with gzip, and measures
 * every page found in build/:
 * - first-load bytes (tests/sizes.ts, the function the budget test uses);
 * - Lighthouse on the floor, the story in each language and every embed
 *   (lighthouse.ts);
 * - a scroll run on the floor and the story in each language (scroll.ts);
 * - the checker on 10,000 rows (data.ts) and the dev server's save-to-screen
 *   time (dev-reload.ts).
 * Every timing is the median of the runs and, for the browser timings, a
 * ratio to the floor measured just before it in the same bench run. Prints
 * one table and writes everything to bench/results.json (not committed; the
 * README says how to read both). `npm run bench -- --help` lists the options.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { firstLoad, listPages, pagePath, type FirstLoad } from '../sizes';
import { launchChromium } from '../e2e/harness';
import { measureChecker, CHECKER_TARGET_MS, type CheckerFigure } from './data';
import { measureDevReload, type DevReload } from './dev-reload';
import type { LighthouseFigures, PageFigures, ScrollFigures } from './figures';
import { FLOOR, verdicts } from './figures';
import { FLOOR_PATH, LONG_FLOOR_PATH, writeFloor } from './floor';
import { startLighthouse, type LighthouseRun, type RunKind } from './lighthouse';
import {
	DEFAULT_RUNS,
	USAGE,
	lighthousePages,
	parseArgs,
	scrollPages,
	type BenchOptions,
	type Section
} from './options';
import { renderStepChanges, renderTable, renderVerdicts } from './report';
import {
	CPU_SLOWDOWN,
	SCROLL_SPEED_PX_PER_S,
	SLOW_FRAME_MS,
	STEP_CHANGE_WINDOW_MS,
	VIEWPORT,
	scrollOnce,
	type ScrollRun
} from './scroll';
import { serveStatic, type Host } from './server';
import { renderTraces, tracePage, type PageTraces } from './trace';
import { median, timingOf } from './stats';

const BUILD = 'build';
const RESULTS = 'bench/results.json';
/**
 * Within a round, the floor is measured again before every this many pages,
 * and each page is compared with the floor run just before it: on a machine
 * shared with other work, the load drifts over the minutes a round takes.
 */
const FLOOR_EVERY = 6;

const benchStarted = performance.now();

function elapsed(): string {
	const seconds = Math.round((performance.now() - benchStarted) / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Progress goes to stderr; stdout carries the report alone. */
function progress(message: string): void {
	process.stderr.write(`[${elapsed()}] ${message}\n`);
}

function message(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function build(): number {
	const started = performance.now();
	try {
		execFileSync('npx', ['vite', 'build'], { stdio: 'pipe' });
	} catch (error) {
		const output = error as { stdout?: Buffer; stderr?: Buffer };
		process.stderr.write(`${output.stdout ?? ''}${output.stderr ?? ''}`);
		throw new Error('npm run bench: the build failed (output above)', { cause: error });
	}
	return (performance.now() - started) / 1000;
}

function bytesOf(load: FirstLoad): PageFigures['bytes'] {
	return { gzip: load.gzip, inline: load.inline };
}

interface PageRecord {
	figures: PageFigures;
	/** build/ file, or the floor's */
	file: string;
	firstLoadFiles: FirstLoad['files'] | null;
	lighthouseRuns: LighthouseRun[];
	scrollRuns: ScrollRun[];
	/** with --trace: what the traces of its load and its scroll hold */
	traces: PageTraces | { error: string } | null;
}

function newRecord(path: string, file: string, load: FirstLoad | null): PageRecord {
	return {
		figures: {
			path,
			bytes: load ? bytesOf(load) : null,
			lighthouse: null,
			scroll: null
		},
		file,
		firstLoadFiles: load ? load.files : null,
		lighthouseRuns: [],
		scrollRuns: [],
		traces: null
	};
}

/** One page's Lighthouse runs, and for each devtools run the floor's devtools run it is compared with. */
interface LighthouseLog {
	simulated: LighthouseRun[];
	devtools: LighthouseRun[];
	floorDevtools: LighthouseRun[];
}

function lighthouseFigures(log: LighthouseLog, isFloor: boolean): LighthouseFigures {
	const metric = (name: 'fcp' | 'lcp' | 'tbt' | 'cls', runs: LighthouseRun[]): number[] =>
		runs.map((run) => run.metrics?.[name] ?? NaN);
	const floorOf = (name: 'fcp' | 'lcp' | 'tbt'): number[] | null =>
		isFloor ? null : metric(name, log.floorDevtools);
	const performanceRuns = log.simulated.flatMap((run) =>
		run.scores.performance === undefined ? [] : [run.scores.performance]
	);
	const full = log.simulated.find((run) => run.kind === 'scores');
	const all = [...log.simulated, ...log.devtools];
	const firstDevtools = log.devtools[0];
	const clsRuns = metric('cls', log.devtools);
	const clsMeasured = clsRuns.filter(Number.isFinite);
	return {
		scores: {
			performance:
				performanceRuns.length > 0
					? { runs: performanceRuns, median: median(performanceRuns) }
					: null,
			accessibility: full?.scores.accessibility ?? null,
			'best-practices': full?.scores['best-practices'] ?? null,
			seo: full?.scores.seo ?? null
		},
		fcp: timingOf(metric('fcp', log.devtools), floorOf('fcp')),
		lcp: timingOf(metric('lcp', log.devtools), floorOf('lcp')),
		tbt: timingOf(metric('tbt', log.devtools), floorOf('tbt')),
		// the largest of the runs that measured (NaN where the audit failed); NaN, shown n/a, if none did
		cls: { runs: clsRuns, max: clsMeasured.length > 0 ? Math.max(...clsMeasured) : NaN },
		requests: firstDevtools?.resources?.total?.requests ?? null,
		byType: firstDevtools?.resources ?? {},
		offHost: [...new Set(all.flatMap((run) => run.offHost))],
		problems: [...new Set(all.flatMap((run) => run.problems))]
	};
}

async function runLighthouse(
	options: BenchOptions,
	site: Host,
	floor: Host,
	records: Map<string, PageRecord>,
	paths: string[]
): Promise<string> {
	const browser = await startLighthouse();
	const logs = new Map<string, LighthouseLog>();
	const failures = new Map<string, string>();
	const log = (path: string): LighthouseLog => {
		let entry = logs.get(path);
		if (!entry) {
			entry = { simulated: [], devtools: [], floorDevtools: [] };
			logs.set(path, entry);
		}
		return entry;
	};
	const run = async (path: string, url: string, kind: RunKind): Promise<LighthouseRun> => {
		const result = await browser.run(url, kind);
		records.get(path)!.lighthouseRuns.push(result);
		if (kind === 'devtools') log(path).devtools.push(result);
		else log(path).simulated.push(result);
		return result;
	};
	const floorUrl = new URL(FLOOR_PATH, floor.url).href;
	try {
		for (let round = 0; round < options.runs; round++) {
			const simulated: RunKind = round === 0 ? 'scores' : 'performance';
			await run(FLOOR, floorUrl, simulated);
			let floorDevtools = await run(FLOOR, floorUrl, 'devtools');
			progress(
				`Lighthouse round ${round + 1}/${options.runs}: floor LCP ${floorDevtools.metrics?.lcp.toFixed(0)} ms`
			);
			for (const [index, path] of paths.entries()) {
				if (failures.has(path)) continue;
				if (index > 0 && index % FLOOR_EVERY === 0)
					floorDevtools = await run(FLOOR, floorUrl, 'devtools');
				const url = new URL(path.slice(1), site.url).href;
				try {
					const scores = await run(path, url, simulated);
					const devtools = await run(path, url, 'devtools');
					log(path).floorDevtools.push(floorDevtools);
					progress(
						`Lighthouse round ${round + 1}/${options.runs}, ${index + 1}/${paths.length} ${path}: performance ${scores.scores.performance}, LCP ${devtools.metrics?.lcp.toFixed(0)} ms (${(scores.seconds + devtools.seconds).toFixed(0)} s)`
					);
				} catch (error) {
					failures.set(path, message(error));
					progress(`Lighthouse failed on ${path}: ${message(error)}`);
				}
			}
		}
	} finally {
		await browser.close();
	}
	for (const [path, entry] of logs) {
		const figures = records.get(path)!.figures;
		figures.lighthouse = failures.has(path)
			? { error: failures.get(path)! }
			: lighthouseFigures(entry, path === FLOOR);
	}
	for (const [path, error] of failures)
		if (!logs.has(path)) records.get(path)!.figures.lighthouse = { error };
	return browser.version;
}

function scrollFigures(runs: ScrollRun[], floorRuns: ScrollRun[] | null): ScrollFigures {
	const of = (name: keyof ScrollRun, list: ScrollRun[]): number[] => list.map((run) => run[name]);
	return {
		medianFrameMs: timingOf(of('medianFrameMs', runs), floorRuns && of('medianFrameMs', floorRuns)),
		p95FrameMs: timingOf(of('p95FrameMs', runs), floorRuns && of('p95FrameMs', floorRuns)),
		slowFrameShare: median(of('slowFrameShare', runs)),
		longTasks: median(of('longTasks', runs)),
		longTaskMs: median(of('longTaskMs', runs)),
		stepChanges: median(of('stepChanges', runs)),
		slowFramesAtStepChanges: median(of('slowFramesAtStepChanges', runs)),
		slowFrames: median(runs.map((run) => Math.round(run.slowFrameShare * run.frames)))
	};
}

async function runScroll(
	options: BenchOptions,
	browser: Browser,
	site: Host,
	floor: Host,
	records: Map<string, PageRecord>,
	paths: string[]
): Promise<void> {
	const floorUrl = new URL(LONG_FLOOR_PATH, floor.url).href;
	const floorRuns: ScrollRun[] = [];
	const paired = new Map<string, { runs: ScrollRun[]; floor: ScrollRun[] }>();
	for (let round = 0; round < options.runs; round++) {
		const floorRun = await scrollOnce(browser, floorUrl);
		floorRuns.push(floorRun);
		records.get(FLOOR)!.scrollRuns.push(floorRun);
		for (const path of paths) {
			const record = records.get(path)!;
			if (record.figures.scroll && 'error' in record.figures.scroll) continue;
			try {
				const run = await scrollOnce(browser, new URL(path.slice(1), site.url).href);
				record.scrollRuns.push(run);
				const entry = paired.get(path) ?? { runs: [], floor: [] };
				entry.runs.push(run);
				entry.floor.push(floorRun);
				paired.set(path, entry);
				progress(
					`scroll round ${round + 1}/${options.runs} ${path}: ${(run.slowFrameShare * 100).toFixed(1)}% frames over ${SLOW_FRAME_MS} ms, ${run.longTasks} long tasks, ${run.slowFramesAtStepChanges} slow frames within ${STEP_CHANGE_WINDOW_MS} ms after one of ${run.stepChanges} step changes (floor ${(floorRun.slowFrameShare * 100).toFixed(1)}%, ${floorRun.longTasks})`
				);
			} catch (error) {
				record.figures.scroll = { error: message(error) };
				progress(`scroll run failed on ${path}: ${message(error)}`);
			}
		}
	}
	records.get(FLOOR)!.figures.scroll = scrollFigures(floorRuns, null);
	for (const [path, entry] of paired) {
		const record = records.get(path)!;
		if (!(record.figures.scroll && 'error' in record.figures.scroll))
			record.figures.scroll = scrollFigures(entry.runs, entry.floor);
	}
}

/** One traced load and one traced scroll of the floor and of each page; returns the printed lines. */
async function runTraces(
	browser: Browser,
	site: Host,
	floor: Host,
	records: Map<string, PageRecord>,
	paths: string[]
): Promise<string> {
	const targets = [
		{ path: FLOOR, url: new URL(LONG_FLOOR_PATH, floor.url).href },
		...paths.map((path) => ({ path, url: new URL(path.slice(1), site.url).href }))
	];
	const lines: string[] = ['traces (one run each; phone, CPU slowed 4×):'];
	for (const { path, url } of targets) {
		const record = records.get(path)!;
		try {
			progress(`tracing the load and the scroll of ${path}…`);
			const traces = await tracePage(browser, path, url);
			record.traces = traces;
			lines.push(renderTraces(path, traces));
		} catch (error) {
			record.traces = { error: message(error) };
			lines.push(`${path}: the trace failed: ${message(error)}`);
		}
	}
	return lines.join('\n');
}

function git(args: string[]): string {
	try {
		return execFileSync('git', args, { encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

function packageVersion(name: string): string {
	const require = createRequire(import.meta.url);
	return (
		JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }
	).version;
}

function renderOthers(
	buildSeconds: number,
	checker: CheckerFigure[] | { error: string } | null,
	dev: (DevReload & { median: number }) | { error: string } | null
): string {
	const lines = [`build: ${buildSeconds.toFixed(1)} s (vite build)`];
	if (checker && 'error' in checker) lines.push(`checker: failed: ${checker.error}`);
	else if (checker)
		for (const figure of checker)
			lines.push(
				`checker, ${figure.rows.toLocaleString('en')} rows, ${figure.file}: ${figure.medianMs.toFixed(0)} ms (target ${CHECKER_TARGET_MS} ms; ${(figure.medianMs / figure.floorMedianMs).toFixed(2)}× reading the same file alone, ${figure.floorMedianMs.toFixed(0)} ms)`
			);
	if (dev && 'error' in dev) lines.push(`dev server, save to screen: failed: ${dev.error}`);
	else if (dev)
		lines.push(
			`dev server, save to screen (${dev.file}): ${dev.median.toFixed(0)} ms (runs ${dev.runs.map((ms) => ms.toFixed(0)).join(', ')})`
		);
	return lines.join('\n');
}

async function main(): Promise<void> {
	let options: BenchOptions;
	try {
		if (process.argv.includes('--help')) {
			console.log(USAGE);
			return;
		}
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(message(error));
		process.exitCode = 2;
		return;
	}
	if (options.runs < DEFAULT_RUNS)
		progress(
			`${options.runs} run(s): the targets are read on the median of ${DEFAULT_RUNS} or more`
		);
	const load = { cpus: cpus().length, loadavgStart: loadavg() };

	progress('building the site…');
	const buildSeconds = build();
	const files = listPages(BUILD);
	const paths = files.map(pagePath);
	const floorDir = writeFloor();
	const records = new Map<string, PageRecord>();
	const measureBytes = options.sections.has('bytes');
	records.set(
		FLOOR,
		newRecord(FLOOR, 'index.html', measureBytes ? firstLoad(floorDir, 'index.html') : null)
	);
	for (const [index, file] of files.entries())
		records.set(
			paths[index]!,
			newRecord(paths[index]!, file, measureBytes ? firstLoad(BUILD, file) : null)
		);

	const lighthouseList = options.sections.has('lighthouse') ? lighthousePages(paths, options) : [];
	const scrollList = options.sections.has('scroll') ? scrollPages(paths, options) : [];
	const traceList = options.sections.has('trace') ? scrollPages(paths, options) : [];
	progress(
		`${paths.length} pages in build/; Lighthouse on the floor and ${lighthouseList.length}, scroll runs on the floor and ${scrollList.length}, ${options.runs} runs each`
	);

	const site = await serveStatic(BUILD);
	const floor = await serveStatic(floorDir);
	let chromium = '';
	let browser: Browser | undefined;
	let checker: CheckerFigure[] | { error: string } | null = null;
	let dev: (DevReload & { median: number }) | { error: string } | null = null;
	let traced = '';
	try {
		if (options.sections.has('lighthouse'))
			chromium = await runLighthouse(options, site, floor, records, lighthouseList);
		if (['scroll', 'dev', 'trace'].some((section) => options.sections.has(section as Section)))
			browser = await launchChromium();
		if (browser && options.sections.has('scroll'))
			await runScroll(options, browser, site, floor, records, scrollList);
		if (browser && options.sections.has('trace'))
			traced = await runTraces(browser, site, floor, records, traceList);
		if (options.sections.has('checker')) {
			progress('checker on 10,000 rows…');
			try {
				checker = measureChecker();
			} catch (error) {
				checker = { error: message(error) };
			}
		}
		if (browser && options.sections.has('dev')) {
			progress('dev server: save to screen…');
			try {
				const result = await measureDevReload(browser, options.runs);
				dev = { ...result, median: median(result.runs) };
			} catch (error) {
				dev = { error: message(error) };
			}
		}
		chromium ||= browser?.version() ?? '';
	} finally {
		await browser?.close();
		await site.close();
		await floor.close();
		rmSync(floorDir, { recursive: true, force: true });
	}

	const pages = [...records.values()];
	const table = [
		renderTable(pages.map((record) => record.figures)),
		'',
		renderVerdicts(pages.map((record) => record.figures)),
		'',
		...[
			renderStepChanges(
				pages.map((record) => record.figures),
				STEP_CHANGE_WINDOW_MS
			)
		].flatMap((text) => (text ? [text, ''] : [])),
		renderOthers(buildSeconds, checker, dev),
		...(traced ? ['', traced] : [])
	].join('\n');
	console.log(table);

	const results = {
		date: new Date().toISOString(),
		commit: git(['rev-parse', 'HEAD']),
		uncommittedChanges: git(['status', '--porcelain']) !== '',
		node: process.version,
		chromium,
		lighthouse: packageVersion('lighthouse'),
		machine: { ...load, loadavgEnd: loadavg() },
		options: { ...options, sections: [...options.sections] },
		settings: {
			floorEvery: FLOOR_EVERY,
			scroll: {
				viewport: VIEWPORT,
				cpuSlowdown: CPU_SLOWDOWN,
				speedPxPerS: SCROLL_SPEED_PX_PER_S,
				slowFrameMs: SLOW_FRAME_MS
			}
		},
		seconds: { build: buildSeconds, bench: (performance.now() - benchStarted) / 1000 },
		pages: pages.map((record) => ({
			...record.figures,
			file: record.file,
			verdicts: verdicts(record.figures),
			firstLoadFiles: record.firstLoadFiles,
			lighthouseRuns: record.lighthouseRuns,
			scrollRuns: record.scrollRuns,
			traces: record.traces
		})),
		checker,
		devReload: dev
	};
	mkdirSync('bench', { recursive: true });
	writeFileSync(RESULTS, JSON.stringify(results, null, '\t') + '\n');
	console.log(`\nall figures and every run: ${RESULTS} (${elapsed()} in all)`);
}

await main();
