/**
 * `npm run data:check`: every problem line on stderr, then the summary; exit
 * 1 on an error, 0 otherwise; in the language of `--lang`, else the
 * environment's locale, else English, the `FILE:LINE:COLUMN: FIELD:` prefix
 * the same in each. Runs the CLI as a process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, scratchFixture } from '../support/fixtures';

/** The CLI starts tsx and loads the atlas: seconds on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;

const PREFIX = 'data/datacenters.csv:2:5: lat: ';
const ENGLISH = `${PREFIX}"522" is not a latitude (expected a number between -90 and 90)`;
const FRENCH = `${PREFIX}"522" n’est pas une latitude (attendu\u00A0: un nombre entre -90 et 90)`;

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'data-check-lang-'));
	cpSync('tests/fixtures/preview/good/utf8', join(root, 'data'), { recursive: true });
	const file = join(root, 'data/datacenters.csv');
	const lines = readFileSync(file, 'utf8').split('\n');
	// the first row's latitude, whatever it was
	lines[1] = (lines[1] ?? '').replace(/^((?:[^,]*,){4})[^,]*/, '$1522');
	writeFileSync(file, lines.join('\n'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the CLI with only the given locale variables (none of the caller's). */
function run(
	args: string[],
	locale: Record<string, string> = {}
): { status: number | null; lines: string[]; stdout: string } {
	const env: Record<string, string | undefined> = { ...process.env, ...locale };
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(name in locale)) delete env[name];
	const { status, stdout, stderr } = spawnSync('npx', ['tsx', 'src/lib/data/cli.ts', ...args], {
		encoding: 'utf8',
		env
	});
	return { status, lines: stderr.trim().split('\n'), stdout };
}

describe('npm run data:check', () => {
	it(
		'exits 1 and prints each problem line and a summary on invalid data',
		() => {
			const project = scratchFixture((dir) => {
				const file = join(dir, 'datacenters.csv');
				writeFileSync(file, readFileSync(file, 'utf8').replace('50.11,8.68', '91.2,8.68'));
			});
			const { status, stdout, lines } = run([project]);
			expect(status).toBe(1);
			expect(stdout).toBe('');
			expect(lines).toEqual([
				'data/datacenters.csv:2:5: lat: "91.2" is not a latitude (expected a number between -90 and 90)',
				'1 error, 0 warnings in 1 file'
			]);
		},
		CLI_TIMEOUT_MS
	);

	it(
		'exits 0 on valid data, printing only the summary',
		() => {
			const { status, stdout, lines } = run([FIXTURE_ROOT]);
			expect(status).toBe(0);
			expect(stdout).toBe('');
			expect(lines).toEqual([
				'data/ is valid: 5 rows in datacenters.csv, 3 rows in capex.csv, 4 rows in market.csv, 2 stories'
			]);
		},
		CLI_TIMEOUT_MS
	);
});

describe('npm run data:check, in a language', () => {
	it(
		'speaks English when nothing says otherwise',
		() => {
			const { status, lines } = run([root]);
			expect(status).toBe(1);
			expect(lines).toContain(ENGLISH);
			expect(lines.at(-1)).toBe('1 error, 0 warnings in 1 file');
		},
		CLI_TIMEOUT_MS
	);

	it(
		'speaks French with --lang fr, the prefix unchanged',
		() => {
			const { status, lines } = run(['--lang', 'fr', root]);
			expect(status).toBe(1);
			expect(lines).toContain(FRENCH);
			expect(lines.at(-1)).toBe('1\u00A0erreur, 0\u00A0avertissement dans 1\u00A0fichier');
		},
		CLI_TIMEOUT_MS
	);

	it(
		'speaks French under LANG=fr_FR.UTF-8',
		() => {
			expect(run([root], { LANG: 'fr_FR.UTF-8' }).lines).toContain(FRENCH);
		},
		CLI_TIMEOUT_MS
	);

	it(
		'takes --lang over LANG',
		() => {
			expect(run(['--lang=en', root], { LANG: 'fr_FR.UTF-8' }).lines).toContain(ENGLISH);
		},
		CLI_TIMEOUT_MS
	);

	it(
		'exits 2 on a language the story lacks, saying so in the environment’s language',
		() => {
			const { status, lines } = run(['--lang', 'xx', root], { LANG: 'fr_FR.UTF-8' });
			expect(status).toBe(2);
			expect(lines).toEqual([
				'data:check: --lang "xx" n’est pas une langue de l’article (attendu\u00A0: fr ou en)'
			]);
		},
		CLI_TIMEOUT_MS
	);

	it(
		'explains the "--" that npm needs when the folder has no data/ (npm run data:check --lang fr passes "fr" as the folder)',
		() => {
			const { status, lines } = run(['fr']);
			expect(status).toBe(2);
			expect(lines).toEqual([
				'data:check: no data folder in "fr" (expected the project\'s folder; to choose the language, put -- before the options: npm run data:check -- --lang fr|en)'
			]);
		},
		CLI_TIMEOUT_MS
	);
});
