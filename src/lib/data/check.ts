/**
 * The whole of `data/` checked in one pass: every chart's CSV and every
 * language's copy, every problem located, nothing thrown. The build, the dev
 * server, the CLI and the pages call `checkProject`; the preview page's
 * worker calls `checkFiles` with the editor's files in place of the shipped
 * ones. Browser-safe: nothing here imports a Node module (`checkProject`
 * reaches the disk only when called, under Node).
 */
import { copyFile, LANG_CODES, type Lang } from '../i18n/languages.ts';
import { CHARTS, type AnyChart, type StoryData } from '../charts/registry.ts';
import { FALLBACK_MESSAGES, renderMessage, type CheckerMessages } from '../i18n/messages.ts';
import type { Problem, Story } from '../types.ts';
import { decodeText } from './decode.ts';
import {
	error,
	formatProblem,
	formatProblemIn,
	hasErrors,
	message,
	sortProblems
} from './problems.ts';
import { parseStory, SECTION_OPENINGS, TOP_KEYS } from './story.ts';

export { formatProblem, formatProblemIn, hasErrors };
export { parseStory } from './story.ts';

export interface ProjectCheck {
	/** null when any CSV has an error */
	data: StoryData | null;
	/** a language is present only when its copy has no error */
	stories: Partial<Record<Lang, Story>>;
	/** sorted by file, line, column */
	problems: Problem[];
}

/** A file's bytes, or a located problem saying why they cannot be had. */
export type FileContent = { bytes: Uint8Array } | { problem: Problem };

/** Every file the check reads, relative to the project's root: each chart's CSV, then each language's copy. */
export function checkedFiles(): string[] {
	return [...CHARTS.map((chart) => chart.data.file), ...LANG_CODES.map(copyFile)];
}

/**
 * The file's bytes from disk, or a located problem saying it cannot be read.
 * `node:fs` is taken from the running Node when called, not imported, so
 * that this module also runs in a browser.
 */
function readFromDisk(root: string, file: string): FileContent {
	const fs = process.getBuiltinModule('node:fs');
	try {
		return { bytes: fs.readFileSync(`${root}/${file}`) };
	} catch (cause) {
		const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
		const place = { file, line: 1, column: 1, field: '' };
		return {
			problem: error(
				place,
				code === 'ENOENT'
					? message('fileNotFound')
					: message('fileUnreadable', { reason: code || String(cause) })
			)
		};
	}
}

/** Reads one copy file's bytes (UTF-8 or Windows-1252) and parses it. */
export function parseStoryBytes(
	bytes: Uint8Array,
	file: string,
	data: Partial<StoryData> | null,
	lang: Lang
): { story: Story | null; problems: Problem[] } {
	const place = { file, line: 1, column: 1, field: '' };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { story: null, problems: [error(place, decoded.message)] };
	// one message for an empty file, rather than one per key it lacks
	if (decoded.text.trim() === '') {
		const empty = message('emptyCopy', { keys: [...TOP_KEYS], sections: SECTION_OPENINGS });
		return { story: null, problems: [error(place, empty)] };
	}
	return parseStory(decoded.text, file, data, lang);
}

/**
 * Checks every file the registry and the language table name, read through
 * `read` (from disk, or from files an editor dropped on a page).
 */
export function checkFiles(read: (file: string) => FileContent): ProjectCheck {
	const problems: Problem[] = [];
	// a chart's rows only when its file is valid, so nothing is checked against half a file
	const valid: Partial<Record<string, unknown[]>> = {};
	for (const chart of CHARTS as readonly AnyChart[]) {
		const content = read(chart.data.file);
		if ('problem' in content) {
			problems.push(content.problem);
			continue;
		}
		const result = chart.data.parse(content.bytes, chart.data.file);
		problems.push(...result.problems);
		if (!hasErrors(result.problems)) valid[chart.name] = result.rows;
	}
	const references = valid as Partial<StoryData>;
	const data = CHARTS.every((chart) => valid[chart.name] !== undefined)
		? (references as StoryData)
		: null;

	// the copy is checked against every CSV that is valid, so one bad file hides no problem in the copy
	const stories: Partial<Record<Lang, Story>> = {};
	for (const lang of LANG_CODES) {
		const file = copyFile(lang);
		const content = read(file);
		if ('problem' in content) {
			problems.push(content.problem);
			continue;
		}
		const result = parseStoryBytes(content.bytes, file, references, lang);
		problems.push(...result.problems);
		if (result.story) stories[lang] = result.story;
	}
	return { data, stories, problems: sortProblems(problems) };
}

/** Checks the project at `root` (its `data/` folder). Node only. */
export function checkProject(root: string): ProjectCheck {
	return checkFiles((file) => readFromDisk(root, file));
}

/** The one-line verdict printed after the problem lines, in `table`'s language (English by default). */
export function summarise(
	check: ProjectCheck,
	table: CheckerMessages = FALLBACK_MESSAGES.checker
): string {
	const errors = check.problems.filter((p) => p.severity === 'error').length;
	const warnings = check.problems.length - errors;
	if (errors > 0 || !check.data) {
		const files = new Set(check.problems.map((p) => p.file)).size;
		return renderMessage(message('summaryInvalid', { errors, warnings, files }), table);
	}
	const data = check.data;
	const files = CHARTS.map((chart) => ({
		file: chart.data.file.replace(/^data\//, ''),
		rows: data[chart.name].length
	}));
	const stories = Object.keys(check.stories).length;
	return renderMessage(message('summaryValid', { files, stories, warnings }), table);
}

/** Every line the CLI and the build print: each problem, then the verdict, in `table`'s language. */
export function reportLines(
	check: ProjectCheck,
	table: CheckerMessages = FALLBACK_MESSAGES.checker
): string[] {
	return [...check.problems.map((p) => formatProblemIn(p, table)), summarise(check, table)];
}
