/**
 * Transitions between two chart states, as numbers, for svelte/motion's
 * `Tween` (its `interpolate` option). A frame is the animated geometry of
 * every mark, keyed by a stable mark id, plus the state it belongs to.
 *
 * Only a change of state animates: a change of size (a resize, or the first
 * measurement after the server render) snaps, so bars never appear to grow
 * while the reader has not scrolled.
 */

/** How long a bar takes to grow or move to a new state: long enough to follow, short enough not to hold up the reader. */
export const BAR_TRANSITION_MS = 650;

/** The animated numbers of one mark, e.g. `{ y, height }`. */
export type MarkGeometry = Record<string, number>;

export interface Frame {
	/** identifies the chart state (e.g. the years shown); a new value starts an animation */
	state: string;
	marks: Record<string, MarkGeometry>;
}

function mix(from: MarkGeometry, to: MarkGeometry, t: number): MarkGeometry {
	const out: MarkGeometry = {};
	for (const [name, end] of Object.entries(to)) {
		const start = from[name] ?? end;
		out[name] = start + (end - start) * t;
	}
	return out;
}

/**
 * Builds the `interpolate` option of a `Tween<Frame>`.
 * `animate()` is read when a transition starts (false under
 * `prefers-reduced-motion: reduce`); `enter(mark)` gives where a mark that
 * was not in the previous frame starts from (e.g. zero width at its place).
 * Marks that leave are dropped at once: the component fades them out.
 */
export function frameInterpolator(
	animate: () => boolean,
	enter: (target: MarkGeometry) => MarkGeometry
): (from: Frame, to: Frame) => (t: number) => Frame {
	return (from, to) => {
		if (from.state === to.state || !animate()) return () => to;
		const starts = Object.fromEntries(
			Object.entries(to.marks).map(([key, mark]) => [key, from.marks[key] ?? enter(mark)])
		);
		return (t) => ({
			state: to.state,
			marks: Object.fromEntries(
				Object.entries(to.marks).map(([key, mark]) => [key, mix(starts[key] ?? mark, mark, t)])
			)
		});
	};
}
