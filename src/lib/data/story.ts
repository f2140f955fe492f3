/**
 * `data/story.LANG.aml`: the copy and its list of steps, in ArchieML.
 * The `archieml` package reads the values; since it gives no line numbers,
 * a small scan of the raw lines locates each key (the n-th `chart:` inside
 * `[steps]` starts step n), so errors name the right line and column.
 * Everything stays plain text: nothing here is ever HTML.
 */
import archieml from 'archieml';
import { chartDefaults, type ChartDefaults } from '../scroll/state.ts';
import {
	CHART_NAMES,
	MAP_HIGHLIGHTS,
	type ChartState,
	type Lang,
	type Problem,
	type Step,
	type Story,
	type StoryData
} from '../types.ts';
import { isOnMap } from './countries.ts';
import { suggestCountries } from './suggest.ts';
import { error, listOr, quote, warning, type Place } from './problems.ts';

/** A `key: value` line of the copy, where it is. */
interface KeyLine {
	key: string;
	/** the rest of the line after the colon, trimmed */
	value: string;
	line: number;
	/** 1-based character column where the value starts (after `key:` and spaces) */
	column: number;
}

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

const TOP_KEYS = ['headline', 'dek', 'byline'] as const;
const SECTIONS = ['intro', 'steps', 'outro', 'sources'] as const;

/** The keys each chart's steps may carry besides `chart`. */
const STEP_KEYS: Record<ChartState['chart'], readonly string[]> = {
	map: ['focus', 'highlight', 'text'],
	capex: ['years', 'text'],
	market: ['rows', 'text']
};

/** Paragraphs: split on blank lines, each trimmed, its inner line breaks made spaces. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n[ \t]*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter((paragraph) => paragraph !== '');
}

/** The items of a comma list with the column where each starts, for located errors. */
function listItems(key: KeyLine): { item: string; column: number }[] {
	const items: { item: string; column: number }[] = [];
	let offset = 0;
	for (const part of key.value.split(',')) {
		const lead = part.length - part.trimStart().length;
		if (part.trim() !== '') items.push({ item: part.trim(), column: key.column + offset + lead });
		offset += part.length + 1;
	}
	return items;
}

interface Context {
	file: string;
	problems: Problem[];
	/** the CSV rows to check references against; a file left out is not checked against */
	data: Partial<StoryData> | null;
}

function at(ctx: Context, key: KeyLine, column = key.column): Place {
	return { file: ctx.file, line: key.line, column, field: key.key };
}

/** What a step shows for a key it leaves out: the same defaults as the graphic's. */
function defaults(ctx: Context): ChartDefaults {
	return chartDefaults({ capex: ctx.data?.capex ?? [], market: ctx.data?.market ?? [] });
}

function mapState(step: ScannedStep, ctx: Context): ChartState | undefined {
	const focusKey = step.keys.find((k) => k.key === 'focus');
	const highlightKey = step.keys.find((k) => k.key === 'highlight');
	let { focus, highlight } = defaults(ctx).map;
	if (focusKey && focusKey.value !== '' && focusKey.value.toLowerCase() !== 'world') {
		if (!isOnMap(focusKey.value)) {
			const codes = suggestCountries(focusKey.value);
			const hint = codes.length > 0 ? `; did you mean ${listOr(codes)}?` : '';
			ctx.problems.push(
				error(
					at(ctx, focusKey),
					`${quote(focusKey.value)} is not a country on the map (expected world, or a country code in capitals, e.g. FR${hint})`
				)
			);
			return undefined;
		}
		focus = focusKey.value;
	}
	if (highlightKey && highlightKey.value !== '') {
		const match = MAP_HIGHLIGHTS.find((value) => value === highlightKey.value.toLowerCase());
		if (!match) {
			ctx.problems.push(
				error(
					at(ctx, highlightKey),
					`${quote(highlightKey.value)} is not an allowed value (expected ${listOr(MAP_HIGHLIGHTS)})`
				)
			);
			return undefined;
		}
		highlight = match;
	}
	return { chart: 'map', focus, highlight };
}

function capexState(step: ScannedStep, ctx: Context): ChartState | undefined {
	const capex = ctx.data?.capex;
	const dataYears = capex?.map((row) => row.year) ?? [];
	const yearsKey = step.keys.find((k) => k.key === 'years');
	if (!yearsKey || yearsKey.value === '') return { chart: 'capex', ...defaults(ctx).capex };
	const listed = new Set<number>();
	let ok = true;
	for (const { item, column } of listItems(yearsKey)) {
		const year = /^\d+$/.test(item) ? Number(item) : NaN;
		if (Number.isNaN(year)) {
			ctx.problems.push(
				error(
					at(ctx, yearsKey, column),
					`${quote(item)} is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
				)
			);
			ok = false;
		} else if (capex && !dataYears.includes(year)) {
			ctx.problems.push(
				error(
					at(ctx, yearsKey, column),
					`${year} is not a year in data/capex.csv (expected ${listOr(dataYears.map(String))})`
				)
			);
			ok = false;
		} else listed.add(year);
	}
	if (!ok) return undefined;
	// the chart shows years in data order, whatever order the copy lists them in
	return {
		chart: 'capex',
		years: capex ? dataYears.filter((year) => listed.has(year)) : [...listed]
	};
}

function marketState(step: ScannedStep, ctx: Context): ChartState | undefined {
	const market = ctx.data?.market;
	const rows = market ?? [];
	const rowsKey = step.keys.find((k) => k.key === 'rows');
	if (!rowsKey || rowsKey.value === '') return { chart: 'market', ...defaults(ctx).market };
	const ids: string[] = [];
	let ok = true;
	for (const { item, column } of listItems(rowsKey)) {
		if (market && !rows.some((row) => row.id === item)) {
			ctx.problems.push(
				error(
					at(ctx, rowsKey, column),
					`${quote(item)} is not an id in data/market.csv (expected ids separated by commas, among ${listOr(rows.map((row) => row.id))})`
				)
			);
			ok = false;
		} else if (ids.includes(item)) {
			ctx.problems.push(
				warning(at(ctx, rowsKey, column), `${quote(item)} is listed twice (shown once)`)
			);
		} else ids.push(item);
	}
	return ok ? { chart: 'market', rows: ids } : undefined;
}

function readStep(step: ScannedStep, text: unknown, ctx: Context): Step | undefined {
	const name = CHART_NAMES.find((chart) => chart === step.chart.value.toLowerCase());
	if (!name) {
		ctx.problems.push(
			error(
				at(ctx, step.chart),
				`${step.chart.value === '' ? 'empty, which' : quote(step.chart.value)} is not a chart (expected ${listOr(CHART_NAMES)})`
			)
		);
		return undefined;
	}
	for (const key of step.keys) {
		if (!STEP_KEYS[name].includes(key.key)) {
			ctx.problems.push(
				warning(
					at(ctx, key),
					`ignored: a ${name} step does not use ${key.key} (expected ${listOr(STEP_KEYS[name])})`
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
		ctx.problems.push(
			error(
				place,
				`${textKey ? 'empty' : 'missing'} (expected the step's text after "text:"; end a text of several lines with ":end" on its own line)`
			)
		);
	}
	const state =
		name === 'map'
			? mapState(step, ctx)
			: name === 'capex'
				? capexState(step, ctx)
				: marketState(step, ctx);
	return state && body.length > 0 ? { text: body, state, line: step.chart.line } : undefined;
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
		else if (where)
			ctx.problems.push(error(at(ctx, where), `empty (expected the ${key} after "${key}:")`));
		else
			ctx.problems.push(
				error(
					{ ...fileLevel, field: key },
					`missing (expected a line "${key}: …" at the top of the file)`
				)
			);
	}
	for (const key of scan.top) {
		if (!(TOP_KEYS as readonly string[]).includes(key.key)) {
			ctx.problems.push(
				warning(
					at(ctx, key),
					`ignored: not a key this file uses (expected ${listOr(TOP_KEYS)} at the top, then the sections ${SECTIONS.map((s) => `[${s}]`).join(', ')})`
				)
			);
		}
	}
	for (const key of scan.orphans) {
		ctx.problems.push(
			error(
				at(ctx, key),
				`comes before any "chart:" in [steps] (expected each step to start with "chart: ${CHART_NAMES.join('|')}")`
			)
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
				`no steps (expected a [steps] section with at least one step starting "chart: ${CHART_NAMES.join('|')}", closed by [])`
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
			intro: strings(doc.intro),
			steps,
			outro: strings(doc.outro),
			sources: strings(doc.sources)
		},
		problems: ctx.problems
	};
}
