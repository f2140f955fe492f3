/** Nearest valid country codes for a wrong one, by case, alias, name, alpha-3 or one edit. */
import { describe, expect, it } from 'vitest';
import { suggestCountries } from '$lib/data/suggest';
import { MAP_CODES } from '$lib/data/countries';

describe('suggestCountries', () => {
	const CASES: [string, string[]][] = [
		['fr', ['FR']],
		[' FRA ', ['FR']],
		['France', ['FR']],
		['Pays-Bas', ['NL']],
		['États-Unis', ['US']],
		['brésil', ['BR']],
		['UK', ['GB']],
		['FX', ['FI', 'FJ', 'FK', 'FM', 'FO', 'FR']],
		['', []],
		['12', []],
		['Atlantis', []],
		['EL', ['GR']],
		['el', ['GR']],
		['Allemagne', ['DE']],
		['germany', ['DE']],
		['DEU', ['DE']],
		['XX', ['AX', 'MX', 'SX']],
		// French Guiana is an ISO code the map draws as part of France: its neighbours are offered, six at most
		['GF', ['GA', 'GB', 'GD', 'GE', 'GG', 'GH']]
	];
	it.each(CASES)('%j → %j', (input, expected) => {
		expect(suggestCountries(input)).toEqual(expected);
	});

	it('suggests only codes the map can draw', () => {
		for (const input of ['GF', 'XX', 'FX', 'Guyane', 'France', 'UK', 'QQ']) {
			for (const code of suggestCountries(input)) expect(MAP_CODES).toContain(code);
		}
	});
});
