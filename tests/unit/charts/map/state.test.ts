/** What the map shows by default, the highlights a step may ask for, and the attributes tests read its state by. */
import { describe, expect, it } from 'vitest';
import { MAP_HIGHLIGHTS, mapDefaults, mapHooks, WORLD, type MapState } from '$lib/charts/map/state';

describe('mapDefaults', () => {
	it('shows the whole world with every site', () => {
		expect(mapDefaults()).toEqual({ focus: WORLD, highlight: 'all' });
		expect(WORLD).toBe('world');
	});
	it('gives a new object each time, so no caller shares another’s state', () => {
		expect(mapDefaults()).not.toBe(mapDefaults());
	});
});

describe('MAP_HIGHLIGHTS', () => {
	it('lists every highlight once, all first', () => {
		expect(MAP_HIGHLIGHTS).toEqual(['all', 'existing', 'planned', 'none']);
	});
});

describe('mapHooks', () => {
	it.each<[MapState, Record<string, string>]>([
		[
			{ focus: 'world', highlight: 'all' },
			{ 'data-focus': 'world', 'data-highlight': 'all' }
		],
		[
			{ focus: 'CN', highlight: 'planned' },
			{ 'data-focus': 'CN', 'data-highlight': 'planned' }
		],
		[
			{ focus: 'NL', highlight: 'none' },
			{ 'data-focus': 'NL', 'data-highlight': 'none' }
		]
	])('writes %j as its hooks', (state, expected) => {
		expect(mapHooks(state)).toEqual(expected);
	});
});
