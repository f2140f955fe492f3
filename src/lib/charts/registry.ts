/**
 * Every chart type the copy can name, one line each. A chart is a folder
 * here: its spec (`index.ts`: data file and parser, copy keys, defaults,
 * hooks, description, layout) and its component (`Chart.svelte`, found by
 * name, see `components/ChartView.svelte`). The copy parser, the checker, the
 * page's preparation and the graphic loop over this list. Build-time code:
 * pages and components never import it (they get what they need as data).
 */
import type { ChartSpec } from './spec.ts';
import { map } from './map/index.ts';
import { capex } from './capex/index.ts';
import { market } from './market/index.ts';

export const CHARTS = [map, capex, market] as const;

type Charts = (typeof CHARTS)[number];

export type ChartName = Charts['name'];

/** Any chart of the registry, its types erased: what loops over the registry handle. */
export type AnyChart = ChartSpec<ChartName, unknown, object, unknown>;

type SpecOf<N extends ChartName> = Extract<Charts, { name: N }>;
/** A chart's rows, from its parser. */
export type RowOf<N extends ChartName> =
	SpecOf<N> extends ChartSpec<N, infer Row, object, unknown> ? Row : never;
/** A chart's state, from its copy parser. */
export type StateOf<N extends ChartName> =
	SpecOf<N> extends ChartSpec<N, unknown, infer State, unknown> ? State : never;
/** What a page ships for a chart, from its `prepare`. */
export type PreparedOf<N extends ChartName> =
	SpecOf<N> extends ChartSpec<N, unknown, object, infer Prepared> ? Prepared : never;

/** The checked rows of every chart's CSV, by chart. */
export type StoryData = { [N in ChartName]: RowOf<N>[] };

/** What a step shows: a chart and that chart's state. */
export type ChartState = { [N in ChartName]: { chart: N } & StateOf<N> }[ChartName];

export const CHART_NAMES: readonly ChartName[] = CHARTS.map((chart) => chart.name);

/** The registry's entry for a name the copy gives, or undefined for an unknown one. */
export function chartNamed(name: string): AnyChart | undefined {
	return (CHARTS as readonly AnyChart[]).find((chart) => chart.name === name);
}
