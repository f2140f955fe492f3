/** The map's registry entry: its file and parser, keys, defaults, what a page ships (the layout, with a frame per focus without rows), hooks, description and view. */
import { describe, expect, it } from 'vitest';
import { map } from '$lib/charts/map/index';
import { parseDatacentres } from '$lib/charts/map/data';
import { MAP_KEYS, readMapState } from '$lib/charts/map/copy';
import { mapDefaults, mapHooks } from '$lib/charts/map/state';
import { describeMap } from '$lib/charts/map/text';
import { layoutMap } from '$lib/charts/map/geography';
import { mapView } from '$lib/charts/map/layout';
import { rowsForPage } from '$lib/text/translated';
import { fixtureData } from '../../support/fixtures';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';

const ROWS = fixtureData().map;

describe('the map spec', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it('reads data/datacenters.csv with its parser and a step’s focus and highlight with its copy parser', () => {
		expect(map.name).toBe('map');
		expect(map.data).toEqual({ file: 'data/datacenters.csv', parse: parseDatacentres });
		expect(map.keys).toBe(MAP_KEYS);
		expect(map.readState).toBe(readMapState);
		expect(map.defaults).toBe(mapDefaults);
		expect(map.hooks).toBe(mapHooks);
		expect(map.describe).toBe(describeMap);
	});

	it('ships the layout of the rows in the page’s language, with a frame for each focus without rows', () => {
		const states = [
			{ focus: 'world', highlight: 'all' },
			{ focus: 'CN', highlight: 'planned' },
			{ focus: 'DE', highlight: 'existing' },
			{ focus: 'CN', highlight: 'none' }
		] as const;
		const prepared = map.prepare(ROWS, states, 'en');
		expect(prepared).toEqual(layoutMap(rowsForPage(ROWS, 'en'), ['CN', 'DE', 'CN'], 'en'));
		expect(prepared.frames.map((f) => f.code)).toEqual(['CN']);
		expect(prepared.sources).toEqual([
			'Alibaba Cloud press release',
			'Alibaba Cloud (website)',
			'Reuters'
		]);
		expect(map.prepare(ROWS, [], 'fr').sources).toEqual([
			'Alibaba Cloud, communiqué',
			'Alibaba Cloud (site web)',
			'Reuters'
		]);
		expect(map.prepare(ROWS, [], 'fr').frames).toEqual([]);
	});

	it('draws mapView of the state for the size measured', () => {
		const prepared = map.prepare(ROWS, [{ focus: 'CN', highlight: 'all' }], 'fr');
		const state = { focus: 'CN', highlight: 'planned' } as const;
		expect(map.layout(prepared, state, undefined, 'fr')).toEqual(mapView(prepared, state));
		const size = { width: 390, height: 700 };
		expect(map.layout(prepared, state, size, 'fr')).toEqual(mapView(prepared, state, size));
		expect(map.layout(prepared, state, size, 'fr')).not.toEqual(mapView(prepared, state));
	});
});
