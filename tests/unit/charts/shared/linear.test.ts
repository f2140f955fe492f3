/**
 * The bar charts' scales without d3-scale. Expected values are what
 * d3-scale 4 returns for the same calls (`scaleLinear().domain(d).nice(n)`,
 * `.ticks(n)`, `.range(r)(v)`, and `scaleBand()` with the same paddings),
 * so the layouts stay identical to the last bit.
 */
import { describe, expect, it } from 'vitest';
import { bandLayout, linearMap, niceDomain, niceTicks } from '$lib/charts/shared/linear';

describe('niceDomain', () => {
	it.each([
		{ domain: [0, 13], count: 4, nice: [0, 15] },
		{ domain: [0, 32], count: 5, nice: [0, 35] },
		{ domain: [-4, 7.3], count: 4, nice: [-4, 8] },
		{ domain: [0, 110], count: 4, nice: [0, 120] },
		// steps below 1: d3-scale divides by the inverse step, so 0.3 stays 0.3 and does not become 0.30000000000000004
		{ domain: [0, 0.3], count: 4, nice: [0, 0.3] },
		{ domain: [0.04, 0.3], count: 4, nice: [0, 0.3] },
		// Math.ceil(-3 / 5) * 5 is -0, as in d3-scale; the bar layouts always include 0 itself, so never meet it
		{ domain: [-20, -3], count: 3, nice: [-20, -0] },
		{ domain: [0, 1e-9], count: 4, nice: [0, 1e-9] },
		{ domain: [0, 3e9], count: 6, nice: [0, 3e9] }
	] as const)('rounds $domain outwards to $nice for $count ticks', ({ domain, count, nice }) => {
		expect(niceDomain([...domain], count)).toEqual(nice);
	});

	it('keeps a descending domain descending', () => {
		expect(niceDomain([13, 0], 4)).toEqual([15, 0]);
	});

	it.each([
		{ why: 'zero width', domain: [5, 5] as [number, number], count: 4 },
		{ why: 'no ticks asked', domain: [0, 13] as [number, number], count: 0 },
		{ why: 'NaN', domain: [Number.NaN, 1] as [number, number], count: 4 },
		{ why: 'an infinite end', domain: [0, Infinity] as [number, number], count: 4 }
	])('returns the domain unchanged for $why', ({ domain, count }) => {
		expect(niceDomain(domain, count)).toEqual(domain);
	});

	it('does not change the domain it is given', () => {
		const domain: [number, number] = [0, 13];
		niceDomain(domain, 4);
		expect(domain).toEqual([0, 13]);
	});
});

describe('niceTicks', () => {
	it.each([
		{ domain: [0, 15], count: 4, ticks: [0, 5, 10, 15] },
		{ domain: [-4, 8], count: 4, ticks: [-4, -2, 0, 2, 4, 6, 8] },
		{ domain: [0, 0.3], count: 4, ticks: [0, 0.1, 0.2, 0.3] },
		{ domain: [0, 1], count: 2, ticks: [0, 0.5, 1] },
		{ domain: [15, 0], count: 4, ticks: [15, 10, 5, 0] },
		{ domain: [5, 5], count: 4, ticks: [5] },
		{ domain: [0, 13], count: 0, ticks: [] },
		{ domain: [Number.NaN, 1], count: 4, ticks: [] }
	] as const)('gives $ticks across $domain for $count', ({ domain, count, ticks }) => {
		expect(niceTicks([...domain], count)).toEqual(ticks);
	});
});

describe('linearMap', () => {
	const y = linearMap([0, 14], [300, 20]);
	it.each([
		{ value: 0, px: 300 },
		{ value: 14, px: 20 },
		{ value: 7, px: 160 },
		{ value: 21, px: -120 },
		{ value: -7, px: 440 }
	])('sends $value to $px on a range that runs upwards, beyond the ends too', ({ value, px }) => {
		expect(y(value)).toBe(px);
	});

	it('sends every value to the middle of the range when the domain has no width', () => {
		const flat = linearMap([5, 5], [0, 100]);
		expect([flat(5), flat(99), flat(-1)]).toEqual([50, 50, 50]);
	});

	it('follows a descending domain', () => {
		expect(linearMap([10, 0], [0, 100])(2.5)).toBe(75);
	});

	it('puts zero where it falls in a domain with negative values', () => {
		expect(linearMap([-4, 8], [0, 240])(0)).toBe(80);
	});

	it('returns NaN for NaN, not a position', () => {
		expect(linearMap([0, 1], [0, 100])(Number.NaN)).toBeNaN();
	});
});

describe('bandLayout', () => {
	it.each([
		{
			why: 'two capex bars on a phone',
			args: [2, [40, 360], 0.35, 0.25] as const,
			starts: [77.20930232558139, 226.04651162790697],
			bandwidth: 96.74418604651164
		},
		{
			why: 'one band, centred',
			args: [1, [0, 100], 0.35, 0.25] as const,
			starts: [21.739130434782606],
			bandwidth: 56.52173913043479
		},
		{ why: 'no bands', args: [0, [0, 100], 0.35, 0.25] as const, starts: [], bandwidth: 65 },
		{
			why: 'no padding',
			args: [4, [0, 100], 0, 0] as const,
			starts: [0, 25, 50, 75],
			bandwidth: 25
		},
		{
			why: 'a descending range, listed from its right end',
			args: [3, [100, 0], 0.2, 0] as const,
			starts: [71.42857142857143, 35.714285714285715, 0],
			bandwidth: 28.571428571428573
		},
		{
			why: 'an inner padding past 1, held at 1',
			args: [2, [0, 100], 1.5, 0] as const,
			starts: [0, 100],
			bandwidth: 0
		},
		{
			why: 'a range of no width',
			args: [2, [0, 0], 0.35, 0.25] as const,
			starts: [0, 0],
			bandwidth: 0
		}
	])('places the bands for $why', ({ args: [count, range, inner, outer], starts, bandwidth }) => {
		expect(bandLayout(count, [...range], inner, outer)).toEqual({ starts, bandwidth });
	});

	it('leaves equal margins at both ends', () => {
		const { starts, bandwidth } = bandLayout(3, [10, 310], 0.35, 0.25);
		const last = starts[starts.length - 1] ?? Number.NaN;
		expect((starts[0] ?? Number.NaN) - 10).toBeCloseTo(310 - (last + bandwidth), 9);
	});
});
