/** A map step's `focus` (world, or any country on the atlas) and `highlight`, each located when wrong, with suggestions. */
import { describe, expect, it } from 'vitest';
import { MAP_KEYS, readMapState } from '$lib/charts/map/copy';
import type { DataCentre } from '$lib/charts/map/row';
import type { MapState } from '$lib/charts/map/state';
import type { CopyKey } from '$lib/charts/spec';
import type { Problem } from '$lib/types';
import { lines } from '../../support/bytes';
import { tr } from '../../support/rows';

const FILE = 'data/story.fr.aml';
const ROWS: DataCentre[] = [
	{
		id: 'fr',
		country: 'FR',
		status: 'planned',
		precision: 'country',
		lat: 46.6,
		lon: 2.4,
		source: tr('x')
	}
];

function focus(value: string): CopyKey {
	return { key: 'focus', value, line: 6, column: 8 };
}
function highlight(value: string): CopyKey {
	return { key: 'highlight', value, line: 7, column: 12 };
}

function read(keys: CopyKey[], rows: DataCentre[] | undefined) {
	const problems: Problem[] = [];
	const state = readMapState(keys, { file: FILE, rows, problems });
	return { state, problems: lines(problems) };
}

describe('readMapState', () => {
	it('takes focus and highlight', () => {
		expect(MAP_KEYS).toEqual(['focus', 'highlight']);
	});

	it.each<[string, CopyKey[], MapState]>([
		[
			'the world with every site when the step names nothing',
			[],
			{ focus: 'world', highlight: 'all' }
		],
		[
			'the world for empty values',
			[focus(''), highlight('')],
			{ focus: 'world', highlight: 'all' }
		],
		['the world in any case', [focus('World')], { focus: 'world', highlight: 'all' }],
		['a country with data centres', [focus('FR')], { focus: 'FR', highlight: 'all' }],
		['a country without data centres', [focus('CN')], { focus: 'CN', highlight: 'all' }],
		['a highlight in any case', [highlight('Planned')], { focus: 'world', highlight: 'planned' }],
		['both keys', [highlight('none'), focus('US')], { focus: 'US', highlight: 'none' }]
	])('shows %s', (_name, keys, expected) => {
		expect(read(keys, ROWS)).toEqual({ state: expected, problems: [] });
		// the map's keys do not depend on its data: the same with datacenters.csv invalid
		expect(read(keys, undefined)).toEqual({ state: expected, problems: [] });
	});

	it.each<[string, CopyKey, string]>([
		[
			'a country name, suggesting its code',
			focus('France'),
			`${FILE}:6:8: focus: "France" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean FR?)`
		],
		[
			'a code in lower case',
			focus('cn'),
			`${FILE}:6:8: focus: "cn" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean CN?)`
		],
		[
			'a code ISO does not assign, suggesting codes one letter away',
			focus('XX'),
			`${FILE}:6:8: focus: "XX" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean AX, MX or SX?)`
		],
		[
			'a code the map draws as part of another country',
			focus('GF'),
			`${FILE}:6:8: focus: "GF" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean GA, GB, GD, GE, GG or GH?)`
		],
		[
			'a text that suggests nothing',
			focus('Atlantis'),
			`${FILE}:6:8: focus: "Atlantis" is not a country on the map (expected world, or a country code in capitals, e.g. FR)`
		],
		[
			'an unknown highlight',
			highlight('some'),
			`${FILE}:7:12: highlight: "some" is not an allowed value (expected all, existing, planned or none)`
		]
	])('reports %s', (_name, key, expected) => {
		expect(read([key], ROWS)).toEqual({ state: undefined, problems: [expected] });
	});
});
