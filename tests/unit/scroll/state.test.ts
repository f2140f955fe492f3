import { describe, expect, it } from 'vitest';
import { chartDefaults, clampStep, graphicStateAt, type ChartDefaults } from '$lib/scroll/state';
import type { CapexRow, ChartState, MarketRow, Step } from '$lib/types';

const defaults: ChartDefaults = {
	map: { focus: 'world', highlight: 'all' },
	capex: { years: [2023, 2025] },
	market: { rows: ['a', 'b'] }
};

function step(state: ChartState): Step {
	return { text: ['…'], state, line: 1 };
}

const steps: Step[] = [
	step({ chart: 'market', rows: ['a'] }),
	step({ chart: 'map', focus: 'world', highlight: 'existing' }),
	step({ chart: 'map', focus: 'FR', highlight: 'planned' }),
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
		[3, 0, 0]
	])('clampStep(%s, %s) is %s', (index, count, expected) => {
		expect(clampStep(index, count)).toBe(expected);
	});
});

describe('graphicStateAt', () => {
	it('puts the step’s own chart on stage with the step’s state', () => {
		const s = graphicStateAt(steps, 2, defaults);
		expect(s.chart).toBe('map');
		expect(s.map).toEqual({ focus: 'FR', highlight: 'planned' });
	});

	it('keeps an off-stage chart at its last state before the step', () => {
		expect(graphicStateAt(steps, 3, defaults).map).toEqual({ focus: 'FR', highlight: 'planned' });
		expect(graphicStateAt(steps, 3, defaults).market).toEqual({ rows: ['a'] });
	});

	it('readies an off-stage chart with its first later state when none came before', () => {
		const s = graphicStateAt(steps, 0, defaults);
		expect(s.map).toEqual({ focus: 'world', highlight: 'existing' });
		expect(s.capex).toEqual({ years: [2023] });
	});

	it('clamps indices outside the story', () => {
		expect(graphicStateAt(steps, -5, defaults).step).toBe(0);
		expect(graphicStateAt(steps, 50, defaults)).toEqual(graphicStateAt(steps, 4, defaults));
	});

	it('falls back to the defaults for charts no step uses, and for an empty story', () => {
		const only = [step({ chart: 'capex', years: [2025] })];
		const s = graphicStateAt(only, 0, defaults);
		expect(s.map).toEqual(defaults.map);
		expect(s.market).toEqual(defaults.market);
		expect(graphicStateAt([], 0, defaults)).toEqual({ step: 0, chart: 'map', ...defaults });
	});
});

describe('chartDefaults', () => {
	const capexRow = (year: number): CapexRow => ({
		year,
		companies: 'a',
		valueBnUsd: 1,
		estimate: false,
		lowerBound: false,
		source: 's',
		sourceEn: ''
	});
	const marketRow = (id: string, period: 'day' | 'ytd'): MarketRow => ({
		id,
		company: id,
		listing: { fr: '', en: '' },
		period,
		changePct: 1,
		lowerBound: false,
		source: 's',
		sourceEn: ''
	});

	it('shows the world with every site, every year in data order, and the day’s moves only', () => {
		const data = {
			capex: [capexRow(2025), capexRow(2023)],
			market: [marketRow('a', 'day'), marketRow('y', 'ytd'), marketRow('b', 'day')]
		};
		expect(chartDefaults(data)).toEqual({
			map: { focus: 'world', highlight: 'all' },
			capex: { years: [2025, 2023] },
			market: { rows: ['a', 'b'] }
		});
	});

	it('shows nothing for empty tables', () => {
		expect(chartDefaults({ capex: [], market: [] })).toEqual({
			map: { focus: 'world', highlight: 'all' },
			capex: { years: [] },
			market: { rows: [] }
		});
	});
});
