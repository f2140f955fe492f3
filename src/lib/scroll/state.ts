/**
 * Step → chart state: a pure function of the step index and the story.
 * The sticky graphic keeps every chart mounted and shows one; a chart that
 * is not on stage keeps the state of its nearest step, so it never replays
 * history and comes back on stage already in the right place. Knows nothing
 * of any particular chart: states are opaque here.
 */

/** What a step asks for: a chart by name, and that chart's state. */
export interface StepState {
	chart: string;
}

export interface GraphicState {
	/** the step whose state is shown, clamped to the story's steps */
	step: number;
	/** the chart on stage */
	chart: string;
	/** every chart's state, by name: the one on stage and those waiting off stage */
	states: Record<string, object>;
}

/** Clamps a scroll position's step to the story (before the first step shows step 0). */
export function clampStep(index: number, stepCount: number): number {
	if (stepCount === 0) return 0;
	if (!Number.isFinite(index) || index < 0) return 0;
	return Math.min(Math.floor(index), stepCount - 1);
}

/** A step's state without its `chart` key: what the chart itself is given. */
export function chartStateOf(state: StepState): object {
	const rest: Record<string, unknown> = { ...state };
	delete rest.chart;
	return rest;
}

/**
 * The state of the graphic at step `index`. `defaults` holds each chart's
 * state for when no step shows it, and lists the charts in the order they
 * are layered. A chart off stage takes its state from the last step before
 * `index` that showed it or, if none did, from the first step after it, so
 * it is ready when it comes on stage.
 */
export function graphicStateAt(
	steps: readonly { state: StepState }[],
	index: number,
	defaults: Record<string, object>
): GraphicState {
	const step = clampStep(index, steps.length);
	const states: Record<string, object> = { ...defaults };
	const seen = new Set<string>();
	// nearest first: index, index-1, …, 0, then index+1, …, end
	const order = [...steps.keys()]
		.slice(0, step + 1)
		.reverse()
		.concat([...steps.keys()].slice(step + 1));
	for (const i of order) {
		const state = steps[i]!.state;
		if (seen.has(state.chart)) continue;
		seen.add(state.chart);
		states[state.chart] = chartStateOf(state);
	}
	const first = Object.keys(defaults)[0] ?? '';
	return { step, chart: steps[step]?.state.chart ?? first, states };
}

/**
 * The graphic's state at every step, worked out once. A chart's state that
 * is the same at two steps is one object, so that whoever draws the graphic
 * can tell by identity, without comparing, that a chart has nothing to
 * redraw when the reader moves to another step. Always at least one entry:
 * a story without steps shows the defaults.
 */
export function graphicStates(
	steps: readonly { state: StepState }[],
	defaults: Record<string, object>
): GraphicState[] {
	const shared = new Map<string, object>();
	const one = (chart: string, state: object): object => {
		const key = `${chart}\u0000${JSON.stringify(state)}`;
		const found = shared.get(key);
		if (found) return found;
		shared.set(key, state);
		return state;
	};
	return Array.from({ length: Math.max(1, steps.length) }, (_, index) => {
		const at = graphicStateAt(steps, index, defaults);
		const states: Record<string, object> = {};
		for (const [chart, state] of Object.entries(at.states)) states[chart] = one(chart, state);
		return { ...at, states };
	});
}

/**
 * Each chart's states over `states` (graphicStates'), each object once, in
 * the order the steps reach them: what a chart will be asked to show, for
 * one that lays its states out ahead of time.
 */
export function statesByChart(states: readonly GraphicState[]): Record<string, object[]> {
	const byChart: Record<string, object[]> = {};
	for (const state of states)
		for (const [chart, chartState] of Object.entries(state.states)) {
			const list = (byChart[chart] ??= []);
			if (!list.includes(chartState)) list.push(chartState);
		}
	return byChart;
}
