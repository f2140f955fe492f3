/**
 * How long the preview page takes to check a 10,000-row datacenters.csv in
 * the browser: the built page (build/, served from a sub-path on 127.0.0.1)
 * in Chromium, the file given to its input as an editor would, checked by the
 * page's real worker. Each run is the page's own `preview:check` measure,
 * from the drop to the worker's verdict. Every row is checked (its cells,
 * then its point against its country's shape); the last one has an
 * out-of-range latitude, so the page lists one problem rather than drawing
 * 10,000 markers in every map step, which would keep the page's thread busy
 * into the next run. Figures only, no asserts; the target is 300 ms.
 *
 * From the bench: `const ms = await measurePreviewCheck();` (build/ must be
 * built: tests/bench/index.ts builds it first). Alone:
 * `npx tsx tests/bench/preview.ts`, after `npm run build`.
 */
import { pathToFileURL } from 'node:url';
import { launchChromium, startStaticServer } from '../e2e/harness';
import { CHECK_MEASURE } from '../../src/lib/preview/config';

export const PREVIEW_CHECK_TARGET_MS = 300;

export interface PreviewCheckOptions {
	/** the built site; default build/ */
	buildDir?: string;
	/** rows in the file; default 10,000 */
	rows?: number;
	/** runs, the median of which is returned; default 7 */
	runs?: number;
}

/** Points inside large countries, spread by up to ±1° so rows differ; every row is placed in its country. */
const CENTRES: [string, number, number][] = [
	['US', 39.8, -98.6],
	['AU', -25.3, 133.8],
	['BR', -10.8, -52.9],
	['FR', 46.6, 2.4],
	['CN', 33.5, 103.5],
	['IN', 22.5, 79],
	['CA', 56, -106],
	['RU', 61, 96]
];

/** A fixed pseudo-random sequence, so every run measures the same file. */
function sequence(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** A datacenters.csv of `rows` rows, as plain UTF-8 CSV, the last one's latitude out of range. */
export function largeDatacentres(rows: number): Buffer {
	const random = sequence(42);
	const lines = ['id,country,status,precision,lat,lon,source'];
	for (let i = 0; i < rows; i++) {
		const [country, lat, lon] = CENTRES[i % CENTRES.length] ?? ['FR', 46.6, 2.4];
		lines.push(
			[
				`site-${i}`,
				country,
				i % 3 === 0 ? 'planned' : 'existing',
				i % 2 === 0 ? 'site' : 'country',
				(lat + random() * 2 - 1).toFixed(4),
				(lon + random() * 2 - 1).toFixed(4),
				'Alibaba – annonce rapportée par la presse économique'
			].join(',')
		);
	}
	lines[rows] = lines[rows]?.replace(/^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*/, '$1,91') ?? '';
	return Buffer.from(`${lines.join('\n')}\n`);
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The median, in milliseconds, of the page's check of a large file over several runs. */
export async function measurePreviewCheck(options: PreviewCheckOptions = {}): Promise<number> {
	return median(await measurePreviewCheckRuns(options));
}

/** Each run's time, in milliseconds, in the order they ran (the first one also builds the shapes of the file's countries). */
export async function measurePreviewCheckRuns(
	options: PreviewCheckOptions = {}
): Promise<number[]> {
	const { buildDir = 'build', rows = 10_000, runs = 7 } = options;
	const server = await startStaticServer(buildDir);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}preview/`);
		// the worker has checked the published files: its code and the atlas are loaded
		await page.waitForSelector('[data-preview-ready]', { timeout: 120_000 });
		const file = { name: 'datacenters.csv', mimeType: 'text/csv', buffer: largeDatacentres(rows) };
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			await page.setInputFiles('input[data-preview-input]', file);
			await page.waitForFunction(
				([name, count]) => performance.getEntriesByName(name).length > count,
				[CHECK_MEASURE, run] as const,
				{ timeout: 60_000 }
			);
			await page.waitForSelector('[data-preview-state="problems"]', { timeout: 60_000 });
			const measures = await page.evaluate(
				(name) => performance.getEntriesByName(name).map((entry) => entry.duration),
				CHECK_MEASURE
			);
			times.push(measures[measures.length - 1] ?? NaN);
		}
		return times;
	} finally {
		await browser.close();
		await server.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const runs = await measurePreviewCheckRuns();
	console.log(
		`preview page, in-browser check of a 10,000-row datacenters.csv (Chromium, worker): median ${median(runs).toFixed(0)} ms over ${runs.length} runs (${runs.map((ms) => ms.toFixed(0)).join(', ')}; target ${PREVIEW_CHECK_TARGET_MS} ms)`
	);
}
