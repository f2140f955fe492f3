/** Step → chart state, a pure function of the step index: the chart on stage, and every chart off stage ready in its nearest step's state. */
import { describe, expect, it } from 'vitest';
import {
	chartStateOf,
	clampStep,
	graphicStateAt,
	graphicStates,
	statesByChart,
	type StepState
} from '$lib/scroll/state';
import type { ChartState } from '$lib/types';

const defaults: Record<string, object> = {
	map: { focus: 'world', highlight: 'all' },
	capex: { years: [2023, 2025] },
	market: { rows: ['a', 'b'] }
};

function step(state: ChartState): { state: StepState } {
	return { state };
}

const steps = [
	step({ chart: 'market', rows: ['a'] }),
	step({ chart: 'map', focus: 'world', highlight: 'existing', annotations: [] }),
	step({ chart: 'map', focus: 'FR', highlight: 'planned', annotations: [] }),
	step({ chart: 'capex', years: [2023] }),
	step({ chart: 'market', rows: ['a', 'b'] })
];

describe('clampStep', () => {
	it.each([
		[-1, 5, 0],
		[0, 5, 0],
		[4, 5, 4],
		[5, 5, 4],
		[99, 5, 4],
		[2.7, 5, 2],
		[Number.NaN, 5, 0],
		[Number.POSITIVE_INFINITY, 5, 0],
		[3, 0, 0],
		[0, 1, 0]
	])('clampStep(%s, %s) is %s', (index, count, expected) => {
		expect(clampStep(index, count)).toBe(expected);
	});
});

describe('chartStateOf', () => {
	it('gives a step’s state without its chart key, leaving the step as it was', () => {
		const state = { chart: 'map', focus: 'FR', highlight: 'planned' } as const;
		expect(chartStateOf(state)).toEqual({ focus: 'FR', highlight: 'planned' });
		expect(state.chart).toBe('map');
		expect(chartStateOf({ chart: 'x' })).toEqual({});
	});
});

describe('graphicStateAt', () => {
	it('puts the step’s own chart on stage with the step’s state', () => {
		const s = graphicStateAt(steps, 2, defaults);
		expect(s.chart).toBe('map');
		expect(s.step).toBe(2);
		expect(s.states.map).toEqual({ focus: 'FR', highlight: 'planned', annotations: [] });
	});

	it('keeps an off-stage chart at its last state before the step', () => {
		expect(graphicStateAt(steps, 3, defaults).states.map).toEqual({
			focus: 'FR',
			highlight: 'planned',
			annotations: []
		});
		expect(graphicStateAt(steps, 3, defaults).states.market).toEqual({ rows: ['a'] });
	});

	it('readies an off-stage chart with its first later state when none came before', () => {
		const s = graphicStateAt(steps, 0, defaults);
		expect(s.states.map).toEqual({ focus: 'world', highlight: 'existing', annotations: [] });
		expect(s.states.capex).toEqual({ years: [2023] });
	});

	it('clamps indices outside the story', () => {
		expect(graphicStateAt(steps, -5, defaults).step).toBe(0);
		expect(graphicStateAt(steps, 50, defaults)).toEqual(graphicStateAt(steps, 4, defaults));
	});

	it('falls back to the defaults for charts no step uses, and for an empty story', () => {
		const only = [step({ chart: 'capex', years: [2025] })];
		const s = graphicStateAt(only, 0, defaults);
		expect(s.states.map).toEqual(defaults.map);
		expect(s.states.market).toEqual(defaults.market);
		expect(graphicStateAt([], 0, defaults)).toEqual({ step: 0, chart: 'map', states: defaults });
	});

	it('puts the first chart of the defaults on stage for an empty story, whatever it is', () => {
		expect(graphicStateAt([], 3, { capex: { years: [] }, map: {} }).chart).toBe('capex');
		expect(graphicStateAt([], 0, {})).toEqual({ step: 0, chart: '', states: {} });
	});

	it('gives a state to a chart the steps name but the defaults do not', () => {
		const s = graphicStateAt([step({ chart: 'capex', years: [2025] })], 0, {});
		expect(s.states).toEqual({ capex: { years: [2025] } });
	});

	it('leaves the defaults as they were', () => {
		const before = structuredClone(defaults);
		graphicStateAt(steps, 2, defaults);
		expect(defaults).toEqual(before);
	});

	it('puts each step’s own chart on stage, in that step’s state, at every step', () => {
		steps.forEach(({ state }, i) => {
			const s = graphicStateAt(steps, i, defaults);
			expect(s.chart).toBe(state.chart);
			expect(s.states[state.chart]).toEqual(chartStateOf(state));
		});
	});
});

describe('graphicStates', () => {
	it('is graphicStateAt at every step', () => {
		const all = graphicStates(steps, defaults);
		expect(all).toHaveLength(steps.length);
		all.forEach((state, i) => expect(state).toEqual(graphicStateAt(steps, i, defaults)));
	});

	it('gives a chart’s state that does not change between two steps as the same object', () => {
		const all = graphicStates(steps, defaults);
		// capex waits off stage in its only state until step 3 shows it, and keeps it after
		expect(all[0]!.states.capex).toBe(all[4]!.states.capex);
		// the map moves on at step 2: a new object for a new state
		expect(all[1]!.states.map).not.toBe(all[2]!.states.map);
		expect(all[2]!.states.map).toBe(all[3]!.states.map);
	});

	it('shares equal states even when two steps ask for them separately', () => {
		const repeated = [
			step({ chart: 'capex', years: [2023] }),
			step({ chart: 'market', rows: ['a'] }),
			step({ chart: 'capex', years: [2023] })
		];
		const all = graphicStates(repeated, defaults);
		expect(all[0]!.states.capex).toBe(all[2]!.states.capex);
	});

	it('shows the defaults, once, for a story without steps', () => {
		const all = graphicStates([], defaults);
		expect(all).toHaveLength(1);
		expect(all[0]!.states).toEqual(defaults);
	});
});

describe('statesByChart', () => {
	it('lists each chart’s states once each, in the order the steps reach them', () => {
		const all = graphicStates(steps, defaults);
		const byChart = statesByChart(all);
		expect(Object.keys(byChart).sort()).toEqual(['capex', 'map', 'market']);
		// the map waits in step 1's state, then moves on to step 2's
		expect(byChart.map).toEqual([all[1]!.states.map, all[2]!.states.map]);
		expect(byChart.map![0]).toBe(all[0]!.states.map);
		expect(byChart.capex).toEqual([all[3]!.states.capex]);
		expect(byChart.market).toEqual([all[0]!.states.market, all[4]!.states.market]);
	});

	it('keeps equal states asked for at two steps as one', () => {
		const repeated = [
			step({ chart: 'capex', years: [2023] }),
			step({ chart: 'market', rows: ['a'] }),
			step({ chart: 'capex', years: [2023] })
		];
		expect(statesByChart(graphicStates(repeated, defaults)).capex).toHaveLength(1);
	});

	it('gives the defaults for a story without steps', () => {
		const byChart = statesByChart(graphicStates([], defaults));
		expect(byChart).toEqual({
			map: [defaults.map],
			capex: [defaults.capex],
			market: [defaults.market]
		});
	});
});
