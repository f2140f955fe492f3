/** The whole project check: reading data/, combining files, sorting, the summary line and the CLI. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject, formatProblem, hasErrors, summarise } from '$lib/data/check';
import type { Problem } from '$lib/types';
import { lines } from './helpers';

const scratches: string[] = [];
function scratchData(edit: (dir: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'data-check-'));
	scratches.push(root);
	cpSync('data', join(root, 'data'), { recursive: true });
	edit(join(root, 'data'));
	return root;
}
afterEach(() => {
	for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('checkProject', () => {
	it('accepts the real data/ with both stories', () => {
		const check = checkProject('.');
		expect(lines(check.problems.filter((p) => p.severity === 'error'))).toEqual([]);
		expect(check.data?.datacentres.length).toBeGreaterThan(0);
		expect(Object.keys(check.stories).sort()).toEqual(['en', 'fr']);
	});

	it('reports problems in all files in one run, sorted by file, line, column', () => {
		const root = scratchData((dir) => {
			const market = readFileSync(join(dir, 'market.csv'), 'utf8').split('\n');
			market[2] = market[2]?.replace(',day,', ',hour,') ?? '';
			writeFileSync(join(dir, 'market.csv'), market.join('\n'));
			writeFileSync(
				join(dir, 'capex.csv'),
				'year,companies,value_busd,estimate,lower_bound,source\n2023,a,-1,no,no,x\n2025,a,x,no,no,x\n'
			);
		});
		const check = checkProject(root);
		expect(lines(check.problems)).toEqual([
			'data/capex.csv:2:3: value_busd: "-1" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)',
			'data/capex.csv:3:3: value_busd: "x" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)',
			'data/market.csv:3:5: period: "hour" is not an allowed value (expected day or ytd)'
		]);
		expect(check.data).toBeNull();
		expect(summarise(check)).toBe('3 errors, 0 warnings in 2 files');
	});

	it('reports a missing file at 1:1 and leaves its story out', () => {
		const root = scratchData((dir) => rmSync(join(dir, 'story.en.aml')));
		const check = checkProject(root);
		expect(lines(check.problems)).toEqual([
			'data/story.en.aml:1:1: file not found (expected this file in the data folder)'
		]);
		expect(Object.keys(check.stories)).toEqual(['fr']);
		expect(check.data).not.toBeNull();
	});

	it('checks story steps against the data', () => {
		const root = scratchData((dir) => {
			const capex = readFileSync(join(dir, 'capex.csv'), 'utf8');
			writeFileSync(join(dir, 'capex.csv'), capex.replace('\n2023,', '\n2022,'));
			for (const lang of ['fr', 'en'])
				cpSync('tests/fixtures/data/story.aml', join(dir, `story.${lang}.aml`));
		});
		const expected = (lang: string): string =>
			`data/story.${lang}.aml:24:14: years: 2023 is not a year in data/capex.csv (expected 2022 or 2025)`;
		expect(lines(checkProject(root).problems)).toEqual([expected('en'), expected('fr')]);
	});

	it('still checks the copy against the valid files when another file has an error', () => {
		const badRows = 'rows: alibaba-asia, alibaba-hk';
		let story = '';
		const root = scratchData((dir) => {
			writeFileSync(
				join(dir, 'capex.csv'),
				'year,companies,value_busd,estimate,lower_bound,source\n2023,a,13 Md$,no,no,x\n'
			);
			story = readFileSync(join(dir, 'story.fr.aml'), 'utf8').replace(/^rows: .*$/m, badRows);
			writeFileSync(join(dir, 'story.fr.aml'), story);
		});
		const line = story.split('\n').indexOf(badRows) + 1;
		const check = checkProject(root);
		expect(check.data).toBeNull();
		const found = lines(check.problems.filter((p) => p.file !== 'data/story.en.aml'));
		expect(found).toHaveLength(2);
		expect(found[0]).toBe(
			'data/capex.csv:2:3: value_busd: "13 Md$" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)'
		);
		expect(found[1]).toMatch(
			new RegExp(
				`^data/story\\.fr\\.aml:${line}:21: rows: "alibaba-hk" is not an id in data/market\\.csv \\(expected ids`
			)
		);
	});
});

describe('formatProblem and hasErrors', () => {
	const base: Problem = {
		file: 'data/x.csv',
		line: 7,
		column: 5,
		field: 'lat',
		message: 'm',
		severity: 'error'
	};
	const CASES: [string, Problem, string][] = [
		['an error', base, 'data/x.csv:7:5: lat: m'],
		['a warning', { ...base, severity: 'warning' }, 'data/x.csv:7:5: lat: warning: m'],
		[
			'a file-level problem has no field part',
			{ ...base, line: 1, column: 1, field: '' },
			'data/x.csv:1:1: m'
		]
	];
	it.each(CASES)('formats %s', (_name, problem, expected) => {
		expect(formatProblem(problem)).toBe(expected);
	});
	it('counts only errors as failing', () => {
		expect(hasErrors([])).toBe(false);
		expect(hasErrors([{ ...base, severity: 'warning' }])).toBe(false);
		expect(hasErrors([{ ...base, severity: 'warning' }, base])).toBe(true);
	});
});

describe('the CLI', () => {
	const run = (root: string): { status: number; stderr: string } => {
		try {
			execFileSync('npx', ['tsx', 'src/lib/data/cli.ts', root], {
				encoding: 'utf8',
				stdio: 'pipe'
			});
			return { status: 0, stderr: '' };
		} catch (cause) {
			const failure = cause as { status: number; stderr: string };
			return { status: failure.status, stderr: failure.stderr };
		}
	};
	it('exits 1 and prints each problem line and a summary on invalid data', () => {
		const root = scratchData((dir) => {
			const dc = readFileSync(join(dir, 'datacenters.csv'), 'utf8');
			writeFileSync(join(dir, 'datacenters.csv'), dc.replace('52.2,5.5', '91.2,5.5'));
		});
		const { status, stderr } = run(root);
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toEqual([
			'data/datacenters.csv:6:5: lat: "91.2" is not a latitude (expected a number between -90 and 90)',
			'1 error, 0 warnings in 1 file'
		]);
	});
	it('exits 0 on the real data', () => {
		const output = execFileSync('npx', ['tsx', 'src/lib/data/cli.ts', '.'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		expect(output).toBe('');
	});
});
