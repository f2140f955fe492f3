/**
 * Nearest valid country codes for a wrong one: `fr` → FR, `FRA` → FR,
 * `France` or `Pays-Bas` → FR, NL, `UK` → GB, `FX` → FR, FI, FJ… Only codes
 * the map can draw are suggested.
 */
import iso from 'iso-3166-1';
import { MAP_CODES } from './countries.ts';

/**
 * Codes people write that ISO 3166-1 reserves for something else or not at
 * all: the United Kingdom's own abbreviation, and the EU's code for Greece.
 */
const COMMON_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** Suggestions shown at most: enough for all same-first-letter neighbours of a typo (FX: FI FJ FK FM FO FR), few enough to read. */
const MAX_SUGGESTIONS = 6;

/** Lower case, accents and punctuation removed: `Pays-Bas` and `pays bas` match. */
function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

let namesIndex: Map<string, string> | undefined;

/** Country names in French and English (from the runtime's ICU data) and alpha-3 codes, to alpha-2. */
function names(): Map<string, string> {
	if (namesIndex) return namesIndex;
	const index = new Map<string, string>();
	const displays = ['fr', 'en'].map(
		(locale) => new Intl.DisplayNames([locale], { type: 'region' })
	);
	for (const country of iso.all()) {
		index.set(nameKey(country.country), country.alpha2);
		index.set(nameKey(country.alpha3), country.alpha2);
		for (const display of displays) {
			const name = display.of(country.alpha2);
			if (name !== undefined && name !== country.alpha2) index.set(nameKey(name), country.alpha2);
		}
	}
	namesIndex = index;
	return index;
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j] ?? 0;
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
			diagonal = above;
		}
	}
	return row[b.length] ?? 0;
}

/**
 * Codes to suggest for `input`, best first: an exact match by case, alias,
 * name or alpha-3, then map codes one edit away (same first letter first, as
 * a typo more often hits the second key).
 */
export function suggestCountries(input: string): string[] {
	const upper = input.trim().toUpperCase();
	const mapCodes = new Set(MAP_CODES);
	const exact = [upper, COMMON_ALIASES[upper], names().get(nameKey(input))].filter(
		(code): code is string => code !== undefined && mapCodes.has(code)
	);
	if (exact.length > 0) return [...new Set(exact)];
	if (upper.length > 3) return [];
	const close = MAP_CODES.filter((code) => editDistance(upper, code) === 1).sort(
		(a, b) => Number(b[0] === upper[0]) - Number(a[0] === upper[0]) || (a < b ? -1 : 1)
	);
	return close.slice(0, MAX_SUGGESTIONS);
}
