/**
 * The few statistics the bench reports, pure and tested with numbers
 * (tests/unit/bench.test.ts).
 */

/** The middle value; the mean of the two middle values for an even count; NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0–100): a value that was measured, never an interpolation. NaN for none. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Share (0–1) of values strictly above a threshold; NaN for none. */
export function shareAbove(values: readonly number[], threshold: number): number {
	if (values.length === 0) return NaN;
	return values.filter((value) => value > threshold).length / values.length;
}

/**
 * How many of `frames` (each `[end, length]`, ms) are longer than
 * `threshold` and end within `window` ms after one of `events` (the same
 * clock): the slow frames a step change accounts for. A frame counts once,
 * however many events precede it.
 */
export function slowFramesAfter(
	frames: readonly (readonly [number, number])[],
	events: readonly number[],
	threshold: number,
	window: number
): number {
	return frames.filter(
		([end, length]) =>
			length > threshold && events.some((event) => event <= end && end - event <= window)
	).length;
}

/**
 * A page's figure as a ratio to the floor's, run by run (each run's page
 * measurement over the floor measured just before it in the same bench run),
 * then the median of those ratios. Null when the floor measured 0 in any run
 * (a ratio to nothing says nothing: read the absolute figure instead).
 */
export function medianRatio(page: readonly number[], floor: readonly number[]): number | null {
	if (page.length !== floor.length)
		throw new Error('medianRatio: one floor measurement per page measurement');
	if (page.length === 0 || floor.some((value) => !(value > 0))) return null;
	return median(page.map((value, i) => value / floor[i]!));
}

/** A timing over the runs: each run as measured, and what the report reads from them. */
export interface Timing {
	/** every run, NaN where the run measured nothing (it shows as null in the JSON) */
	runs: number[];
	/** median of the runs that measured */
	median: number;
	/** median run-by-run ratio to the floor; null for the floor itself, or when the floor measured 0 */
	ratio: number | null;
	/** runs that measured nothing (or whose floor did not), left out of the median and the ratio */
	failed: number;
}

/** Runs that measured nothing (NaN: an audit error) are left out, with the floor run they pair with. */
export function timingOf(runs: readonly number[], floorRuns: readonly number[] | null): Timing {
	const kept = runs.flatMap((value, i) => {
		const floor = floorRuns ? floorRuns[i] : 0;
		return Number.isFinite(value) && Number.isFinite(floor) ? [{ value, floor: floor! }] : [];
	});
	return {
		runs: [...runs],
		median: median(kept.map((run) => run.value)),
		ratio: floorRuns
			? medianRatio(
					kept.map((run) => run.value),
					kept.map((run) => run.floor)
				)
			: null,
		failed: runs.length - kept.length
	};
}
