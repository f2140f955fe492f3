/** What the capex chart shows by default, and the attributes tests read its state by. */
import { describe, expect, it } from 'vitest';
import { capexDefaults, capexHooks } from '$lib/charts/capex/state';
import type { CapexRow } from '$lib/charts/capex/row';
import { tr } from '../../support/rows';

const row = (year: number): CapexRow => ({
	year,
	companies: 'a',
	valueBnUsd: 1,
	estimate: false,
	lowerBound: false,
	source: tr('s')
});

describe('capexDefaults', () => {
	it.each<[string, CapexRow[], number[]]>([
		['every year, in data order', [row(2025), row(2023), row(2024)], [2025, 2023, 2024]],
		['one year', [row(2023)], [2023]],
		['nothing for an empty table', [], []]
	])('shows %s', (_name, rows, years) => {
		expect(capexDefaults(rows)).toEqual({ years });
	});
});

describe('capexHooks', () => {
	it.each<[number[], string]>([
		[[2023, 2025], '2023,2025'],
		[[2025], '2025'],
		[[], '']
	])('writes years %j as data-years="%s"', (years, expected) => {
		expect(capexHooks({ years })).toEqual({ 'data-years': expected });
	});
});
