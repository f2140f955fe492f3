/**
 * The even-odd ray test shared by the data check (degrees) and the map's
 * layout (viewBox units): which edges a point's eastward ray crosses, and
 * points in rings with holes, vertices on the ray and degenerate rings.
 */
import { describe, expect, it } from 'vitest';
import { crossesRay, ringContains } from '$lib/charts/map/rings';

const SQUARE: [number, number][] = [
	[0, 0],
	[10, 0],
	[10, 10],
	[0, 10]
];

describe('crossesRay', () => {
	it.each<[string, [number, number, number, number], [number, number], boolean]>([
		['an edge east of the point, spanning its y', [5, -1, 5, 1], [0, 0], true],
		['the same edge walked the other way', [5, 1, 5, -1], [0, 0], true],
		['an edge west of the point', [-5, -1, -5, 1], [0, 0], false],
		['an edge above the point', [5, 1, 5, 2], [0, 0], false],
		['a horizontal edge on the ray', [1, 0, 5, 0], [0, 0], false],
		['a slanted edge crossing east of the point', [0, -2, 4, 2], [1, 0], true],
		['a slanted edge crossing west of the point', [0, -2, 4, 2], [3, 0], false],
		// a vertex on the ray: its lower edge counts, its upper edge does not
		['an edge whose lower end is on the ray', [5, 0, 5, 1], [0, 0], true],
		['an edge whose upper end is on the ray', [5, -1, 5, 0], [0, 0], false]
	])('%s', (_name, [x0, y0, x1, y1], [x, y], expected) => {
		expect(crossesRay(x0, y0, x1, y1, x, y)).toBe(expected);
	});
});

describe('ringContains', () => {
	it.each<[string, [number, number], boolean]>([
		['the middle', [5, 5], true],
		['a point outside to the west', [-1, 5], false],
		['a point outside to the east', [11, 5], false],
		['a point above', [5, 11], false],
		['a point level with a vertex, inside', [5, 10 - 1e-9], true],
		['a point level with the bottom edge, outside', [-1, 0], false]
	])('%s', (_name, point, expected) => {
		expect(ringContains(SQUARE, point)).toBe(expected);
	});

	it('reads a ring in either winding alike', () => {
		const reversed = [...SQUARE].reverse();
		for (const point of [
			[5, 5],
			[-1, 5],
			[9.99, 0.01]
		] as [number, number][]) {
			expect(ringContains(reversed, point)).toBe(ringContains(SQUARE, point));
		}
	});

	it('counts a ray through a vertex once (a diamond, on the level of its side vertices)', () => {
		const diamond: [number, number][] = [
			[5, 0],
			[10, 5],
			[5, 10],
			[0, 5]
		];
		expect(ringContains(diamond, [5, 5])).toBe(true);
		expect(ringContains(diamond, [-1, 5])).toBe(false);
		expect(ringContains(diamond, [11, 5])).toBe(false);
	});

	it('tells a concave ring’s notch from its inside', () => {
		// a U: the notch between the arms is outside
		const u: [number, number][] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[7, 10],
			[7, 3],
			[3, 3],
			[3, 10],
			[0, 10]
		];
		expect(ringContains(u, [5, 6])).toBe(false);
		expect(ringContains(u, [1.5, 6])).toBe(true);
		expect(ringContains(u, [8.5, 6])).toBe(true);
		expect(ringContains(u, [5, 1.5])).toBe(true);
	});

	it.each<[string, [number, number][]]>([
		['no points', []],
		['one point', [[5, 5]]],
		[
			'a flat ring',
			[
				[0, 5],
				[10, 5]
			]
		]
	])('finds nothing inside %s', (_name, ring) => {
		expect(ringContains(ring, [5, 5])).toBe(false);
	});
});
