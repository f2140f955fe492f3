/**
 * What the bar charts share, as numbers: text width estimates, line
 * wrapping that keeps no-break spaces, clamping, checked widths, zero-based
 * domains.
 */
import { describe, expect, it } from 'vitest';
import {
	checkedWidth,
	clamp,
	estimateTextWidth,
	LINE_HEIGHT,
	lineHeightOf,
	MIN_CHART_WIDTH_PX,
	wrapText,
	zeroBasedDomain
} from '$lib/charts/shared/bars';

describe('wrapText', () => {
	it.each([
		['', 100, []],
		['one', 10, ['one']],
		['NAURA Technology Group', 1000, ['NAURA Technology Group']],
		['NAURA Technology Group', 100, ['NAURA', 'Technology', 'Group']],
		['plus de 32\u00a0Md$', 80, ['plus de', '32\u00a0Md$']]
	] as const)('wraps %j at %i px', (text, width, lines) => {
		expect(wrapText(text, width, 12)).toEqual(lines);
	});
});

describe('estimateTextWidth', () => {
	it.each([
		['', 14, 'regular', 0],
		['abc', 10, 'regular', 18],
		['abc', 10, 'bold', 24],
		['ABC', 10, 'boldCaps', 25.5],
		['+110 %', 14, 'bold', 67.2]
	] as const)('estimates %j at %i px %s as %d px', (text, size, weight, expected) => {
		expect(estimateTextWidth(text, size, weight)).toBeCloseTo(expected, 9);
	});
	it('is regular by default', () => {
		expect(estimateTextWidth('abc', 10)).toBe(estimateTextWidth('abc', 10, 'regular'));
	});
});

describe('clamp', () => {
	it.each([
		[5, 0, 10, 5],
		[-1, 0, 10, 0],
		[11, 0, 10, 10],
		[Infinity, 2, 6, 6],
		[3, 3, 3, 3]
	])('clamps %d into [%d, %d] as %d', (value, min, max, expected) => {
		expect(clamp(value, min, max)).toBe(expected);
	});
});

describe('checkedWidth', () => {
	it.each([
		[360, 360],
		[MIN_CHART_WIDTH_PX, MIN_CHART_WIDTH_PX],
		[0, MIN_CHART_WIDTH_PX],
		[-50, MIN_CHART_WIDTH_PX]
	])('takes a width of %d as %d', (width, expected) => {
		expect(checkedWidth(width, 'chart')).toBe(expected);
	});
	it.each([NaN, Infinity, -Infinity])('throws on %d, naming the chart', (width) => {
		expect(() => checkedWidth(width, 'capexLayout')).toThrow(/^capexLayout: width/);
	});
});

describe('zeroBasedDomain', () => {
	it.each([
		['no values', [], 4, [0, 1]],
		['only zeros', [0, 0], 4, [0, 1]],
		['positive values, from zero', [13, 32], 5, [0, 35]],
		['negative values, to zero', [-4, -1], 4, [-4, 0]],
		['both signs', [-4, 7.3], 4, [-4, 8]],
		['one value', [110], 4, [0, 120]]
	] as const)('spans %s', (_name, values, ticks, expected) => {
		expect(zeroBasedDomain([...values], ticks)).toEqual(expected);
	});
});

describe('lineHeightOf', () => {
	it('is the font size times the line height of body copy', () => {
		expect(lineHeightOf(14)).toBeCloseTo(14 * LINE_HEIGHT, 9);
		expect(LINE_HEIGHT).toBe(1.3);
	});
});
