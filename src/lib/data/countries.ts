/**
 * ISO 3166-1 country codes, and which of them the map can draw.
 * It reads the `iso-3166-1` table and world-atlas ids: build-time code, and
 * the preview page's worker's, never a component's (it would ship both to
 * every reader).
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

/**
 * Alpha-2 to numeric, once: the table's own look-up walks every country and
 * ignores case (codes in our files must be upper case), and the checker asks
 * twice for every row of a file.
 */
const numericByAlpha2 = new Map(iso.all().map((country) => [country.alpha2, country.numeric]));

export function isAlpha2(code: string): boolean {
	return numericByAlpha2.has(code);
}

/** The ISO numeric code (world-atlas feature id) for an alpha-2 code, or undefined. */
export function alpha2ToNumeric(code: string): string | undefined {
	return numericByAlpha2.get(code);
}

/** Whether the map's geography has a shape for this alpha-2 country. */
export function isOnMap(code: string): boolean {
	const numeric = alpha2ToNumeric(code);
	return numeric !== undefined && atlasIds.has(numeric);
}

/** Alpha-2 codes the map can draw, sorted. */
export const MAP_CODES: readonly string[] = ALPHA2_CODES.filter(isOnMap);
