/** A capex step's `years`: from the data, in any order, shown in data order; each bad item located at its own column. */
import { describe, expect, it } from 'vitest';
import { CAPEX_KEYS, readCapexState } from '$lib/charts/capex/copy';
import type { CapexRow } from '$lib/charts/capex/row';
import type { CopyKey } from '$lib/charts/spec';
import type { Problem } from '$lib/types';
import { lines } from '../../support/bytes';
import { tr } from '../../support/rows';

const FILE = 'data/story.fr.aml';

function row(year: number): CapexRow {
	return {
		year,
		companies: 'a',
		valueBnUsd: 1,
		estimate: false,
		lowerBound: false,
		source: tr('x')
	};
}
const ROWS = [row(2023), row(2025)];

/** `years: <value>` on line 6, its value from column 8, as the copy parser scans it. */
function years(value: string): CopyKey {
	return { key: 'years', value, line: 6, column: 8 };
}

/** Reads the keys against `rows`, as the copy parser does; `rows` undefined when capex.csv is invalid. */
function read(keys: CopyKey[], rows: { rows: CapexRow[] | undefined } = { rows: ROWS }) {
	const problems: Problem[] = [];
	const state = readCapexState(keys, { file: FILE, rows: rows.rows, problems });
	return { state, problems: lines(problems) };
}

describe('readCapexState', () => {
	it('takes only years', () => {
		expect(CAPEX_KEYS).toEqual(['years']);
	});

	it.each<[string, CopyKey[], number[]]>([
		['every year when the step names none', [], [2023, 2025]],
		['every year for an empty value', [years('')], [2023, 2025]],
		['the years listed, in data order', [years('2025, 2023')], [2023, 2025]],
		['one year', [years('2025')], [2025]],
		['a year listed twice, once', [years('2023, 2023')], [2023]],
		['blank items skipped', [years('2023,, 2025,')], [2023, 2025]],
		['spaces anywhere', [years('  2025 ,2023  ')], [2023, 2025]]
	])('shows %s', (_name, keys, expected) => {
		expect(read(keys)).toEqual({ state: { years: expected }, problems: [] });
	});

	it.each<[string, string, string[]]>([
		[
			'a year not in capex.csv, at its own column',
			'2023, 2024',
			[`${FILE}:6:14: years: 2024 is not a year in data/capex.csv (expected 2023 or 2025)`]
		],
		[
			'a year that is not a number',
			'twenty',
			[
				`${FILE}:6:8: years: "twenty" is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
			]
		],
		[
			'every bad item of the list',
			'2022,  2.5, 2025',
			[
				`${FILE}:6:8: years: 2022 is not a year in data/capex.csv (expected 2023 or 2025)`,
				`${FILE}:6:15: years: "2.5" is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
			]
		],
		[
			'a negative year',
			'-2023',
			[
				`${FILE}:6:8: years: "-2023" is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
			]
		]
	])('reports %s', (_name, value, expected) => {
		expect(read([years(value)])).toEqual({ state: undefined, problems: expected });
	});

	it('keeps the copy’s years, in its order, when capex.csv is invalid (undefined rows)', () => {
		expect(read([years('2025, 2019, 2025')], { rows: undefined })).toEqual({
			state: { years: [2025, 2019] },
			problems: []
		});
		expect(read([], { rows: undefined })).toEqual({ state: { years: [] }, problems: [] });
	});

	it('ignores the keys of other charts (the copy parser warns about them)', () => {
		expect(read([{ key: 'focus', value: 'FR', line: 7, column: 8 }])).toEqual({
			state: { years: [2023, 2025] },
			problems: []
		});
	});
});
