/**
 * What an editor waits for: the time from saving a CSV to the dev page
 * showing it. `vite dev` runs in a scratch copy of the project (the real
 * data/ is never touched) on a free port; the story is open in Chromium; the
 * bench rewrites the `source` of every row of the CSV behind step 0's chart
 * with a new marker, saves, and times until the marker is on screen.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { makeScratchProject } from '../e2e/scratch';
import { startDevServer, type DevServer } from '../e2e/dev-server';
import { checkProject } from '../../src/lib/data/check';
import { chartNamed } from '../../src/lib/charts/registry';
import { DEFAULT_LANG } from '../../src/lib/i18n/languages';
import { decodeText, normaliseNewlines } from '../../src/lib/data/decode';
import { detectDelimiter, readRecords, type Delimiter } from '../../src/lib/data/csv';

/** Vite's first start optimises dependencies and compiles the page: slow on two cores. */
const START_TIMEOUT_MS = 180_000;
/** A save that has not shown by then counts as a failure of the run. */
const SHOW_TIMEOUT_MS = 30_000;
/** Between saves, so that each save is a burst of its own for the watcher. */
const PAUSE_MS = 1_000;

function csvField(value: string, delimiter: Delimiter): string {
	return /["\n\r]/.test(value) || value.includes(delimiter)
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

/** The same CSV (same separator, UTF-8), every row's `source` set to `marker`. */
export function withSource(bytes: Uint8Array, file: string, marker: string): string {
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
	const text = normaliseNewlines(decoded.text);
	const delimiter = detectDelimiter(text);
	const { records, problems } = readRecords(text, delimiter);
	if (problems.length > 0 || records.length === 0)
		throw new Error(`${file}: not a clean CSV (${problems[0]?.message ?? 'empty'})`);
	const column = records[0]!.fields.findIndex((name) => name.trim().toLowerCase() === 'source');
	if (column < 0) throw new Error(`${file}: no source column`);
	return (
		records
			.map((record, index) =>
				record.fields
					.map((field, i) => csvField(index > 0 && i === column ? marker : field, delimiter))
					.join(delimiter)
			)
			.join('\n') + '\n'
	);
}

export interface DevReload {
	file: string;
	/** ms from each save to the marker on screen */
	runs: number[];
}

export async function measureDevReload(browser: Browser, runs: number): Promise<DevReload> {
	const scratch = makeScratchProject();
	let dev: DevServer | undefined;
	try {
		const step = checkProject(scratch.dir).stories[DEFAULT_LANG]?.steps[0];
		if (!step) throw new Error('the default language has no valid step 0 to open the story on');
		const file = chartNamed(step.state.chart)?.data.file;
		if (!file)
			throw new Error(`step 0 names a chart the registry does not know: ${step.state.chart}`);
		const original = readFileSync(scratch.path(file));

		dev = await startDevServer(scratch.dir);
		const url = dev.url;

		const page = await browser.newPage();
		try {
			await page.goto(url);
			await page.locator('[data-step]').first().waitFor({ timeout: START_TIMEOUT_MS });
			const times: number[] = [];
			for (let run = 0; run < runs; run++) {
				const marker = `bench-marker-${Date.now()}-${run}`;
				const content = withSource(original, file, marker);
				const shown = page.getByText(marker).locator('visible=true').first();
				const started = performance.now();
				scratch.write(file, content);
				await shown.waitFor({ timeout: SHOW_TIMEOUT_MS });
				times.push(performance.now() - started);
				await page.waitForTimeout(PAUSE_MS);
			}
			return { file, runs: times };
		} finally {
			await page.close();
		}
	} finally {
		dev?.stop();
		scratch.remove();
	}
}
