/** `npm run data:check`: every problem line on stderr, then the summary; exit 1 on an error, 0 otherwise. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, scratchFixture } from '../support/fixtures';

function run(root: string): { status: number | null; stdout: string; stderr: string } {
	const { status, stdout, stderr } = spawnSync('npx', ['tsx', 'src/lib/data/cli.ts', root], {
		encoding: 'utf8'
	});
	return { status, stdout, stderr };
}

/** Each run starts Node, tsx and the atlas: seconds, on a busy machine more. */
const RUN_TIMEOUT_MS = 60_000;

describe('the CLI', { timeout: RUN_TIMEOUT_MS }, () => {
	it('exits 1 and prints each problem line and a summary on invalid data', () => {
		const root = scratchFixture((dir) => {
			const file = join(dir, 'datacenters.csv');
			writeFileSync(file, readFileSync(file, 'utf8').replace('50.11,8.68', '91.2,8.68'));
		});
		const { status, stdout, stderr } = run(root);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toEqual([
			'data/datacenters.csv:2:5: lat: "91.2" is not a latitude (expected a number between -90 and 90)',
			'1 error, 0 warnings in 1 file'
		]);
	});

	it('exits 0 on valid data, printing only the summary', () => {
		const { status, stdout, stderr } = run(FIXTURE_ROOT);
		expect(status).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			'data/ is valid: 5 rows in datacenters.csv, 3 rows in capex.csv, 4 rows in market.csv, 2 stories\n'
		);
	});
});
