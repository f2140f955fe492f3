/**
 * `npm run data:check`'s language: `--lang`, else the environment's locale,
 * else English; the `FILE:LINE:COLUMN: FIELD:` prefix the same in each. Runs
 * the CLI as a process on a project made of the preview's valid fixture
 * files, with one bad cell.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
): { status: number; lines: string[] } {
	const env: Record<string, string | undefined> = { ...process.env, ...locale };
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(name in locale)) delete env[name];
	try {
		execFileSync('npx', ['tsx', 'src/lib/data/cli.ts', ...args], {
			encoding: 'utf8',
			stdio: 'pipe',
			env
		});
		return { status: 0, lines: [] };
	} catch (cause) {
		const failure = cause as { status: number; stderr: string };
		return { status: failure.status, lines: failure.stderr.trim().split('\n') };
	}
}

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
