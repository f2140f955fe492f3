/**
 * How long the checker takes on a large datacenters.csv: 10,000 rows as
 * plain UTF-8 CSV, and as French Excel writes it (; separators, decimal
 * commas, Windows-1252, CRLF). The median over several runs, beside its
 * floor: decoding the same bytes and reading them into records, the part of
 * the check no rule adds to. The target is under 200 ms per file. Figures
 * only, no asserts. Part of `npm run bench`; alone: npx tsx tests/bench/data.ts
 */
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { parseDatacentres } from '../../src/lib/charts/map/data';
import { decodeText, normaliseNewlines } from '../../src/lib/data/decode';
import { detectDelimiter, readRecords } from '../../src/lib/data/csv';
import { median } from './stats';

const ROWS = 10_000;
const RUNS = 7;
export const CHECKER_TARGET_MS = 200;

/** Points inside large countries, spread by up to ±1° so rows differ; the test for "inside" runs on every row. */
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

function rows(): string[][] {
	const random = sequence(42);
	return Array.from({ length: ROWS }, (_, i) => {
		const [country, lat, lon] = CENTRES[i % CENTRES.length] ?? ['FR', 46.6, 2.4];
		return [
			`site-${i}`,
			country,
			i % 3 === 0 ? 'planned' : 'existing',
			i % 2 === 0 ? 'site' : 'country',
			(lat + random() * 2 - 1).toFixed(4),
			(lon + random() * 2 - 1).toFixed(4),
			'Alibaba – annonce rapportée par la presse économique française'
		];
	});
}

const HEADER = ['id', 'country', 'status', 'precision', 'lat', 'lon', 'source'];

function plainCsv(): Uint8Array {
	return new TextEncoder().encode(
		[HEADER, ...rows()].map((row) => row.join(',')).join('\n') + '\n'
	);
}

function frenchExcelCsv(): Uint8Array {
	const lines = [HEADER, ...rows()].map((row) =>
		row.map((cell) => cell.replace(/^(-?\d+)\.(\d+)$/, '$1,$2')).join(';')
	);
	return new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'win1252'));
}

/** Decoding and reading records only: what any CSV reader pays before checking anything. */
function readOnly(bytes: Uint8Array): number {
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new Error(decoded.message);
	const text = normaliseNewlines(decoded.text);
	return readRecords(text, detectDelimiter(text)).records.length;
}

export interface CheckerFigure {
	file: string;
	rows: number;
	bytes: number;
	/** ms of each check */
	runs: number[];
	medianMs: number;
	/** ms of each read-only pass, the floor */
	floorRuns: number[];
	floorMedianMs: number;
	rowsKept: number;
	errors: number;
	warnings: number;
}

function time(action: () => unknown): number {
	const start = performance.now();
	action();
	return performance.now() - start;
}

export function measureChecker(runs = RUNS): CheckerFigure[] {
	return (
		[
			['plain UTF-8 CSV', plainCsv()],
			['French Excel (; , Windows-1252 CRLF)', frenchExcelCsv()]
		] as const
	).map(([file, bytes]) => {
		// one pass each before timing, so that neither pays for the first compilation
		let result = parseDatacentres(bytes, 'data/datacenters.csv');
		readOnly(bytes);
		const checkRuns: number[] = [];
		const floorRuns: number[] = [];
		for (let run = 0; run < runs; run++) {
			floorRuns.push(time(() => readOnly(bytes)));
			checkRuns.push(time(() => (result = parseDatacentres(bytes, 'data/datacenters.csv'))));
		}
		const errors = result.problems.filter((p) => p.severity === 'error').length;
		return {
			file,
			rows: ROWS,
			bytes: bytes.length,
			runs: checkRuns,
			medianMs: median(checkRuns),
			floorRuns,
			floorMedianMs: median(floorRuns),
			rowsKept: result.rows.length,
			errors,
			warnings: result.problems.length - errors
		};
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	for (const figure of measureChecker())
		console.log(
			`${figure.file}: ${figure.rows} rows, ${(figure.bytes / 1024).toFixed(0)} KiB, median ${figure.medianMs.toFixed(1)} ms over ${figure.runs.length} runs (target ${CHECKER_TARGET_MS} ms; reading alone ${figure.floorMedianMs.toFixed(1)} ms); ${figure.rowsKept} rows kept, ${figure.errors} errors, ${figure.warnings} warnings`
		);
