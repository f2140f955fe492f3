import { describe, expect, it } from 'vitest';
import { isOnMap } from '$lib/data/countries';

describe('countries', () => {
	it('knows the countries of the story are on the map', () => {
		for (const code of ['US', 'AU', 'BR', 'NL', 'FR']) expect(isOnMap(code)).toBe(true);
	});
	it('rejects codes that are not ISO 3166-1 alpha-2 or have no shape', () => {
		expect(isOnMap('XX')).toBe(false);
		expect(isOnMap('fr')).toBe(false);
	});
});
