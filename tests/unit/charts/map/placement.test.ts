/**
 * Whether a point falls in the country it claims, on the shapes the map
 * draws: inside, near the coast, swapped, or outside; and the fast ray cast
 * agrees with d3-geo's spherical test.
 */
import { geoBounds, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryFeature, NEAR_KM, placePoint, type Placement } from '$lib/charts/map/placement';

describe('placePoint', () => {
	const CASES: [string, number, number, Placement][] = [
		['US', 39.8, -98.6, 'inside'],
		['FR', 46.6, 2.4, 'inside'],
		['FR', 43.3, 5.33, 'near'],
		['FR', 2.4, 46.6, 'swapped'],
		['NL', 40, 5.5, 'outside'],
		['AU', -25.3, 133.8, 'inside'],
		['FJ', -17.7, 178.1, 'inside'],
		['RU', 67.1, 139.1, 'inside'],
		['RU', 65.5, -175, 'inside'],
		['GF', 4, -53, 'inside'],
		['AQ', -80, 0, 'inside'],
		['AQ', -50, 0, 'outside'],
		['US', 64, -150, 'inside'],
		['US', 21.3, -157.8, 'inside'],
		['XX', 0, 0, 'inside']
	];
	it.each(CASES)('%s (%d, %d) is %s', (code, lat, lon, expected) => {
		expect(placePoint(code, lat, lon)).toBe(expected);
	});

	/** points per side of the grid laid over each country's bounding box: 144 exact tests each, about a second in all */
	const GRID = 12;
	/** the grid reaches this far beyond the box, so that points outside are tested too */
	const MARGIN_DEGREES = 2;
	/** 1,296 spherical tests: about a second alone, several while the other test files run beside it on two cores */
	const GRID_TIMEOUT_MS = 30_000;
	it('agrees with d3-geo geoContains away from coasts', { timeout: GRID_TIMEOUT_MS }, () => {
		for (const code of ['US', 'FR', 'RU', 'ID', 'FJ', 'CA', 'NZ', 'CN', 'BR']) {
			const shape = countryFeature(code);
			if (!shape) throw new Error(`no shape for ${code}`);
			const [[west, south], [east, north]] = geoBounds(shape);
			// a box crossing the antimeridian has west > east: walk east past 180 and wrap
			const width = (east < west ? east + 360 : east) - west + 2 * MARGIN_DEGREES;
			const height = Math.min(north + MARGIN_DEGREES, 89) - Math.max(south - MARGIN_DEGREES, -89);
			for (let i = 0; i < GRID; i++) {
				for (let j = 0; j < GRID; j++) {
					const lat = Math.max(south - MARGIN_DEGREES, -89) + (height * (i + 0.5)) / GRID;
					const lon = ((west - MARGIN_DEGREES + (width * (j + 0.5)) / GRID + 540) % 360) - 180;
					const placement = placePoint(code, lat, lon);
					if (placement === 'near') continue;
					expect(placement === 'inside', `${code} ${lat},${lon}`).toBe(
						geoContains(shape, [lon, lat])
					);
				}
			}
		}
	});
});

describe('the coast', () => {
	/**
	 * The Landes coast runs north–south near 1.33° W at 44° N, where 0.1° of
	 * longitude is 8 km: walking west from inland, a point stays "near" for
	 * NEAR_KM (0.37°), then is outside.
	 */
	it.each([
		[-1.3, 'inside'],
		[-1.4, 'near'],
		[-1.5, 'near'],
		[-1.7, 'near'],
		[-1.8, 'outside'],
		[-2.2, 'outside']
	] as const)('lon %d at 44° N is %s for France', (lon, expected) => {
		expect(placePoint('FR', 44, lon)).toBe(expected);
	});

	it('counts NEAR_KM as 30 km, the 1:50m coastline’s slack', () => {
		expect(NEAR_KM).toBe(30);
	});
});
