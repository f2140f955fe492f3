/**
 * ISO 3166-1 country codes, and which of them the map can draw.
 * Build-time only: it reads the `iso-3166-1` table and world-atlas ids, so it
 * must not be imported by components (it would ship both to the browser).
 */
import iso from 'iso-3166-1';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

interface AtlasGeometry {
	id?: string;
}

/** world-atlas ids are ISO 3166-1 numeric codes as strings, e.g. "528"; a few features have none */
const atlasIds = new Set(
	(world.objects.countries.geometries as AtlasGeometry[])
		.map((geometry) => geometry.id)
		.filter((id): id is string => typeof id === 'string')
);

/** Every ISO 3166-1 alpha-2 code, upper case, sorted. */
export const ALPHA2_CODES: readonly string[] = iso
	.all()
	.map((country) => country.alpha2)
	.sort();

const alpha2Set = new Set(ALPHA2_CODES);

export function isAlpha2(code: string): boolean {
	return alpha2Set.has(code);
}

/** The ISO numeric code (world-atlas feature id) for an alpha-2 code, or undefined. */
export function alpha2ToNumeric(code: string): string | undefined {
	// the table's own look-up ignores case; codes in our files must be upper case
	return isAlpha2(code) ? iso.whereAlpha2(code)?.numeric : undefined;
}

/** Whether the map's geography has a shape for this alpha-2 country. */
export function isOnMap(code: string): boolean {
	const numeric = alpha2ToNumeric(code);
	return numeric !== undefined && atlasIds.has(numeric);
}

/** Alpha-2 codes the map can draw, sorted. */
export const MAP_CODES: readonly string[] = ALPHA2_CODES.filter(isOnMap);
