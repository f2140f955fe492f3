/** The map's registry entry: its file and parser, keys, defaults, what a page ships (the layout, with a frame per focus without rows), hooks, description and view. */
import { describe, expect, it } from 'vitest';
import { map } from '$lib/charts/map/index';
import { parseDatacentres } from '$lib/charts/map/data';
import { MAP_KEYS, readMapState } from '$lib/charts/map/copy';
import { mapDefaults, mapHooks } from '$lib/charts/map/state';
import { countryName, describeMap } from '$lib/charts/map/text';
import { layoutMap } from '$lib/charts/map/geography';
import { mapView } from '$lib/charts/map/layout';
import { rowsForPage } from '$lib/text/translated';
import { fixtureData } from '../../support/fixtures';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';
import { readFileSync } from 'node:fs';
import { typeset } from '$lib/text/typography';
import type { MapState } from '$lib/charts/map/state';

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
			{ focus: 'world', highlight: 'all', annotations: [] },
			{ focus: 'CN', highlight: 'planned', annotations: [] },
			{ focus: 'DE', highlight: 'existing', annotations: [] },
			{ focus: 'CN', highlight: 'none', annotations: [] }
		] satisfies MapState[];
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
		const prepared = map.prepare(ROWS, [{ focus: 'CN', highlight: 'all', annotations: [] }], 'fr');
		const state: MapState = { focus: 'CN', highlight: 'planned', annotations: [] };
		// the spec names countries in the page's language, for the labels' sizes
		const names = (code: string) => countryName(code, 'fr');
		expect(map.layout(prepared, state, undefined, 'fr')).toEqual(
			mapView(prepared, state, undefined, 0, names)
		);
		const size = { width: 390, height: 700 };
		expect(map.layout(prepared, state, size, 'fr')).toEqual(
			mapView(prepared, state, size, 0, names)
		);
		expect(map.layout(prepared, state, size, 'fr')).not.toEqual(
			mapView(prepared, state, undefined, 0, names)
		);
	});
});

/**
 * The map's entry in the registry: what a page ships for the steps'
 * annotations (a frame and an anchor for an annotated country without
 * rows), and their labels typeset like the step's text.
 */
describe("annotations in the registry's entry", () => {
	const FILE = 'tests/fixtures/copy/datacenters.csv';
	const { rows } = parseDatacentres(readFileSync(FILE), FILE);

	const noted: MapState = {
		focus: 'world',
		highlight: 'none',
		annotations: [
			{ country: 'IN', label: 'Régulateur : achats interdits (selon la presse)' },
			{ country: 'JP', label: 'the group\'s "home"' }
		]
	};

	describe('map.prepare', () => {
		it('frames an annotated country without rows and gives it an anchor inside its box', () => {
			const layout = map.prepare(rows, [noted], 'fr');
			const india = layout.frames.find((f) => f.code === 'IN');
			expect(india).toBeDefined();
			const [[x0, y0], [x1, y1]] = india!.bbox;
			expect(india!.anchor.x).toBeGreaterThan(x0);
			expect(india!.anchor.x).toBeLessThan(x1);
			expect(india!.anchor.y).toBeGreaterThan(y0);
			expect(india!.anchor.y).toBeLessThan(y1);
			// Japan has a row: it is a country of the layout, not a frame
			expect(layout.frames.map((f) => f.code)).toEqual(['IN']);
		});
	});

	describe('map.typesetState', () => {
		it('typesets annotation labels for the page’s language, and nothing else', () => {
			const fr = map.typesetState!(noted, (text) => typeset(text, 'fr'));
			expect(fr.annotations[0]?.label).toBe('Régulateur\u00a0: achats interdits (selon la presse)');
			const en = map.typesetState!(noted, (text) => typeset(text, 'en'));
			expect(en.annotations[1]?.label).toBe('the group’s “home”');
			expect({ ...en, annotations: [] }).toEqual({ ...noted, annotations: [] });
		});
	});

	describe('map.hooks', () => {
		it('carries the annotated countries for the browser tests', () => {
			expect(map.hooks(noted)).toEqual({
				'data-focus': 'world',
				'data-highlight': 'none',
				'data-annotations': 'IN,JP'
			});
		});
	});
});
