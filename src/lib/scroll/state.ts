/**
 * Step → chart state: a pure function of the step index and the story.
 * The sticky graphic keeps all three charts mounted and shows one; a chart
 * that is not on stage keeps the state of its nearest step, so it never
 * replays history and comes back on stage already in the right place.
 */
import type { CapexRow, ChartName, MapHighlight, MarketRow, Step } from '../types.ts';

export interface MapView {
	focus: string;
	highlight: MapHighlight;
}

export interface GraphicState {
	/** the step whose state is shown, clamped to the story's steps */
	step: number;
	/** the chart on stage */
	chart: ChartName;
	map: MapView;
	capex: { years: number[] };
	market: { rows: string[] };
}

/** What each chart shows before any step of its own: the world, every year, every row. */
export interface ChartDefaults {
	map: MapView;
	capex: { years: number[] };
	market: { rows: string[] };
}

/**
 * What a chart shows when the copy does not say: the whole world with every
 * site, every year, every move of the announcement day. The copy parser uses
 * it for a step that leaves a key out; the graphic, for a chart no step uses.
 */
export function chartDefaults(data: {
	capex: readonly CapexRow[];
	market: readonly MarketRow[];
}): ChartDefaults {
	return {
		map: { focus: 'world', highlight: 'all' },
		capex: { years: data.capex.map((row) => row.year) },
		market: { rows: data.market.filter((row) => row.period === 'day').map((row) => row.id) }
	};
}

/** Clamps a scroll position's step to the story (before the first step shows step 0). */
export function clampStep(index: number, stepCount: number): number {
	if (stepCount === 0) return 0;
	if (!Number.isFinite(index) || index < 0) return 0;
	return Math.min(Math.floor(index), stepCount - 1);
}

/**
 * The state of the graphic at step `index`. A chart off stage takes its state
 * from the last step before `index` that showed it or, if none did, from the
 * first step after it, so it is ready when it comes on stage.
 */
export function graphicStateAt(
	steps: readonly Step[],
	index: number,
	defaults: ChartDefaults
): GraphicState {
	const step = clampStep(index, steps.length);
	const state: GraphicState = {
		step,
		chart: steps[step]?.state.chart ?? 'map',
		map: defaults.map,
		capex: defaults.capex,
		market: defaults.market
	};
	const seen = new Set<ChartName>();
	// nearest first: index, index-1, …, 0, then index+1, …, end
	const order = [...steps.keys()]
		.slice(0, step + 1)
		.reverse()
		.concat([...steps.keys()].slice(step + 1));
	for (const i of order) {
		const s = steps[i]!.state;
		if (seen.has(s.chart)) continue;
		seen.add(s.chart);
		if (s.chart === 'map') state.map = { focus: s.focus, highlight: s.highlight };
		else if (s.chart === 'capex') state.capex = { years: s.years };
		else state.market = { rows: s.rows };
	}
	return state;
}
