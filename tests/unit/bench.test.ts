/**
 * The pure parts of `npm run bench`: its statistics, its command line, which
 * pages each measurement runs on, and how figures meet their targets.
 */
import { describe, expect, it } from 'vitest';
import {
	median,
	medianRatio,
	percentile,
	shareAbove,
	slowFramesAfter,
	timingOf
} from '../bench/stats';
import {
	isEmbed,
	isStoryRoot,
	lighthousePages,
	matchesAny,
	parseArgs,
	quickPages,
	scrollPages
} from '../bench/options';
import {
	FIGURES,
	cell,
	verdicts,
	type LighthouseFigures,
	type PageFigures,
	type ScrollFigures
} from '../bench/figures';
import { renderStepChanges, renderTable, renderVerdicts } from '../bench/report';
import { summarizeTrace, type TraceEvent } from '../bench/trace-summary';
import { BYTE_BUDGETS } from '../sizes';

describe('median', () => {
	it.each([
		[[], NaN],
		[[5], 5],
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7, 7, 7], 7]
	])('of %j is %d', (values, expected) => {
		expect(median(values)).toBe(expected);
	});
});

describe('slowFramesAfter', () => {
	// frames as [end, length]: 60 Hz frames with two slow ones, at 150 and 400 ms
	const frames: [number, number][] = [
		[100, 16.7],
		[150, 50],
		[166.7, 16.7],
		[400, 33.3],
		[416.7, 16.7]
	];
	it.each([
		['no step change', [], 0],
		['one just before the first slow frame', [120], 1],
		['one at the very end of a slow frame (inclusive)', [150], 1],
		['one just after a slow frame, too long before the next', [151], 0],
		['one exactly the window before a slow frame (inclusive)', [200], 1],
		['one just over the window before it', [199.9], 0],
		['one before each slow frame', [140, 390], 2],
		['two before the same slow frame (counted once)', [130, 140], 1]
	])('%s', (_, events, expected) => {
		expect(slowFramesAfter(frames, events, 17.7, 200)).toBe(expected);
	});
	it('counts only frames over the threshold', () => {
		expect(slowFramesAfter(frames, [0], 10, 200)).toBe(3);
		expect(slowFramesAfter(frames, [0], 60, 200)).toBe(0);
	});
});

describe('percentile', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
	it.each([
		[95, 95],
		[50, 50],
		[100, 100],
		[0, 1]
	])('p%d of 1…100 is %d (nearest rank)', (p, expected) => {
		expect(percentile(hundred, p)).toBe(expected);
	});

	it('returns a measured value, never an interpolation', () => {
		expect(percentile([16.7, 16.7, 33.3], 95)).toBe(33.3);
	});

	it('is NaN for no values', () => {
		expect(percentile([], 95)).toBeNaN();
	});
});

describe('shareAbove', () => {
	it('counts strictly above the threshold', () => {
		expect(shareAbove([16.7, 17.7, 17.8, 33.3], 17.7)).toBe(0.5);
	});

	it('is NaN for no values', () => {
		expect(shareAbove([], 17.7)).toBeNaN();
	});
});

describe('medianRatio', () => {
	it('divides run by run, then takes the median', () => {
		// a machine twice as slow in run 2 slows page and floor alike: the ratio stays 1.5
		expect(medianRatio([300, 600, 330], [200, 400, 200])).toBe(1.5);
	});

	it('says nothing when the floor measured 0', () => {
		expect(medianRatio([120, 80], [0, 10])).toBeNull();
	});

	it('refuses runs without their floor', () => {
		expect(() => medianRatio([1, 2], [1])).toThrow('one floor measurement per page measurement');
	});
});

describe('timingOf', () => {
	it('reads the median and the ratio to the floor, run by run', () => {
		expect(timingOf([300, 600, 330], [200, 400, 200])).toEqual({
			runs: [300, 600, 330],
			median: 330,
			ratio: 1.5,
			failed: 0
		});
	});

	it('leaves out a run that measured nothing, with its floor run', () => {
		// the third run's audit failed: its floor run (1000) must not pair with another run
		expect(timingOf([1800, 1600, NaN], [100, 200, 1000])).toEqual({
			runs: [1800, 1600, NaN],
			median: 1700,
			ratio: 13,
			failed: 1
		});
		expect(timingOf([300, 200], [NaN, 100])).toMatchObject({ median: 200, ratio: 2, failed: 1 });
	});

	it('has no ratio for the floor itself', () => {
		expect(timingOf([900, 800, 850], null)).toMatchObject({ median: 850, ratio: null, failed: 0 });
	});

	it('is NaN when no run measured', () => {
		expect(timingOf([NaN], [100]).median).toBeNaN();
	});
});

describe('parseArgs', () => {
	it('defaults to every section, every page, 3 runs', () => {
		const options = parseArgs([]);
		expect(options).toMatchObject({ runs: 3, quick: false, pages: null });
		expect([...options.sections]).toEqual(['bytes', 'lighthouse', 'scroll', 'checker', 'dev']);
	});

	it('reads every option', () => {
		const options = parseArgs([
			'--quick',
			'--runs',
			'5',
			'--pages',
			'/, /embed/*/',
			'--only',
			'bytes,scroll'
		]);
		expect(options).toMatchObject({ runs: 5, quick: true, pages: ['/', '/embed/*/'] });
		expect([...options.sections]).toEqual(['bytes', 'scroll']);
	});

	it.each([
		[['--trace'], ['bytes', 'lighthouse', 'scroll', 'checker', 'dev', 'trace']],
		[
			['--trace', '--only', 'scroll'],
			['scroll', 'trace']
		],
		[
			['--only', 'scroll', '--trace'],
			['scroll', 'trace']
		],
		[['--only', 'trace'], ['trace']]
	])('adds the traces with %j, whatever the order', (argv, sections) => {
		expect([...parseArgs(argv).sections]).toEqual(sections);
	});

	it.each([
		[['--runs', '0'], '--runs takes a whole number of runs, 1 or more (found "0")'],
		[['--runs', '2.5'], '--runs takes a whole number'],
		[['--runs'], '--runs needs a value'],
		[['--pages', '--quick'], '--pages needs a value'],
		[['--only', 'bytes,speed'], '--only: unknown section speed'],
		[['--fast'], 'unknown option --fast']
	])('refuses %j', (argv, error) => {
		expect(() => parseArgs(argv)).toThrow(error);
	});
});

describe('page selection', () => {
	const paths = [
		'/',
		'/embed/',
		'/embed/capex/',
		'/embed/map/',
		'/embed/step/0/',
		'/embed/step/1/',
		'/embed/step/10/',
		'/embed/story/',
		'/en/',
		'/en/embed/',
		'/en/embed/map/',
		'/en/embed/step/0/',
		'/en/preview/',
		'/preview/'
	];

	it.each([
		['/', true],
		['/en/', true],
		['/pt-br/', true],
		['/preview/', false],
		['/embed/', false]
	])('%s is a story root: %s', (path, expected) => {
		expect(isStoryRoot(path)).toBe(expected);
	});

	it.each([
		['/embed/', true],
		['/en/embed/step/3/', true],
		['/embedded/', false],
		['/preview/', false]
	])('%s is an embed: %s', (path, expected) => {
		expect(isEmbed(path)).toBe(expected);
	});

	it('runs Lighthouse on the story roots and every embed, not on the preview', () => {
		expect(lighthousePages(paths, parseArgs([]))).toEqual(
			paths.filter((path) => !path.includes('preview'))
		);
	});

	it('keeps one page of each kind with --quick, and every story root', () => {
		expect(quickPages(lighthousePages(paths, parseArgs([])))).toEqual([
			'/',
			'/embed/',
			'/embed/capex/',
			'/embed/map/',
			'/embed/step/0/',
			'/embed/story/',
			'/en/'
		]);
	});

	it('narrows the browser runs to --pages, with * inside a segment and ** across', () => {
		expect(lighthousePages(paths, parseArgs(['--pages', '/en/,/embed/*/']))).toEqual([
			'/embed/capex/',
			'/embed/map/',
			'/embed/story/',
			'/en/'
		]);
		expect(matchesAny('/en/embed/step/0/', ['/en/**'])).toBe(true);
		expect(matchesAny('/en/embed/step/0/', ['/en/*'])).toBe(false);
	});

	it('scrolls the story roots', () => {
		expect(scrollPages(paths, parseArgs([]))).toEqual(['/', '/en/']);
		expect(scrollPages(paths, parseArgs(['--pages', '/en/']))).toEqual(['/en/']);
	});
});

/** A page with every figure measured; `change` sets what a test is about. */
function page(change: (figures: PageFigures) => void = () => {}): PageFigures {
	const timing = (value: number, ratio: number | null) => ({
		runs: [value],
		median: value,
		ratio,
		failed: 0
	});
	const figures: PageFigures = {
		path: '/',
		bytes: {
			gzip: { html: 10_000, js: 20_000, css: 3_000, geography: 30_000, other: 0, total: 63_000 },
			inline: { scripts: 0, styles: 0 }
		},
		lighthouse: {
			scores: {
				performance: { runs: [100], median: 100 },
				accessibility: 100,
				'best-practices': 100,
				seo: 100
			},
			fcp: timing(900, 1.05),
			lcp: timing(900, 1.05),
			tbt: timing(0, null),
			cls: { runs: [0], max: 0 },
			requests: 9,
			byType: {},
			offHost: [],
			problems: []
		},
		scroll: {
			medianFrameMs: timing(16.7, 1),
			p95FrameMs: timing(16.8, 1),
			slowFrameShare: 0.005,
			longTasks: 0,
			longTaskMs: 0,
			stepChanges: 0,
			slowFramesAtStepChanges: 0,
			slowFrames: 0
		}
	};
	change(figures);
	return figures;
}

function lighthouseOf(figures: PageFigures): LighthouseFigures {
	if (!figures.lighthouse || 'error' in figures.lighthouse)
		throw new Error('no Lighthouse figures');
	return figures.lighthouse;
}

function scrollOf(figures: PageFigures): ScrollFigures {
	if (!figures.scroll || 'error' in figures.scroll) throw new Error('no scroll figures');
	return figures.scroll;
}

describe('verdicts', () => {
	it('meets every target on a page within all of them', () => {
		const found = verdicts(page());
		expect(found.length).toBe(FIGURES.filter((figure) => figure.meets).length);
		expect(found.every((verdict) => verdict.met)).toBe(true);
	});

	it.each([
		['LCP ÷ floor (devtools)', (p: PageFigures) => void (lighthouseOf(p).lcp.ratio = 1.16)],
		['CLS (devtools, largest run)', (p: PageFigures) => void (lighthouseOf(p).cls.max = 0.001)],
		['Lighthouse seo', (p: PageFigures) => void (lighthouseOf(p).scores.seo = 99)],
		[
			'first-load JavaScript, KB gzip',
			(p: PageFigures) => void (p.bytes!.gzip.js = BYTE_BUDGETS.js + 1)
		],
		['frames over 17.7 ms', (p: PageFigures) => void (scrollOf(p).slowFrameShare = 0.011)],
		['long tasks while scrolling', (p: PageFigures) => void (scrollOf(p).longTasks = 1)]
	])('misses "%s" just past its target', (figure, change) => {
		const missed = verdicts(page(change)).filter((verdict) => !verdict.met);
		expect(missed.map((verdict) => verdict.figure)).toEqual([figure]);
	});

	it('judges nothing that was not measured', () => {
		const bare = page((p) => {
			p.lighthouse = null;
			p.scroll = { error: 'the scroll stopped' };
		});
		expect(verdicts(bare).map((verdict) => verdict.figure)).toEqual([
			'first-load JavaScript, KB gzip',
			'first-load geography, KB gzip',
			'all first-load bytes, KB gzip'
		]);
	});

	it('counts a figure that could not be computed as not met', () => {
		const broken = page((p) => void (lighthouseOf(p).lcp.ratio = NaN));
		expect(verdicts(broken).find((verdict) => verdict.figure.startsWith('LCP'))?.met).toBe(false);
		expect(
			cell(
				FIGURES.find((figure) => figure.column === 'LCP×')!,
				broken
			)
		).toBe('n/a');
	});
});

describe('the printed report', () => {
	it('marks each figure against its target, and – where nothing was measured', () => {
		const table = renderTable([
			page((p) => (p.path = 'floor')),
			page((p) => {
				p.path = '/en/';
				p.scroll = null;
				p.bytes!.gzip.total = BYTE_BUDGETS.total + 1024;
			})
		]);
		const [heading, targets, , floor, en] = table.split('\n');
		expect(heading).toMatch(/^page\s+perf\s+a11y/);
		expect(targets).toContain('≤1.15');
		expect(floor).toMatch(/^floor\s+100 ✓/);
		expect(en).toContain('151.0 ✗');
		expect(en).toMatch(/–$/);
	});

	it('lists the targets not met with their pages', () => {
		const text = renderVerdicts([
			page(),
			page((p) => {
				p.path = '/embed/map/';
				p.bytes!.gzip.geography = 50 * 1024;
			})
		]);
		expect(text).toContain(
			'not met: first-load geography, KB gzip (target ≤40) on /embed/map/ 50.0'
		);
		const targets = FIGURES.filter((figure) => figure.meets).length;
		expect(text.split('\n')[0]).toBe(
			`targets: ${2 * targets - 1} of ${2 * targets} met on the site's pages`
		);
	});

	it('keeps the floor out of the count, and says what it misses', () => {
		const text = renderVerdicts([
			page((p) => {
				p.path = 'floor';
				scrollOf(p).slowFrameShare = 0.2;
			}),
			page()
		]);
		const targets = FIGURES.filter((figure) => figure.meets).length;
		expect(text).toContain(`targets: ${targets} of ${targets} met`);
		expect(text).toContain('the floor itself misses: frames over 17.7 ms 20.0% (target ≤1%)');
	});
});

describe('summarizeTrace', () => {
	const MAIN = { pid: 1, tid: 10 };
	const OTHER_RENDERER = { pid: 2, tid: 20 };
	const RASTER = { pid: 1, tid: 11 };
	/** a complete event on the page's main thread; times in ms */
	const x = (
		name: string,
		startMs: number,
		ms: number,
		extra: Partial<TraceEvent> = {}
	): TraceEvent => ({
		name,
		ph: 'X',
		ts: startMs * 1000,
		dur: ms * 1000,
		...MAIN,
		...extra
	});
	const threadNames: TraceEvent[] = [
		{ name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
		{ name: 'thread_name', ph: 'M', ts: 0, ...OTHER_RENDERER, args: { name: 'CrRendererMain' } },
		{ name: 'thread_name', ph: 'M', ts: 0, ...RASTER, args: { name: 'CompositorTileWorker1' } }
	];

	it('finds the long tasks and what fills them', () => {
		const summary = summarizeTrace([
			...threadNames,
			x('RunTask', 0, 120),
			x('FunctionCall', 1, 80),
			x('Layout', 82, 30),
			x('RunTask', 200, 40),
			x('FunctionCall', 201, 39)
		]);
		expect(summary.longTasks).toEqual([
			{ startMs: 0, ms: 120, inside: { script: 80, style: 0, layout: 30, paint: 0, parseHtml: 0 } }
		]);
		expect(summary.script).toEqual({ count: 2, ms: 119 });
		expect(summary.layout).toEqual({ count: 1, ms: 30 });
	});

	it('tells a style or layout pass forced by a script from the frame’s own', () => {
		const summary = summarizeTrace([
			...threadNames,
			x('RunTask', 0, 30),
			x('EventDispatch', 1, 20, { args: { data: { type: 'scroll' } } }),
			x('FunctionCall', 2, 18),
			x('UpdateLayoutTree', 3, 5),
			x('Layout', 9, 4),
			x('RunTask', 40, 20),
			x('UpdateLayoutTree', 41, 6),
			x('Layout', 48, 7),
			x('Paint', 56, 3)
		]);
		expect(summary.style).toEqual({ count: 2, ms: 11 });
		expect(summary.forcedStyle).toEqual({ count: 1, ms: 5 });
		expect(summary.layout).toEqual({ count: 2, ms: 11 });
		expect(summary.forcedLayout).toEqual({ count: 1, ms: 4 });
		expect(summary.scrollHandlers).toEqual({ count: 1, ms: 20 });
		expect(summary.paint).toEqual({ count: 1, ms: 3 });
		expect(summary.longTasks).toEqual([]);
	});

	it('reads begin and end pairs as one span, nested like complete events', () => {
		const summary = summarizeTrace([
			...threadNames,
			x('RunTask', 0, 60),
			{ name: 'FireAnimationFrame', ph: 'B', ts: 1000, ...MAIN },
			{ name: 'Layout', ph: 'B', ts: 2000, ...MAIN },
			{ name: 'Layout', ph: 'E', ts: 12_000, ...MAIN },
			{ name: 'FireAnimationFrame', ph: 'E', ts: 50_000, ...MAIN }
		]);
		expect(summary.animationFrames).toEqual({ count: 1, ms: 49 });
		expect(summary.forcedLayout).toEqual({ count: 1, ms: 10 });
		expect(summary.longTasks[0]!.inside).toMatchObject({ script: 49, layout: 10 });
	});

	it('reads the busier renderer, and the raster work of every thread', () => {
		const summary = summarizeTrace([
			...threadNames,
			x('RunTask', 0, 10, OTHER_RENDERER),
			x('FunctionCall', 0, 9, OTHER_RENDERER),
			x('RunTask', 0, 30),
			x('ParseHTML', 1, 25),
			x('RasterTask', 5, 12, RASTER),
			x('RasterTask', 5, 8, { pid: 3, tid: 30 })
		]);
		expect(summary.parseHtml).toEqual({ count: 1, ms: 25 });
		expect(summary.script).toEqual({ count: 0, ms: 0 });
		expect(summary.raster).toEqual({ count: 2, ms: 20 });
	});

	it('counts the frames DevTools marks dropped, whole or partly, in the page’s renderer only', () => {
		const dropped = (ms: number, partial: boolean | undefined, at = MAIN): TraceEvent => ({
			name: 'DroppedFrame',
			ph: 'I',
			ts: ms * 1000,
			...at,
			args: partial === undefined ? {} : { hasPartialUpdate: partial }
		});
		const summary = summarizeTrace([
			...threadNames,
			x('RunTask', 0, 30),
			x('RunTask', 0, 5, OTHER_RENDERER),
			dropped(10, true),
			dropped(27, true, RASTER),
			dropped(43, false),
			dropped(60, undefined),
			dropped(77, false, OTHER_RENDERER)
		]);
		expect(summary.droppedFrames).toEqual({ partial: 2, whole: 2 });
		expect(summarizeTrace([...threadNames, x('RunTask', 0, 30)]).droppedFrames).toEqual({
			partial: 0,
			whole: 0
		});
	});

	it('says nothing of a trace without a renderer', () => {
		expect(summarizeTrace([]).longTasks).toEqual([]);
	});
});

describe('renderStepChanges', () => {
	it('says how many of a page’s slow frames followed a step change, and nothing for a page without steps', () => {
		const text = renderStepChanges(
			[
				page((p) => void (p.path = 'floor')),
				page((p) => {
					p.path = '/';
					Object.assign(scrollOf(p), {
						stepChanges: 14,
						slowFramesAtStepChanges: 27,
						slowFrames: 33
					});
				}),
				page((p) => void (p.path = '/en/'))
			],
			200
		);
		expect(text).toBe(
			'slow frames while scrolling (medians of the runs):\n  /: 14 step changes; 27 of its 33 slow frames ended within 200 ms after one'
		);
	});
	it('is empty when no page changed step', () => {
		expect(renderStepChanges([page()], 200)).toBe('');
	});
});
