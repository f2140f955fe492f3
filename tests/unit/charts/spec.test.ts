/** What every chart spec shares: where a copy key's value (or an item of its list) is, for located problems. */
import { describe, expect, it } from 'vitest';
import { defineChart, listItems, placeOf, type CopyKey } from '$lib/charts/spec';
import { capex } from '$lib/charts/capex/index';

/** `years: <value>` on line 6, its value from column 8. */
function key(value: string, column = 8): CopyKey {
	return { key: 'years', value, line: 6, column };
}

describe('listItems', () => {
	it.each<[string, { item: string; column: number }[]]>([
		['2023', [{ item: '2023', column: 8 }]],
		[
			'2023, 2025',
			[
				{ item: '2023', column: 8 },
				{ item: '2025', column: 14 }
			]
		],
		[
			'2023,2025',
			[
				{ item: '2023', column: 8 },
				{ item: '2025', column: 13 }
			]
		],
		[
			'jd,  tencent',
			[
				{ item: 'jd', column: 8 },
				{ item: 'tencent', column: 13 }
			]
		],
		[
			'a,,b',
			[
				{ item: 'a', column: 8 },
				{ item: 'b', column: 11 }
			]
		],
		[
			'a,\tb',
			[
				{ item: 'a', column: 8 },
				{ item: 'b', column: 11 }
			]
		],
		[
			'a b, c',
			[
				{ item: 'a b', column: 8 },
				{ item: 'c', column: 13 }
			]
		],
		[
			'é, ü',
			[
				{ item: 'é', column: 8 },
				{ item: 'ü', column: 11 }
			]
		],
		['', []],
		[',', []],
		[' , ,', []]
	])('finds the items of %j and their columns', (value, expected) => {
		expect(listItems(key(value))).toEqual(expected);
	});

	it('counts columns from where the value starts', () => {
		expect(listItems(key('a, b', 21))).toEqual([
			{ item: 'a', column: 21 },
			{ item: 'b', column: 24 }
		]);
	});
});

describe('placeOf', () => {
	it('places a problem at the key’s value, or at a column inside it, naming the key', () => {
		const ctx = { file: 'data/story.fr.aml' };
		expect(placeOf(ctx, key('2023, 2024'))).toEqual({
			file: 'data/story.fr.aml',
			line: 6,
			column: 8,
			field: 'years'
		});
		expect(placeOf(ctx, key('2023, 2024'), 14)).toEqual({
			file: 'data/story.fr.aml',
			line: 6,
			column: 14,
			field: 'years'
		});
	});

	it('places an item of a list where listItems finds it', () => {
		const ctx = { file: 'f' };
		const years = key('2023,  2024');
		expect(listItems(years).map(({ column }) => placeOf(ctx, years, column).column)).toEqual([
			8, 15
		]);
	});
});

describe('defineChart', () => {
	it('gives back the spec it is given', () => {
		expect(defineChart(capex)).toBe(capex);
	});
});
