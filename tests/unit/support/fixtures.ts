/**
 * The unit tests' own data set, `tests/fixtures/unit/data/`: the three CSVs
 * and both copy files, deliberately unlike the editors' `data/` (other
 * countries, three capex years, a market file saved by French Excel, a step
 * that focuses a country without a data centre). Tests read it, or edit a
 * throwaway copy of it; none reads `data/`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { CHARTS, type AnyChart, type StoryData } from '$lib/charts/registry';
import { formatProblem } from '$lib/data/problems';

/** The fixture project's root: the checker reads `<root>/data/…`. */
export const FIXTURE_ROOT = 'tests/fixtures/unit';

/** A file of the fixture project, by its path from the project's root (`data/capex.csv`). */
export function fixtureBytes(file: string): Uint8Array {
	return readFileSync(join(FIXTURE_ROOT, file));
}

export function fixtureText(file: string): string {
	return readFileSync(join(FIXTURE_ROOT, file), 'utf8');
}

/** Every chart's rows, parsed from the fixture by the chart's own parser; throws on any problem, which would be a broken fixture. */
export function fixtureData(): StoryData {
	const data: Record<string, unknown[]> = {};
	for (const chart of CHARTS as readonly AnyChart[]) {
		const { rows, problems } = chart.data.parse(fixtureBytes(chart.data.file), chart.data.file);
		if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
		data[chart.name] = rows;
	}
	return data as StoryData;
}

const scratches: string[] = [];
afterEach(() => {
	for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throwaway copy of the fixture project, `edit`ed (given its `data/`
 * folder); removed after the test. Returns the copy's root.
 */
export function scratchFixture(edit: (dataDir: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'unit-fixture-'));
	scratches.push(root);
	cpSync(join(FIXTURE_ROOT, 'data'), join(root, 'data'), { recursive: true });
	edit(join(root, 'data'));
	return root;
}

/** The 1-based line of the first line of `text` equal to `line`; throws when there is none, which would be a broken fixture. */
export function lineOf(text: string, line: string): number {
	const index = text.split(/\r?\n/).indexOf(line);
	if (index < 0) throw new Error(`no line ${JSON.stringify(line)} in the fixture`);
	return index + 1;
}
