/**
 * `data/story.LANG.aml`: the copy and its list of steps, in ArchieML.
 * The `archieml` package reads the values; since it gives no line numbers,
 * a small scan of the raw lines locates each key (the n-th `chart:` inside
 * `[steps]` starts step n), so errors name the right line and column.
 * Everything stays plain text: nothing here is ever HTML.
 */
import archieml from 'archieml';
import type { Lang } from '../i18n/languages.ts';
import type { Problem, Step, Story } from '../types.ts';
import { CHART_NAMES, chartNamed, type ChartState, type StoryData } from '../charts/registry.ts';
import { placeOf, type CopyKey } from '../charts/spec.ts';
import { error, message, warning, type Place } from './problems.ts';
import type { Message } from '../i18n/messages.ts';
import { readIsoDate, type DateReading } from '../text/date.ts';

/** A `key: value` line of the copy, where it is. */
type KeyLine = CopyKey;

interface ScannedStep {
	chart: KeyLine;
	keys: KeyLine[];
}

interface Scan {
	top: KeyLine[];
	/** line of each `[name]` section opening */
	sections: Map<string, number>;
	steps: ScannedStep[];
	/** keys inside `[steps]` before its first `chart:` */
	orphans: KeyLine[];
}

// the patterns archieml itself uses (archieml.js 0.5): a key is anything but whitespace, brackets, braces, backslash and colon
const KEY_LINE = /^(\s*)([^\s[\\\]{}:]+)[ \t]*:[ \t]*(.*)$/u;
const COMMAND = /^\s*:[ \t]*(endskip|ignore|skip|end)/i;
const SCOPE = /^\s*[[{][ \t]*([+.]*)[ \t]*([^\s[\\\]{}:]*)[ \t]*[\]}]/u;

export function scanCopy(text: string): Scan {
	const scan: Scan = { top: [], sections: new Map(), steps: [], orphans: [] };
	let scope = '';
	let skipping = false;
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const raw = lines[index] ?? '';
		const line = index + 1;
		const command = COMMAND.exec(raw);
		if (command) {
			const name = (command[1] ?? '').toLowerCase();
			if (name === 'ignore') break;
			if (name === 'skip') skipping = true;
			if (name === 'endskip') skipping = false;
			continue;
		}
		if (skipping) continue;
		const opened = SCOPE.exec(raw);
		if (opened) {
			scope = (opened[2] ?? '').toLowerCase();
			if (scope !== '' && !scan.sections.has(scope)) scan.sections.set(scope, line);
			continue;
		}
		const match = KEY_LINE.exec(raw);
		if (!match) continue;
		const [, indent = '', key = '', rest = ''] = match;
		const value = rest.trim();
		const column = value === '' ? raw.length + 1 : raw.length - rest.trimStart().length + 1;
		const keyLine: KeyLine = {
			key,
			value,
			line,
			column: Math.max(column, indent.length + key.length + 2)
		};
		if (scope === '') scan.top.push(keyLine);
		else if (scope === 'steps') {
			if (key === 'chart') scan.steps.push({ chart: keyLine, keys: [] });
			else {
				const current = scan.steps[scan.steps.length - 1];
				if (current) current.keys.push(keyLine);
				else scan.orphans.push(keyLine);
			}
		}
	}
	return scan;
}

export const TOP_KEYS = ['headline', 'dek', 'byline'] as const;
/** Top keys a copy file may leave out or empty. */
const OPTIONAL_TOP_KEYS = ['date'] as const;

/** Why a `date:` value is no date, as a message. */
function dateMessage(found: string, reading: Exclude<DateReading, { ok: true }>): Message {
	switch (reading.reason) {
		case 'form':
			return message('dateNotIso', { found });
		case 'month':
			return message('dateNoMonth', { found, month: reading.month });
		case 'day':
			return message('dateNoDay', { found, days: reading.daysInMonth });
	}
}

/** The optional `date: YYYY-MM-DD` line: its ISO date, undefined when absent or empty, or a located error. */
function readDate(doc: Record<string, unknown>, scan: Scan, ctx: Context): string | undefined {
	const value = doc.date;
	const where = scan.top.filter((k) => k.key === 'date').pop();
	if (typeof value !== 'string' || value.trim() === '' || !where) return undefined;
	const reading = readIsoDate(value);
	if (reading.ok) return reading.iso;
	ctx.problems.push(error(at(ctx, where), dateMessage(value.trim(), reading)));
	return undefined;
}
const SECTIONS = ['intro', 'steps', 'outro', 'sources'] as const;
/** The sections as the copy opens them, for messages: `[intro]`. */
export const SECTION_OPENINGS = SECTIONS.map((section) => `[${section}]`);

/** Paragraphs: split on blank lines, each trimmed, its inner line breaks made spaces. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n[ \t]*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter((paragraph) => paragraph !== '');
}

interface Context {
	file: string;
	problems: Problem[];
	/** each chart's CSV rows, to check references against; a chart whose file has errors is left out */
	data: Partial<StoryData> | null;
}

function at(ctx: Context, key: KeyLine, column = key.column): Place {
	return placeOf(ctx, key, column);
}

function readStep(step: ScannedStep, text: unknown, ctx: Context): Step | undefined {
	const chart = chartNamed(step.chart.value.toLowerCase());
	if (!chart) {
		ctx.problems.push(
			error(
				at(ctx, step.chart),
				message('notAChart', { found: step.chart.value, charts: [...CHART_NAMES] })
			)
		);
		return undefined;
	}
	const allowed = [...chart.keys, 'text'];
	for (const key of step.keys) {
		if (!allowed.includes(key.key)) {
			ctx.problems.push(
				warning(
					at(ctx, key),
					message('keyNotForChart', { chart: chart.name, key: key.key, allowed })
				)
			);
		}
	}
	const textKey = step.keys.find((k) => k.key === 'text');
	const body = typeof text === 'string' ? paragraphs(text) : [];
	if (body.length === 0) {
		const place = textKey
			? at(ctx, textKey)
			: { file: ctx.file, line: step.chart.line, column: 1, field: 'text' };
		ctx.problems.push(error(place, message(textKey ? 'stepTextEmpty' : 'stepTextMissing')));
	}
	const rows = ctx.data?.[chart.name];
	const state = chart.readState(step.keys, { file: ctx.file, rows, problems: ctx.problems });
	return state && body.length > 0
		? { text: body, state: { chart: chart.name, ...state } as ChartState, line: step.chart.line }
		: undefined;
}

function strings(value: unknown): string[] {
	return Array.isArray(value)
		? value.filter((item): item is string => typeof item === 'string').flatMap(paragraphs)
		: [];
}

/**
 * Reads one copy file. `data` is the parsed CSV data, to check the years and
 * rows steps name; pass null when the CSVs have errors, and those checks are
 * skipped (their errors are already reported). Never throws.
 */
export function parseStory(
	text: string,
	file: string,
	data: Partial<StoryData> | null,
	lang: Lang
): { story: Story | null; problems: Problem[] } {
	const ctx: Context = { file, problems: [], data };
	const source = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	const doc = archieml.load(source);
	const scan = scanCopy(source);
	const fileLevel = { file, line: 1, column: 1 };

	const top: Partial<Record<(typeof TOP_KEYS)[number], string>> = {};
	for (const key of TOP_KEYS) {
		const value = doc[key];
		const where = scan.top.filter((k) => k.key === key).pop();
		if (typeof value === 'string' && value.trim() !== '')
			top[key] = value.replace(/\s+/g, ' ').trim();
		else if (where) ctx.problems.push(error(at(ctx, where), message('topKeyEmpty', { key })));
		else ctx.problems.push(error({ ...fileLevel, field: key }, message('topKeyMissing', { key })));
	}
	const date = readDate(doc, scan, ctx);
	const known: readonly string[] = [...TOP_KEYS, ...OPTIONAL_TOP_KEYS];
	for (const key of scan.top) {
		if (!known.includes(key.key)) {
			ctx.problems.push(
				warning(
					at(ctx, key),
					message('topKeyIgnored', { keys: [...known], sections: SECTION_OPENINGS })
				)
			);
		}
	}
	for (const key of scan.orphans) {
		ctx.problems.push(
			error(at(ctx, key), message('beforeFirstChart', { charts: [...CHART_NAMES] }))
		);
	}

	const docSteps = Array.isArray(doc.steps) ? doc.steps : [];
	// archieml starts a new step at each repeat of the first key; with orphans it splits differently
	const offset = scan.orphans.length > 0 ? docSteps.length - scan.steps.length : 0;
	const steps: Step[] = [];
	scan.steps.forEach((scanned, index) => {
		const parsed: unknown = docSteps[index + offset];
		const textValue =
			typeof parsed === 'object' && parsed !== null && 'text' in parsed ? parsed.text : undefined;
		const step = readStep(scanned, textValue, ctx);
		if (step) steps.push(step);
	});
	if (scan.steps.length === 0) {
		const line = scan.sections.get('steps');
		ctx.problems.push(
			error(
				{ ...fileLevel, line: line ?? 1, field: 'steps' },
				message('noSteps', { charts: [...CHART_NAMES] })
			)
		);
	}

	const failed = ctx.problems.some((p) => p.severity === 'error');
	const { headline, dek, byline } = top;
	if (failed || headline === undefined || dek === undefined || byline === undefined)
		return { story: null, problems: ctx.problems };
	return {
		story: {
			lang,
			headline,
			dek,
			byline,
			...(date === undefined ? {} : { date }),
			intro: strings(doc.intro),
			steps,
			outro: strings(doc.outro),
			sources: strings(doc.sources)
		},
		problems: ctx.problems
	};
}
