/**
 * The two scales the bar charts need, as plain arithmetic: a linear map from
 * values to pixels with a "nice" domain, and the slots of a band scale.
 *
 * Why not d3-scale: its `scaleLinear` carries d3-interpolate, d3-color and
 * d3-format into the browser (9 KB gzip of the story's script) for colour
 * interpolation and tick formats that these charts never use; the story's
 * first-load budget is 45 KB. The formulas below are d3-scale 4's, step for step, so every
 * layout is the same to the last bit (d3-array's own `nice` rounds a little
 * differently, hence the copy of d3-scale's loop here).
 */
import { tickIncrement, ticks } from 'd3-array';

/**
 * d3-scale stops looking for a nice domain after this many rounds; the loop
 * settles in two or three for any real domain, the limit only guards
 * against a pair of steps that alternate forever.
 */
const MAX_NICE_ROUNDS = 10;

/**
 * Widens `[start, stop]` outwards to round values for about `count` ticks,
 * as d3-scale's `scaleLinear().domain([start, stop]).nice(count)` does:
 * [0, 13] with 4 ticks gives [0, 14], [-4, 7.3] gives [-4, 8].
 * A domain in descending order is made nice and stays descending; an empty
 * one ([5, 5]) or a count of 0 is returned as it is.
 */
export function niceDomain(domain: [number, number], count: number): [number, number] {
	const descending = domain[1] < domain[0];
	let [start, stop] = descending ? [domain[1], domain[0]] : domain;
	let previousStep: number | undefined;
	for (let round = 0; round < MAX_NICE_ROUNDS; round++) {
		const step = tickIncrement(start, stop, count);
		if (step === previousStep) return descending ? [stop, start] : [start, stop];
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			// a negative increment -k means a step of 1/k: divide by it, never multiply by 1/k, which is inexact
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else {
			break;
		}
		previousStep = step;
	}
	return [domain[0], domain[1]];
}

/**
 * About `count` round values across `domain`, both ends included when they
 * are round (as after `niceDomain`): d3-array's `ticks`, which d3-scale's
 * `scale.ticks(count)` calls with the same arguments.
 */
export function niceTicks(domain: [number, number], count: number): number[] {
	return ticks(domain[0], domain[1], count);
}

/**
 * The linear map sending `domain[0]` to `range[0]` and `domain[1]` to
 * `range[1]` (either may be descending, e.g. a vertical axis from the
 * baseline up), extended beyond both ends. A domain of zero width sends
 * every value to the middle of the range, as d3-scale does.
 */
export function linearMap(
	domain: [number, number],
	range: [number, number]
): (value: number) => number {
	// d3-scale normalises over the ascending domain and interpolates the range the other way round
	const descending = domain[1] < domain[0];
	const [d0, d1] = descending ? [domain[1], domain[0]] : domain;
	const [r0, r1] = descending ? [range[1], range[0]] : range;
	const width = d1 - d0;
	return (value) => {
		const t = width === 0 ? 0.5 : (value - d0) / width;
		return r0 * (1 - t) + r1 * t;
	};
}

/** Where the bands of a band scale fall: the left edge of each and their common width, in px. */
export interface Bands {
	starts: number[];
	bandwidth: number;
}

/**
 * `count` equal bands across `range`, as d3-scale's `scaleBand()` with
 * `paddingInner` and `paddingOuter` (shares of one step, the inner one at
 * most 1) and the bands centred in the range. A descending range lists the
 * bands from its right end.
 */
export function bandLayout(
	count: number,
	range: [number, number],
	paddingInner: number,
	paddingOuter: number
): Bands {
	const inner = Math.min(1, paddingInner);
	const reverse = range[1] < range[0];
	let start = reverse ? range[1] : range[0];
	const stop = reverse ? range[0] : range[1];
	const step = (stop - start) / Math.max(1, count - inner + paddingOuter * 2);
	// centred: what the bands and inner gaps leave is split evenly between the two ends
	start += (stop - start - step * (count - inner)) * 0.5;
	const starts = Array.from({ length: Math.max(0, count) }, (_, i) => start + step * i);
	return { starts: reverse ? starts.reverse() : starts, bandwidth: step * (1 - inner) };
}
