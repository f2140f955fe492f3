/**
 * The printed report: one table, page × figure, each figure against its
 * target, then the targets not met, then the figures that are not per page.
 * Pure: strings in, strings out (tested in tests/unit/bench.test.ts).
 */
import { FIGURES, FLOOR, cell, verdicts, type PageFigures } from './figures';

function pad(text: string, width: number, left: boolean): string {
	return left ? text.padEnd(width) : text.padStart(width);
}

/** The table, the floor first: a heading line, a target line, a rule, one line per page. */
export function renderTable(pages: readonly PageFigures[]): string {
	const rows = [
		['page', ...FIGURES.map((figure) => figure.column)],
		['target', ...FIGURES.map((figure) => figure.target || '')],
		...pages.map((page) => [page.path, ...FIGURES.map((figure) => cell(figure, page))])
	];
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	const line = (row: string[]): string =>
		row
			.map((text, column) => pad(text, widths[column]!, column === 0))
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '─'.repeat(width)).join('  ');
	return [line(rows[0]!), line(rows[1]!), rule, ...rows.slice(2).map(line)].join('\n');
}

/**
 * How many targets the site's pages meet, one line per target missed with
 * the pages that miss it, then the floor's misses: a target the floor
 * misses is out of this machine's reach at the moment, whatever the pages do.
 */
export function renderVerdicts(pages: readonly PageFigures[]): string {
	const missed = new Map<string, { target: string; pages: string[] }>();
	let met = 0;
	let total = 0;
	const floorMisses: string[] = [];
	for (const page of pages)
		for (const verdict of verdicts(page)) {
			const figure = FIGURES.find((f) => f.name === verdict.figure)!;
			const shown = `${figure.format(verdict.value)}`;
			if (page.path === FLOOR) {
				if (!verdict.met) floorMisses.push(`${verdict.figure} ${shown} (target ${verdict.target})`);
				continue;
			}
			total++;
			if (verdict.met) {
				met++;
				continue;
			}
			const entry = missed.get(verdict.figure) ?? { target: verdict.target, pages: [] };
			entry.pages.push(`${page.path} ${shown}`);
			missed.set(verdict.figure, entry);
		}
	const lines = [`targets: ${met} of ${total} met on the site's pages`];
	for (const [figure, entry] of missed)
		lines.push(`  not met: ${figure} (target ${entry.target}) on ${entry.pages.join(', ')}`);
	if (floorMisses.length > 0) lines.push(`the floor itself misses: ${floorMisses.join('; ')}`);
	const errors = pages.flatMap((page) => [
		...(page.lighthouse && 'error' in page.lighthouse
			? [`  ${page.path}: Lighthouse failed: ${page.lighthouse.error}`]
			: []),
		...(page.scroll && 'error' in page.scroll
			? [`  ${page.path}: the scroll run failed: ${page.scroll.error}`]
			: [])
	]);
	if (errors.length > 0) lines.push('not measured:', ...errors);
	const warnings = pages.flatMap((page) =>
		page.lighthouse && !('error' in page.lighthouse)
			? page.lighthouse.problems.map((problem) => `  ${page.path}: ${problem}`)
			: []
	);
	if (warnings.length > 0) lines.push('Lighthouse warnings:', ...warnings);
	return lines.join('\n');
}

/**
 * Where each scrolled page's slow frames fall: how many ended just after the
 * graphic changed step (within `windowMs`), medians over the runs. Empty when
 * no page has a graphic that changed step.
 */
export function renderStepChanges(pages: readonly PageFigures[], windowMs: number): string {
	const lines = pages.flatMap((page) => {
		const scroll = page.scroll;
		if (!scroll || 'error' in scroll || scroll.stepChanges === 0) return [];
		return [
			`  ${page.path}: ${scroll.stepChanges} step changes; ${scroll.slowFramesAtStepChanges} of its ${scroll.slowFrames} slow frames ended within ${windowMs} ms after one`
		];
	});
	return lines.length > 0
		? ['slow frames while scrolling (medians of the runs):', ...lines].join('\n')
		: '';
}
