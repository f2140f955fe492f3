/**
 * The chart registry: one entry per chart folder and one folder per entry,
 * each with its component; names, files and keys that cannot clash; and the
 * look-up the copy parser uses.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, CHARTS, chartNamed } from '$lib/charts/registry';
import { fixtureData } from '../support/fixtures';

const CHARTS_DIR = 'src/lib/charts';

/** The folders of src/lib/charts that hold a chart component. */
function componentFolders(): string[] {
	return readdirSync(CHARTS_DIR, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.filter((name) => existsSync(join(CHARTS_DIR, name, 'Chart.svelte')))
		.sort();
}

describe('the registry', () => {
	it('lists the map, capex and market charts, in the order the graphic layers them', () => {
		expect(CHART_NAMES).toEqual(['map', 'capex', 'market']);
		expect(CHART_NAMES).toEqual(CHARTS.map((chart) => chart.name));
	});

	it('has a Chart.svelte folder for every entry, and an entry for every Chart.svelte folder', () => {
		expect([...CHART_NAMES].sort()).toEqual(componentFolders());
		for (const name of CHART_NAMES) {
			expect(existsSync(join(CHARTS_DIR, name, 'index.ts')), name).toBe(true);
		}
	});

	it('gives each chart its own name, its own data file and keys no other part of a step uses', () => {
		expect(new Set(CHART_NAMES).size).toBe(CHARTS.length);
		const files = CHARTS.map((chart) => chart.data.file);
		expect(new Set(files).size).toBe(files.length);
		for (const chart of CHARTS) {
			expect(chart.name).toMatch(/^[a-z]+$/);
			expect(chart.data.file).toMatch(/^data\/[a-z]+\.csv$/);
			expect(new Set(chart.keys).size, chart.name).toBe(chart.keys.length);
			expect(chart.keys, chart.name).not.toContain('chart');
			expect(chart.keys, chart.name).not.toContain('text');
			for (const key of chart.keys) expect(key).toMatch(/^[a-z]+$/);
		}
	});

	it('gives every chart a default state its hooks can write, from the fixture’s rows', () => {
		const data = fixtureData();
		for (const chart of CHARTS) {
			const hooks = chart.hooks(chart.defaults(data[chart.name] as never) as never);
			expect(Object.keys(hooks).length, chart.name).toBeGreaterThan(0);
			for (const [name, value] of Object.entries(hooks)) {
				expect(name).toMatch(/^data-[a-z-]+$/);
				expect(name).not.toBe('data-chart');
				expect(typeof value).toBe('string');
			}
		}
	});
});

describe('chartNamed', () => {
	it.each(CHARTS.map((chart) => [chart.name, chart] as const))(
		'finds %s as the registry’s own entry',
		(name, chart) => {
			expect(chartNamed(name)).toBe(chart);
		}
	);

	it.each(['pie', '', 'MAP', ' map', 'map ', 'maps', 'constructor', '__proto__', 'toString'])(
		'knows no chart named %j',
		(name) => {
			expect(chartNamed(name)).toBeUndefined();
		}
	);
});
