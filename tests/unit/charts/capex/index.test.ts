/** The capex chart's registry entry: its file and parser, keys, defaults, what a page ships, hooks, description and layout. */
import { describe, expect, it } from 'vitest';
import { capex } from '$lib/charts/capex/index';
import { parseCapex } from '$lib/charts/capex/data';
import { CAPEX_KEYS, readCapexState } from '$lib/charts/capex/copy';
import { capexDefaults, capexHooks } from '$lib/charts/capex/state';
import { describeCapex } from '$lib/charts/capex/text';
import { capexLayout, DEFAULT_PLOT_HEIGHT_PX } from '$lib/charts/capex/layout';
import { SERVER_WIDTH_PX } from '$lib/charts/shared/bars';
import { fixtureData } from '../../support/fixtures';
import { tr } from '../../support/rows';

const ROWS = fixtureData().capex;

describe('the capex spec', () => {
	it('reads data/capex.csv with its parser and a step’s years with its copy parser', () => {
		expect(capex.name).toBe('capex');
		expect(capex.data).toEqual({ file: 'data/capex.csv', parse: parseCapex });
		expect(capex.keys).toBe(CAPEX_KEYS);
		expect(capex.readState).toBe(readCapexState);
		expect(capex.defaults).toBe(capexDefaults);
		expect(capex.hooks).toBe(capexHooks);
		expect(capex.describe).toBe(describeCapex);
	});

	it.each([
		['fr', 'Cabinet d’études (rapport annuel)', 'Cabinet d’études (prévision)'],
		['en', 'Research firm (annual report)', 'Research firm (forecast)']
	] as const)(
		'ships the rows with each source in %s only, whatever the states',
		(lang, annual, forecast) => {
			const prepared = capex.prepare(ROWS, [{ years: [2022] }], lang);
			expect(prepared.map((row) => row.source)).toEqual([tr(annual), tr(annual), tr(forecast)]);
			expect(prepared.map((row) => ({ ...row, source: undefined }))).toEqual(
				ROWS.map((row) => ({ ...row, source: undefined }))
			);
			expect(capex.prepare(ROWS, [], lang)).toEqual(prepared);
		}
	);

	it('lays out at the server width and the default height before measurement, else at the size measured', () => {
		const prepared = capex.prepare(ROWS, [], 'fr');
		const state = { years: [2022, 2026] };
		expect(capex.layout(prepared, state, undefined, 'fr')).toEqual(
			capexLayout(prepared, state, { width: SERVER_WIDTH_PX, height: DEFAULT_PLOT_HEIGHT_PX }, 'fr')
		);
		const size = { width: 700, height: 480 };
		expect(capex.layout(prepared, state, size, 'en')).toEqual(
			capexLayout(prepared, state, size, 'en')
		);
	});
});
