/**
 * What `npm run bench` measures and on which pages: its command line, and
 * which pages of build/ each measurement runs on. Pure (tested in
 * tests/unit/bench.test.ts).
 */

export const SECTIONS = ['bytes', 'lighthouse', 'scroll', 'checker', 'dev', 'trace'] as const;
export type Section = (typeof SECTIONS)[number];
/** What a run measures unless told otherwise: every section but the traces, which are for reading, not for targets. */
export const DEFAULT_SECTIONS: readonly Section[] = SECTIONS.filter(
	(section) => section !== 'trace'
);

export interface BenchOptions {
	/** runs of each timing (the median is reported); the issue asks for at least 3 */
	runs: number;
	/** one page per kind instead of every page (see quickPages) */
	quick: boolean;
	/** URL-path patterns (`*` matches within a segment, `**` across) limiting the browser runs; null for all */
	pages: string[] | null;
	sections: Set<Section>;
}

export const DEFAULT_RUNS = 3;

export const USAGE = `npm run bench [-- options]

Builds the site, then measures every page of build/ against the issue's targets,
prints one table and writes bench/results.json.

  --quick           Lighthouse on /, /en/ and one page of each embed kind, not every page
  --pages P,P…      browser runs only on these URL paths ('*' within a segment, '**' across),
                    e.g. --pages '/,/embed/*/'; the floor is always measured
  --runs N          runs of each timing, the median reported (default ${DEFAULT_RUNS}; the targets need 3)
  --only S,S…       only these sections: ${SECTIONS.join(', ')} (all but trace by default)
  --trace           also record a DevTools trace of the load and of the scroll of each scrolled
                    page and the floor (bench/traces/), and print what fills them
  --help            this text`;

export function parseArgs(argv: readonly string[]): BenchOptions {
	const options: BenchOptions = {
		runs: DEFAULT_RUNS,
		quick: false,
		pages: null,
		sections: new Set(DEFAULT_SECTIONS)
	};
	const value = (i: number, flag: string): string => {
		const next = argv[i + 1];
		if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
		return next;
	};
	let trace = false;
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i]!;
		if (flag === '--quick') options.quick = true;
		else if (flag === '--trace') trace = true;
		else if (flag === '--runs') {
			const runs = Number(value(i++, flag));
			if (!Number.isInteger(runs) || runs < 1)
				throw new Error(`--runs takes a whole number of runs, 1 or more (found "${argv[i]}")`);
			options.runs = runs;
		} else if (flag === '--pages')
			options.pages = value(i++, flag)
				.split(',')
				.map((pattern) => pattern.trim())
				.filter(Boolean);
		else if (flag === '--only') {
			const names = value(i++, flag).split(',');
			const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
			if (unknown.length > 0)
				throw new Error(
					`--only: unknown section ${unknown.join(', ')} (expected ${SECTIONS.join(', ')})`
				);
			options.sections = new Set(names as Section[]);
		} else throw new Error(`unknown option ${flag}\n\n${USAGE}`);
	}
	// whatever --only says, before or after it
	if (trace) options.sections.add('trace');
	return options;
}

/** `/` and each language's root (`/en/`): the story itself. */
export function isStoryRoot(path: string): boolean {
	return /^\/([a-z]{2}(-[a-z]{2})?\/)?$/i.test(path);
}

/** Any page under an `embed/` folder, in any language. */
export function isEmbed(path: string): boolean {
	return /(^|\/)embed\//.test(path);
}

function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*\*|\*)/)
		.map((part) =>
			part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

export function matchesAny(path: string, patterns: readonly string[]): boolean {
	return patterns.some((pattern) => patternToRegExp(pattern).test(path));
}

/**
 * One page of each kind: a page's kind is its path without the language
 * prefix and with numbers as N (`/en/embed/step/3/` is `/embed/step/N/`);
 * the first page of each kind in path order stands for it. Story roots
 * all stay: they are the story.
 */
export function quickPages(paths: readonly string[]): string[] {
	const seen = new Set<string>();
	return paths.filter((path) => {
		if (isStoryRoot(path)) return true;
		const kind = path.replace(/^\/[a-z]{2}(-[a-z]{2})?\//i, '/').replace(/\/\d+(?=\/)/g, '/N');
		if (seen.has(kind)) return false;
		seen.add(kind);
		return true;
	});
}

/** The pages Lighthouse runs on (the floor aside): the story in each language and every embed. */
export function lighthousePages(paths: readonly string[], options: BenchOptions): string[] {
	let chosen = paths.filter((path) => isStoryRoot(path) || isEmbed(path));
	if (options.quick) chosen = quickPages(chosen);
	if (options.pages) chosen = chosen.filter((path) => matchesAny(path, options.pages!));
	return chosen;
}

/** The pages scrolled (the floor aside): the story in each language. */
export function scrollPages(paths: readonly string[], options: BenchOptions): string[] {
	const chosen = paths.filter(isStoryRoot);
	return options.pages ? chosen.filter((path) => matchesAny(path, options.pages!)) : chosen;
}
