/** ISO 3166-1 codes, and which of them the map can draw. */
import { describe, expect, it } from 'vitest';
import { ALPHA2_CODES, alpha2ToNumeric, isAlpha2, isOnMap, MAP_CODES } from '$lib/data/countries';

describe('countries', () => {
	it('knows the countries of the story are on the map', () => {
		for (const code of ['US', 'AU', 'BR', 'NL', 'FR']) expect(isOnMap(code)).toBe(true);
	});
	it('rejects codes that are not ISO 3166-1 alpha-2 or have no shape', () => {
		expect(isOnMap('XX')).toBe(false);
		expect(isOnMap('fr')).toBe(false);
	});
	it.each([
		['NL', '528'],
		['FR', '250'],
		['US', '840'],
		['nl', undefined],
		['NLD', undefined],
		['', undefined]
	])('gives %j the atlas id %j', (code, numeric) => {
		expect(alpha2ToNumeric(code)).toBe(numeric);
	});
	it.each([
		['an ISO code the atlas draws as part of France', 'GF', true, false],
		['an ISO code too small for the 1:50m atlas', 'TV', true, false],
		['a code ISO does not assign', 'XX', false, false],
		['a lower-case code', 'de', false, false],
		['a country the map draws', 'SG', true, true]
	])('%s: %s', (_name, code, alpha2, onMap) => {
		expect(isAlpha2(code)).toBe(alpha2);
		expect(isOnMap(code)).toBe(onMap);
	});
	it('lists every code once, sorted, and the map’s codes among them', () => {
		expect(ALPHA2_CODES.length).toBeGreaterThanOrEqual(249);
		expect([...ALPHA2_CODES].sort()).toEqual(ALPHA2_CODES);
		expect(new Set(ALPHA2_CODES).size).toBe(ALPHA2_CODES.length);
		expect(MAP_CODES.every((code) => isAlpha2(code) && isOnMap(code))).toBe(true);
		expect(MAP_CODES).toEqual(ALPHA2_CODES.filter(isOnMap));
	});
});
