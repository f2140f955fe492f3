/**
 * The whole project check on the fixture data set (tests/fixtures/unit) and
 * edited copies of it: every file of the registry and the language table,
 * problems of all files in one run, sorted; the copy checked against every
 * valid CSV; the summary line; `checkFiles` on files held in memory.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkFiles,
	checkProject,
	parseStoryBytes,
	summarise,
	type FileContent,
	type ProjectCheck
} from '$lib/data/check';
import { CHARTS } from '$lib/charts/registry';
import { copyFile, LANG_CODES } from '$lib/i18n/languages';
import { lines, utf8, win1252 } from '../support/bytes';
import {
	fixtureBytes,
	fixtureData,
	fixtureText,
	FIXTURE_ROOT,
	lineOf,
	scratchFixture
} from '../support/fixtures';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

/** Every file the check reads: each chart's CSV, then each language's copy. */
const FILES = [...CHARTS.map((chart) => chart.data.file), ...LANG_CODES.map(copyFile)];

/** market.csv is Windows-1252: edited as latin1, which keeps every byte as it is. */
function editMarket(dir: string, edit: (text: string) => string): void {
	const path = join(dir, 'market.csv');
	writeFileSync(path, edit(readFileSync(path, 'latin1')), 'latin1');
}

function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('checkProject', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('accepts the fixture data set with both stories', () => {
		const check = checkProject(FIXTURE_ROOT);
		expect(lines(check.problems)).toEqual([]);
		expect(check.data).toEqual(fixtureData());
		expect(check.data?.map.length).toBe(5);
		expect(Object.keys(check.stories).sort()).toEqual(['en', 'fr']);
		expect(summarise(check)).toBe(
			'data/ is valid: 5 rows in datacenters.csv, 3 rows in capex.csv, 4 rows in market.csv, 2 stories'
		);
	});

	it('reports problems in all files in one run, sorted by file, line, column', () => {
		const root = scratchFixture((dir) => {
			editMarket(dir, (text) => text.replace('baidu;Baidu;;;day;', 'baidu;Baidu;;;hour;'));
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
		const root = scratchFixture((dir) => rmSync(join(dir, 'story.en.aml')));
		const check = checkProject(root);
		expect(lines(check.problems)).toEqual([
			'data/story.en.aml:1:1: file not found (expected this file in the data folder)'
		]);
		expect(Object.keys(check.stories)).toEqual(['fr']);
		expect(check.data).not.toBeNull();
		expect(summarise(check)).toBe('1 error, 0 warnings in 1 file');
	});

	it('reports a missing CSV at 1:1 and gives no data, checking the copy against the others', () => {
		const root = scratchFixture((dir) => rmSync(join(dir, 'datacenters.csv')));
		const check = checkProject(root);
		expect(lines(check.problems)).toEqual([
			'data/datacenters.csv:1:1: file not found (expected this file in the data folder)'
		]);
		expect(check.data).toBeNull();
		expect(Object.keys(check.stories).sort()).toEqual(['en', 'fr']);
	});

	it('checks story steps against the data', () => {
		const root = scratchFixture((dir) =>
			edit(dir, 'capex.csv', (text) => text.replace('\r\n2022,', '\r\n2021,'))
		);
		const expected = (lang: string): string => {
			const line = lineOf(fixtureText(copyFile(lang as 'fr')), 'years: 2026, 2022');
			return `data/story.${lang}.aml:${line}:14: years: 2022 is not a year in data/capex.csv (expected 2021, 2024 or 2026)`;
		};
		expect(lines(checkProject(root).problems)).toEqual([expected('en'), expected('fr')]);
	});

	it('still checks the copy against the valid files when another file has an error', () => {
		const badRows = 'rows: baidu, alibaba-hk';
		const root = scratchFixture((dir) => {
			writeFileSync(
				join(dir, 'capex.csv'),
				'year,companies,value_busd,estimate,lower_bound,source\n2023,a,13 Md$,no,no,x\n'
			);
			edit(dir, 'story.fr.aml', (text) => text.replace('rows: baidu, baba-hk', badRows));
		});
		const line = lineOf(fixtureText('data/story.fr.aml'), 'rows: baidu, baba-hk');
		const check = checkProject(root);
		expect(check.data).toBeNull();
		expect(lines(check.problems)).toEqual([
			'data/capex.csv:2:3: value_busd: "13 Md$" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)',
			`data/story.fr.aml:${line}:14: rows: "alibaba-hk" is not an id in data/market.csv (expected ids separated by commas, among baba-hk, baidu, tencent or baba-ytd)`
		]);
		// the English copy names capex years, which are not checked against an invalid capex.csv
		expect(Object.keys(check.stories).sort()).toEqual(['en']);
	});

	it('names the warnings after a valid data set', () => {
		const root = scratchFixture((dir) =>
			edit(dir, 'datacenters.csv', (text) =>
				text
					.split('\n')
					.map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'notes' : ''}`))
					.join('\n')
					.replace('50.11,8.68', '40,8.68')
			)
		);
		const check = checkProject(root);
		expect(lines(check.problems)).toEqual([
			'data/datacenters.csv:1:9: notes: warning: column ignored (not one this file uses: id, country, status, precision, lat, lon, source, source_fr, source_en)',
			'data/datacenters.csv:2:5: lat: warning: "40" with lon "8.68" is not in DE on the map (expected a point in the country named in column country; west and south are negative)'
		]);
		expect(summarise(check)).toBe(
			'data/ is valid: 5 rows in datacenters.csv, 3 rows in capex.csv, 4 rows in market.csv, 2 stories (2 warnings)'
		);
	});
});

describe('checkFiles', { timeout: ATLAS_TIMEOUT_MS }, () => {
	/** The fixture's files in memory, with some replaced or left out. */
	function inMemory(changes: Record<string, Uint8Array | null> = {}) {
		const asked: string[] = [];
		const read = (file: string): FileContent => {
			asked.push(file);
			const bytes = file in changes ? changes[file] : fixtureBytes(file);
			return bytes
				? { bytes }
				: {
						problem: {
							file,
							line: 1,
							column: 1,
							field: '',
							message: 'not dropped on the page (expected every file)',
							severity: 'error'
						}
					};
		};
		return { read, asked };
	}

	it('checks files held in memory as it checks the disk', () => {
		const { read, asked } = inMemory();
		const check: ProjectCheck = checkFiles(read);
		expect(check).toEqual(checkProject(FIXTURE_ROOT));
		expect(asked).toEqual(FILES);
	});

	it('reports the problem the reader gives for a file it cannot give', () => {
		const { read } = inMemory({ 'data/market.csv': null });
		const check = checkFiles(read);
		expect(lines(check.problems)).toEqual([
			'data/market.csv:1:1: not dropped on the page (expected every file)'
		]);
		expect(check.data).toBeNull();
	});

	it('sorts the problems of files given in any state by file, line and column', () => {
		const { read } = inMemory({
			'data/story.en.aml': utf8('headline: H\n'),
			'data/capex.csv': utf8('year\n2023\n')
		});
		expect(
			lines(checkFiles(read).problems).map((line) => line.split(':').slice(0, 3).join(':'))
		).toEqual([
			'data/capex.csv:1:1',
			'data/capex.csv:1:1',
			'data/capex.csv:1:1',
			'data/capex.csv:1:1',
			'data/capex.csv:1:1',
			'data/story.en.aml:1:1',
			'data/story.en.aml:1:1',
			'data/story.en.aml:1:1'
		]);
	});

	it('reads a copy file saved as Windows-1252', () => {
		const fr = fixtureText('data/story.fr.aml');
		const { read } = inMemory({
			'data/story.fr.aml': win1252(fr.replace('La fin.', 'La fin… – 5 €.'))
		});
		const check = checkFiles(read);
		expect(lines(check.problems)).toEqual([]);
		expect(check.stories.fr?.outro).toEqual(['La fin… – 5 €.']);
	});
});

describe('parseStoryBytes', () => {
	it('refuses a copy file that is not text, at 1:1', () => {
		const result = parseStoryBytes(
			new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
			'data/story.fr.aml',
			null,
			'fr'
		);
		expect(result.story).toBeNull();
		expect(lines(result.problems)).toEqual([
			'data/story.fr.aml:1:1: not a text file: character U+0003 on line 1 (expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type)'
		]);
	});
});
