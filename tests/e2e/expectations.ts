/**
 * What the browser tests expect of a project's built pages, read from the
 * project's own parsers (see read-project.ts), never written down by hand:
 * any valid data, in any language the project lists, keeps them true.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface StepExpectation {
	/** the chart the step names: its root carries `data-chart` with this */
	chart: string;
	/** the attributes the chart's root carries in the step's state, from the chart's `hooks` */
	hooks: Record<string, string>;
	/** the step's first paragraph, typeset as the page prints it */
	text: string;
}

export interface TableExpectation {
	/** how many rows the chart's parser read from its CSV */
	csvRows: number;
	caption: string;
	/** the table's cells, row by row, as the chart's `table` writes them */
	rows: string[][];
	source: string;
}

export interface LanguageExpectation {
	code: string;
	/** the page's path under the site's root: '' for the default language, `en/` for English */
	path: string;
	headline: string;
	/** the copy's date, ISO, and as the page writes it in its language; null when the copy gives none */
	date: { iso: string; text: string } | null;
	/** each chart's data table, by chart name */
	tables: Record<string, TableExpectation>;
	steps: StepExpectation[];
}

export interface ChartExpectation {
	/** the registry's name: `data-chart`, and the chart embed's path (`embed/<name>/`) */
	name: string;
	/** the attributes its root carries in its default state, from the chart's `hooks` */
	hooks: Record<string, string>;
}

export interface ProjectExpectations {
	languages: LanguageExpectation[];
	/** every chart of the registry, in its order */
	charts: ChartExpectation[];
}

/** Reads the project at `root` with its own code (a child process, as the project's modules are its own). */
export function readProject(root: string): ProjectExpectations {
	const script = resolve(import.meta.dirname, 'read-project.ts');
	const output = execFileSync('npx', ['tsx', script, root], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return JSON.parse(output) as ProjectExpectations;
}
