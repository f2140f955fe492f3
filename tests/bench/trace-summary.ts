/**
 * What a DevTools trace says about a page's main thread and its raster
 * threads, in a few numbers: the long tasks and what filled them, the time
 * in scripts, style, layout, paint and parsing, how many of the style and
 * layout passes a script forced, the time in `scroll` event handlers and
 * animation-frame callbacks, the rasterisation, and the frames DevTools
 * marks dropped. The trace is the one
 * Chromium writes (`browser.startTracing`); this reads its events only.
 * Pure (tested in tests/unit/bench.test.ts).
 */

/** One event of Chromium's trace event format, as much of it as is read here. */
export interface TraceEvent {
	name: string;
	/** `X` a complete event (with `dur`), `B`/`E` a begin and its end, `M` metadata */
	ph: string;
	/** µs */
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { type?: string }; hasPartialUpdate?: boolean };
}

/** A task longer than this blocks input: the long-task API's and Lighthouse's threshold. */
export const LONG_TASK_MS = 50;

/** Count and total time of one kind of work. */
export interface Work {
	count: number;
	ms: number;
}

/** The kinds of main-thread work a long task is made of. */
export type WorkKind = 'script' | 'style' | 'layout' | 'paint' | 'parseHtml';

export interface LongTask {
	/** ms from the first event of the trace */
	startMs: number;
	ms: number;
	/** ms of each kind of work inside it (the rest is the browser's own) */
	inside: Record<WorkKind, number>;
}

export interface TraceSummary {
	/** the renderer main thread's top-level tasks over 50 ms */
	longTasks: LongTask[];
	/** JavaScript: compiling, evaluating, calling, garbage collection */
	script: Work;
	/** style recalculation (`UpdateLayoutTree`) */
	style: Work;
	layout: Work;
	/** style and layout passes run inside a script: a read of the layout that forced it */
	forcedStyle: Work;
	forcedLayout: Work;
	/** paint, pre-paint and layerization: what the main thread does for the picture */
	paint: Work;
	parseHtml: Work;
	/** `scroll` event handlers, all of them */
	scrollHandlers: Work;
	/** `requestAnimationFrame` callbacks */
	animationFrames: Work;
	/** rasterisation on the raster worker threads */
	raster: Work;
	/**
	 * The frames DevTools' Frames track marks dropped (its `DroppedFrame`
	 * events, the page's renderer's): `partial`, drawn with what the
	 * compositor had (the scroll moved on time) but without an update the
	 * main thread was still making, which came a frame late; `whole`, nothing
	 * new drawn at all, the stutter a reader sees.
	 */
	droppedFrames: { partial: number; whole: number };
}

/** Events whose time is the page's JavaScript (their children included). */
const SCRIPT_EVENTS = new Set([
	'EvaluateScript',
	'v8.compile',
	'v8.compileModule',
	'v8.evaluateModule',
	'FunctionCall',
	'EventDispatch',
	'FireAnimationFrame',
	'TimerFire',
	'FireIdleCallback',
	'RunMicrotasks',
	'V8.GCScavenger',
	'MajorGC',
	'MinorGC'
]);
/** Events during which a layout read runs inside script (a forced, synchronous pass). */
const JS_FRAMES = new Set([
	'EvaluateScript',
	'v8.evaluateModule',
	'FunctionCall',
	'EventDispatch',
	'FireAnimationFrame',
	'TimerFire',
	'FireIdleCallback',
	'RunMicrotasks'
]);
const PAINT_EVENTS = new Set(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'PaintImage']);
const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const RASTER_EVENTS = new Set(['RasterTask']);
const PARSE_EVENTS = new Set(['ParseHTML']);

interface Span {
	name: string;
	start: number;
	end: number;
	type?: string;
	depth: number;
	parent: Span | undefined;
	children: Span[];
}

const work = (): Work => ({ count: 0, ms: 0 });

function add(into: Work, span: Span): void {
	into.count++;
	into.ms += (span.end - span.start) / 1000;
}

/** The events of one thread as spans (complete events, and begin/end pairs matched), nested by time. */
function spansOf(events: readonly TraceEvent[]): Span[] {
	const flat: Span[] = [];
	const open = new Map<string, TraceEvent[]>();
	for (const event of events) {
		if (event.ph === 'X' && event.dur !== undefined)
			flat.push(span(event.name, event.ts, event.ts + event.dur, event.args?.data?.type));
		else if (event.ph === 'B') {
			const stack = open.get(event.name) ?? [];
			stack.push(event);
			open.set(event.name, stack);
		} else if (event.ph === 'E') {
			const begin = open.get(event.name)?.pop();
			if (begin) flat.push(span(begin.name, begin.ts, event.ts, begin.args?.data?.type));
		}
	}
	// parents before children: earlier start first, and the longer of two that start together
	flat.sort((a, b) => a.start - b.start || b.end - a.end);
	const roots: Span[] = [];
	const stack: Span[] = [];
	for (const next of flat) {
		while (stack.length > 0 && stack.at(-1)!.end <= next.start) stack.pop();
		const parent = stack.at(-1);
		if (parent && next.end <= parent.end) {
			next.parent = parent;
			next.depth = parent.depth + 1;
			parent.children.push(next);
		} else roots.push(next);
		stack.push(next);
	}
	return [...walk(roots)];
}

function span(name: string, start: number, end: number, type?: string): Span {
	return { name, start, end, type, depth: 0, parent: undefined, children: [] };
}

function* walk(spans: readonly Span[]): Generator<Span> {
	for (const s of spans) {
		yield s;
		yield* walk(s.children);
	}
}

function insideScript(s: Span): boolean {
	for (let up = s.parent; up; up = up.parent) if (JS_FRAMES.has(up.name)) return true;
	return false;
}

function insideAny(s: Span, names: ReadonlySet<string>): boolean {
	for (let up = s.parent; up; up = up.parent) if (names.has(up.name)) return true;
	return false;
}

/**
 * The page's renderer main thread: of the renderer main threads (a
 * navigation may start in one process and end in another), the one whose
 * top-level tasks took longest.
 */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
	const busy = new Map<string, number>();
	for (const e of events)
		if (e.ph === 'X' && TOP_LEVEL_TASKS.has(e.name)) {
			const key = `${e.pid}:${e.tid}`;
			busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
		}
	let best: { pid: number; tid: number } | undefined;
	let longest = -1;
	for (const m of events)
		if (m.ph === 'M' && m.name === 'thread_name' && m.args?.name === 'CrRendererMain') {
			const total = busy.get(`${m.pid}:${m.tid}`) ?? 0;
			if (total > longest) {
				best = { pid: m.pid, tid: m.tid };
				longest = total;
			}
		}
	return best;
}

/** The kind of work a span is, counted once: at the outermost span of its kind. */
function kindOf(s: Span): WorkKind | undefined {
	if (SCRIPT_EVENTS.has(s.name)) return insideAny(s, SCRIPT_EVENTS) ? undefined : 'script';
	if (s.name === 'UpdateLayoutTree') return 'style';
	if (s.name === 'Layout') return 'layout';
	if (PAINT_EVENTS.has(s.name)) return insideAny(s, PAINT_EVENTS) ? undefined : 'paint';
	if (s.name === 'ParseHTML') return insideAny(s, PARSE_EVENTS) ? undefined : 'parseHtml';
	return undefined;
}

function topTask(s: Span): Span | undefined {
	let top: Span | undefined;
	for (let up: Span | undefined = s; up; up = up.parent) if (TOP_LEVEL_TASKS.has(up.name)) top = up;
	return top;
}

export function summarizeTrace(events: readonly TraceEvent[]): TraceSummary {
	const summary: TraceSummary = {
		longTasks: [],
		script: work(),
		style: work(),
		layout: work(),
		forcedStyle: work(),
		forcedLayout: work(),
		paint: work(),
		parseHtml: work(),
		scrollHandlers: work(),
		animationFrames: work(),
		raster: work(),
		droppedFrames: { partial: 0, whole: 0 }
	};
	const main = mainThread(events);
	// metadata events carry no time
	const first = events.reduce((min, e) => (e.ph !== 'M' && e.ts < min ? e.ts : min), Infinity);
	// raster workers live in the renderer or, with out-of-process raster, in the GPU process: all of them
	for (const s of spansOf(events.filter((e) => RASTER_EVENTS.has(e.name)))) add(summary.raster, s);
	if (!main) return summary;
	for (const e of events)
		if (e.name === 'DroppedFrame' && e.pid === main.pid)
			summary.droppedFrames[e.args?.hasPartialUpdate ? 'partial' : 'whole'] += 1;

	const spans = spansOf(events.filter((e) => e.pid === main.pid && e.tid === main.tid));
	const long = new Map<Span, LongTask>();
	for (const s of spans)
		if (TOP_LEVEL_TASKS.has(s.name) && !insideAny(s, TOP_LEVEL_TASKS)) {
			const ms = (s.end - s.start) / 1000;
			if (ms > LONG_TASK_MS)
				long.set(s, {
					startMs: (s.start - first) / 1000,
					ms,
					inside: { script: 0, style: 0, layout: 0, paint: 0, parseHtml: 0 }
				});
		}
	for (const s of spans) {
		const kind = kindOf(s);
		if (kind) {
			add(summary[kind], s);
			const task = long.get(topTask(s)!);
			if (task) task.inside[kind] += (s.end - s.start) / 1000;
		}
		if (s.name === 'UpdateLayoutTree' && insideScript(s)) add(summary.forcedStyle, s);
		if (s.name === 'Layout' && insideScript(s)) add(summary.forcedLayout, s);
		if (s.name === 'EventDispatch' && s.type === 'scroll') add(summary.scrollHandlers, s);
		if (s.name === 'FireAnimationFrame') add(summary.animationFrames, s);
	}
	summary.longTasks = [...long.values()];
	return summary;
}
