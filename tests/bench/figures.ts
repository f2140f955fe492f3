/**
 * What the bench reports for each page, and the targets: one list of
 * figures that both the verdicts and the printed table read, so a target is
 * written once. Pure (tested in tests/unit/bench.test.ts).
 */
import { BYTE_BUDGETS, type ByCategory } from '../sizes';
import type { Timing } from './stats';

export type { Timing };

export interface LighthouseFigures {
	/** 0–100; performance is the median over the runs, the others are read once */
	scores: {
		performance: { runs: number[]; median: number } | null;
		accessibility: number | null;
		'best-practices': number | null;
		seo: number | null;
	};
	/** observed under devtools throttling */
	fcp: Timing;
	lcp: Timing;
	tbt: Timing;
	/** a shift in any run is a shift: the largest of the runs */
	cls: { runs: number[]; max: number };
	/** from the first devtools run */
	requests: number | null;
	byType: Record<string, { requests: number; bytes: number }>;
	/** every request that left the host, in any run */
	offHost: string[];
	problems: string[];
}

export interface ScrollFigures {
	medianFrameMs: Timing;
	p95FrameMs: Timing;
	/** 0–1, median over the runs */
	slowFrameShare: number;
	/** median over the runs */
	longTasks: number;
	longTaskMs: number;
	/** medians over the runs: step changes, and the slow frames that ended just after one (scroll.ts) */
	stepChanges: number;
	slowFramesAtStepChanges: number;
	/** median number of slow frames (the share's numerator) */
	slowFrames: number;
}

/** The path the floor goes by in the table and the JSON. */
export const FLOOR = 'floor';

export interface PageFigures {
	/** URL path on the server, e.g. `/en/`; the floor is `floor` */
	path: string;
	bytes: { gzip: ByCategory; inline: { scripts: number; styles: number } } | null;
	lighthouse: LighthouseFigures | { error: string } | null;
	scroll: ScrollFigures | { error: string } | null;
}

export interface Verdict {
	figure: string;
	value: number;
	target: string;
	met: boolean;
}

interface Figure {
	/** column heading, short */
	column: string;
	/** what the figure is, for the JSON and the list of targets not met */
	name: string;
	/** as printed under the heading; empty when the issue sets no target */
	target: string;
	value(page: PageFigures): number | null;
	format(value: number): string;
	meets?(value: number): boolean;
}

function lighthouse(page: PageFigures): LighthouseFigures | null {
	return page.lighthouse && !('error' in page.lighthouse) ? page.lighthouse : null;
}

function scroll(page: PageFigures): ScrollFigures | null {
	return page.scroll && !('error' in page.scroll) ? page.scroll : null;
}

const KB = 1024;
const kb = (value: number): string => (value / KB).toFixed(1);
const ms = (value: number): string => value.toFixed(0);
const ratio = (value: number): string => `${value.toFixed(2)}×`;

export const TARGETS = {
	score: 100,
	lcpRatio: 1.15,
	cls: 0,
	slowFrameShare: 0.01,
	longTasks: 0
} as const;

function score(name: 'accessibility' | 'best-practices' | 'seo', column: string): Figure {
	return {
		column,
		name: `Lighthouse ${name}`,
		target: String(TARGETS.score),
		value: (page) => lighthouse(page)?.scores[name] ?? null,
		format: String,
		meets: (value) => value >= TARGETS.score
	};
}

export const FIGURES: Figure[] = [
	{
		column: 'perf',
		name: 'Lighthouse performance',
		target: String(TARGETS.score),
		value: (page) => lighthouse(page)?.scores.performance?.median ?? null,
		format: String,
		meets: (value) => value >= TARGETS.score
	},
	score('accessibility', 'a11y'),
	score('best-practices', 'b.p.'),
	score('seo', 'SEO'),
	{
		column: 'FCP×',
		name: 'FCP ÷ floor (devtools)',
		target: '',
		value: (page) => lighthouse(page)?.fcp.ratio ?? null,
		format: ratio
	},
	{
		column: 'LCP×',
		name: 'LCP ÷ floor (devtools)',
		target: `≤${TARGETS.lcpRatio}`,
		value: (page) => lighthouse(page)?.lcp.ratio ?? null,
		format: ratio,
		meets: (value) => value <= TARGETS.lcpRatio
	},
	{
		column: 'LCP ms',
		name: 'LCP (devtools)',
		target: '',
		value: (page) => lighthouse(page)?.lcp.median ?? null,
		format: ms
	},
	{
		column: 'TBT ms',
		name: 'TBT (devtools)',
		target: '',
		value: (page) => lighthouse(page)?.tbt.median ?? null,
		format: ms
	},
	{
		column: 'CLS',
		name: 'CLS (devtools, largest run)',
		target: String(TARGETS.cls),
		value: (page) => lighthouse(page)?.cls.max ?? null,
		format: (value) => (value === 0 ? '0' : value.toFixed(3)),
		meets: (value) => value <= TARGETS.cls
	},
	{
		column: 'req',
		name: 'requests',
		target: '',
		value: (page) => lighthouse(page)?.requests ?? null,
		format: String
	},
	{
		column: 'off-host',
		name: 'requests leaving the host',
		target: '0',
		value: (page) => lighthouse(page)?.offHost.length ?? null,
		format: String,
		meets: (value) => value === 0
	},
	{
		column: 'JS KB',
		name: 'first-load JavaScript, KB gzip',
		target: `≤${BYTE_BUDGETS.js / KB}`,
		value: (page) => page.bytes?.gzip.js ?? null,
		format: kb,
		meets: (value) => value <= BYTE_BUDGETS.js
	},
	{
		column: 'CSS KB',
		name: 'first-load CSS, KB gzip',
		target: '',
		value: (page) => page.bytes?.gzip.css ?? null,
		format: kb
	},
	{
		column: 'HTML KB',
		name: 'HTML, KB gzip',
		target: '',
		value: (page) => page.bytes?.gzip.html ?? null,
		format: kb
	},
	{
		column: 'geo KB',
		name: 'first-load geography, KB gzip',
		target: `≤${BYTE_BUDGETS.geography / KB}`,
		value: (page) => page.bytes?.gzip.geography ?? null,
		format: kb,
		meets: (value) => value <= BYTE_BUDGETS.geography
	},
	{
		column: 'all KB',
		name: 'all first-load bytes, KB gzip',
		target: `≤${BYTE_BUDGETS.total / KB}`,
		value: (page) => page.bytes?.gzip.total ?? null,
		format: kb,
		meets: (value) => value <= BYTE_BUDGETS.total
	},
	{
		column: 'frame ms',
		name: 'median frame while scrolling',
		target: '',
		value: (page) => scroll(page)?.medianFrameMs.median ?? null,
		format: (value) => value.toFixed(1)
	},
	{
		column: 'p95 ms',
		name: 'p95 frame while scrolling',
		target: '',
		value: (page) => scroll(page)?.p95FrameMs.median ?? null,
		format: (value) => value.toFixed(1)
	},
	{
		column: 'p95×',
		name: 'p95 frame ÷ floor',
		target: '',
		value: (page) => scroll(page)?.p95FrameMs.ratio ?? null,
		format: ratio
	},
	{
		column: '>17.7',
		name: 'frames over 17.7 ms',
		target: `≤${TARGETS.slowFrameShare * 100}%`,
		value: (page) => scroll(page)?.slowFrameShare ?? null,
		format: (value) => `${(value * 100).toFixed(1)}%`,
		meets: (value) => value <= TARGETS.slowFrameShare
	},
	{
		column: 'long',
		name: 'long tasks while scrolling',
		target: String(TARGETS.longTasks),
		value: (page) => scroll(page)?.longTasks ?? null,
		format: (value) => String(Math.round(value)),
		meets: (value) => value <= TARGETS.longTasks
	},
	{
		column: 'long ms',
		name: 'long tasks while scrolling, total',
		target: '',
		value: (page) => scroll(page)?.longTaskMs ?? null,
		format: ms
	}
];

/** Every figure with a target that the page has a value for, met or not. */
export function verdicts(page: PageFigures): Verdict[] {
	const found: Verdict[] = [];
	for (const figure of FIGURES) {
		const value = figure.value(page);
		if (value === null || !figure.meets) continue;
		found.push({
			figure: figure.name,
			value,
			target: figure.target,
			met: Number.isFinite(value) && figure.meets(value)
		});
	}
	return found;
}

/** One cell: the value, then ✓ or ✗ against its target; `–` when not measured here. */
export function cell(figure: Figure, page: PageFigures): string {
	const value = figure.value(page);
	if (value === null) return '–';
	if (!Number.isFinite(value)) return 'n/a';
	const text = figure.format(value);
	if (!figure.meets) return text;
	return `${text} ${figure.meets(value) ? '✓' : '✗'}`;
}
