/**
 * The whole of `data/` checked in one pass: every chart's CSV and every
 * language's copy, every problem located, nothing thrown. The build, the dev
 * server, the CLI and the pages all call this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFile, LANG_CODES, type Lang } from '../i18n/languages.ts';
import { CHARTS, type AnyChart, type StoryData } from '../charts/registry.ts';
import type { Problem, Story } from '../types.ts';
import { decodeText } from './decode.ts';
import { error, formatProblem, hasErrors, sortProblems } from './problems.ts';
import { parseStory } from './story.ts';

export { formatProblem, hasErrors };
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

/** The file's bytes from disk, or a located problem saying it cannot be read. */
function readFromDisk(root: string, file: string): FileContent {
	try {
		return { bytes: readFileSync(join(root, file)) };
	} catch (cause) {
		const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
		const found =
			code === 'ENOENT' ? 'file not found' : `cannot be read (${code || String(cause)})`;
		return {
			problem: error(
				{ file, line: 1, column: 1, field: '' },
				`${found} (expected this file in the data folder)`
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
	const decoded = decodeText(bytes);
	if (!decoded.ok) {
		return {
			story: null,
			problems: [error({ file, line: 1, column: 1, field: '' }, decoded.message)]
		};
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

/** Checks the project at `root` (its `data/` folder). */
export function checkProject(root: string): ProjectCheck {
	return checkFiles((file) => readFromDisk(root, file));
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** The one-line verdict printed after the problem lines. */
export function summarise(check: ProjectCheck): string {
	const errors = check.problems.filter((p) => p.severity === 'error').length;
	const warnings = count(check.problems.length - errors, 'warning', 'warnings');
	if (errors > 0 || !check.data) {
		const files = new Set(check.problems.map((p) => p.file)).size;
		return `${count(errors, 'error', 'errors')}, ${warnings} in ${count(files, 'file', 'files')}`;
	}
	const data = check.data;
	const rows = CHARTS.map(
		(chart) =>
			`${count(data[chart.name].length, 'row', 'rows')} in ${chart.data.file.replace(/^data\//, '')}`
	);
	const stories = Object.keys(check.stories).length;
	const tail = check.problems.length > 0 ? ` (${warnings})` : '';
	return `data/ is valid: ${rows.join(', ')}, ${count(stories, 'story', 'stories')}${tail}`;
}
