/**
 * The whole of `data/` checked in one pass: every CSV and both copy files,
 * every problem located, nothing thrown. The build, the dev server, the CLI
 * and the pages all call this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang, type Problem, type Story, type StoryData } from '../types.ts';
import { parseCapex } from './capex.ts';
import { parseDatacentres } from './datacenters.ts';
import { decodeText } from './decode.ts';
import { parseMarket } from './market.ts';
import { error, formatProblem, hasErrors, sortProblems } from './problems.ts';
import { parseStory } from './story.ts';

export { formatProblem, hasErrors };
export { parseCapex } from './capex.ts';
export { parseDatacentres } from './datacenters.ts';
export { parseMarket } from './market.ts';
export { parseStory } from './story.ts';

export interface ProjectCheck {
	/** null when any CSV has an error */
	data: StoryData | null;
	/** a language is present only when its copy has no error */
	stories: Partial<Record<Lang, Story>>;
	/** sorted by file, line, column */
	problems: Problem[];
}

export const DATA_FILES = {
	datacentres: 'data/datacenters.csv',
	capex: 'data/capex.csv',
	market: 'data/market.csv'
} as const;

export function storyFile(lang: Lang): string {
	return `data/story.${lang}.aml`;
}

/** The file's bytes, or a located problem saying it cannot be read. */
function read(root: string, file: string): { bytes: Uint8Array } | { problem: Problem } {
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
	if (!decoded.ok)
		return {
			story: null,
			problems: [error({ file, line: 1, column: 1, field: '' }, decoded.message)]
		};
	return parseStory(decoded.text, file, data, lang);
}

export function checkProject(root: string): ProjectCheck {
	const problems: Problem[] = [];
	/** a file's rows, or undefined when the file has an error (so nothing is checked against half a file) */
	const parseFile = <T>(
		file: string,
		parse: (bytes: Uint8Array, file: string) => { rows: T[]; problems: Problem[] }
	): T[] | undefined => {
		const content = read(root, file);
		if ('problem' in content) {
			problems.push(content.problem);
			return undefined;
		}
		const result = parse(content.bytes, file);
		problems.push(...result.problems);
		return hasErrors(result.problems) ? undefined : result.rows;
	};
	const datacentres = parseFile(DATA_FILES.datacentres, parseDatacentres);
	const capex = parseFile(DATA_FILES.capex, parseCapex);
	const market = parseFile(DATA_FILES.market, parseMarket);
	const data = datacentres && capex && market ? { datacentres, capex, market } : null;
	// the copy is checked against every CSV that is valid, so one bad file hides no problem in the copy
	const references: Partial<StoryData> = { datacentres, capex, market };

	const stories: Partial<Record<Lang, Story>> = {};
	for (const lang of LANGS) {
		const file = storyFile(lang);
		const content = read(root, file);
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
	const { datacentres, capex, market } = check.data;
	const stories = Object.keys(check.stories).length;
	const tail = check.problems.length > 0 ? ` (${warnings})` : '';
	return `data/ is valid: ${count(datacentres.length, 'data centre', 'data centres')}, ${count(capex.length, 'capex row', 'capex rows')}, ${count(market.length, 'market row', 'market rows')}, ${count(stories, 'story', 'stories')}${tail}`;
}
