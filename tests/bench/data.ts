/**
 * How long the checker takes on a large datacenters.csv: 10,000 rows as
 * plain UTF-8 CSV, and as French Excel writes it (; separators, decimal
 * commas, Windows-1252, CRLF). Prints the median over several runs; the
 * target is under 200 ms per file. Figures only, no asserts.
 * Run: npx tsx tests/bench/data.ts
 */
import iconv from 'iconv-lite';
import { parseDatacentres } from '../../src/lib/charts/map/data';

const ROWS = 10_000;
const RUNS = 7;

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

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

for (const [name, bytes] of [
	['plain UTF-8 CSV', plainCsv()],
	['French Excel (; , Windows-1252 CRLF)', frenchExcelCsv()]
] as const) {
	const times: number[] = [];
	let result = parseDatacentres(bytes, 'data/datacenters.csv');
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		result = parseDatacentres(bytes, 'data/datacenters.csv');
		times.push(performance.now() - start);
	}
	const errors = result.problems.filter((p) => p.severity === 'error').length;
	const warnings = result.problems.length - errors;
	console.log(
		`${name}: ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB, median ${median(times).toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ${result.rows.length} rows kept, ${errors} errors, ${warnings} warnings`
	);
}
