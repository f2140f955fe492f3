/**
 * Does a point fall in the country it claims? Uses the same Natural Earth
 * 1:50m shapes the map draws (world-atlas), so "inside" means inside on the map.
 */
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { alpha2ToNumeric } from '../../data/countries.ts';
import { crossesRay } from './rings.ts';

export type Placement = 'inside' | 'near' | 'swapped' | 'outside';

/**
 * How far outside its shape a point may sit and still count as in the
 * country: the 1:50m coastline is simplified by a few kilometres, and a
 * data centre on a harbour or an islet can fall just off it. 30 km covers
 * that without accepting a point in the neighbouring country's interior.
 */
export const NEAR_KM = 30;
const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

/**
 * Height of the latitude bands edges are filed under. d3-geo's `geoContains`
 * costs about 1 ms per point on the United States' 1:50m shape (10 s for a
 * 10,000-row file); a ray cast over only the edges crossing the point's band
 * gives the same answer (edges are a few km long, so planar and spherical
 * edges coincide; rings that jump the antimeridian are unwrapped first) in
 * microseconds; a unit test compares both. Half a degree keeps each band to
 * a few hundred edges.
 */
const BAND_DEGREES = 0.5;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;

type Edge = [lon0: number, lat0: number, lon1: number, lat1: number];

/** An edge longer than this in longitude wraps around the antimeridian. */
const HALF_WORLD_DEGREES = 180;

interface Shape {
	feature: Feature<Geometry>;
	/** some ring goes round the pole (Antarctica): it is no polygon in the plane, so `geoContains` decides */
	wraps: boolean;
	/** the southernmost latitude: band 0 starts there */
	south: number;
	north: number;
	/** edges filed by the latitude bands they span */
	bands: Edge[][];
	/** every vertex, for the distance of points just outside */
	vertices: Position[];
}

const shapes = new Map<string, Shape | null>();

function rings(geometry: Geometry): Position[][] {
	switch (geometry.type) {
		case 'Polygon':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		default:
			return [];
	}
}

/**
 * A ring with its longitudes made continuous: where it jumps the
 * antimeridian (Russia's far east, from 180 to -180), the rest of the ring
 * moves by 360°, so Chukotka sits at 180–190 and the ring closes in the
 * plane. Undefined for a ring that goes round the pole (Antarctica): it
 * cannot close in the plane.
 */
function unwrapRing(ring: Position[]): [number, number][] | undefined {
	const out: [number, number][] = [];
	let shift = 0;
	let previous: number | undefined;
	for (const [lon = 0, lat = 0] of ring) {
		if (previous !== undefined) {
			if (lon - previous > HALF_WORLD_DEGREES) shift -= 360;
			else if (previous - lon > HALF_WORLD_DEGREES) shift += 360;
		}
		previous = lon;
		out.push([lon + shift, lat]);
	}
	return shift === 0 ? out : undefined;
}

function buildShape(country: Feature<Geometry>): Shape {
	const all = rings(country.geometry);
	const vertices = all.flat();
	const lats = vertices.map((vertex) => vertex[1] ?? 0);
	const south = Math.min(...lats);
	const north = Math.max(...lats);
	const bands: Edge[][] = Array.from(
		{ length: Math.floor((north - south) / BAND_DEGREES) + 1 },
		() => []
	);
	let wraps = false;
	for (const ring of all) {
		const planar = unwrapRing(ring);
		if (!planar) {
			wraps = true;
			continue;
		}
		for (let i = 1; i < planar.length; i++) {
			const [lon0, lat0] = planar[i - 1] ?? [0, 0];
			const [lon1, lat1] = planar[i] ?? [0, 0];
			const first = Math.floor((Math.min(lat0, lat1) - south) / BAND_DEGREES);
			const last = Math.floor((Math.max(lat0, lat1) - south) / BAND_DEGREES);
			for (let band = first; band <= last; band++) bands[band]?.push([lon0, lat0, lon1, lat1]);
		}
	}
	return { feature: country, wraps, south, north, bands, vertices };
}

function shapeOf(alpha2: string): Shape | null {
	const cached = shapes.get(alpha2);
	if (cached !== undefined) return cached;
	const numeric = alpha2ToNumeric(alpha2);
	const geometry = topology.objects.countries.geometries.find((g) => g.id === numeric);
	const shape =
		numeric !== undefined && geometry
			? buildShape(feature(topology, geometry) as Feature<Geometry>)
			: null;
	shapes.set(alpha2, shape);
	return shape;
}

/** Even-odd ray cast towards the east over the edges of the point's band: holes and islands count right. */
function castRay(shape: Shape, lon: number, lat: number): boolean {
	let inside = false;
	for (const [lon0, lat0, lon1, lat1] of shape.bands[
		Math.floor((lat - shape.south) / BAND_DEGREES)
	] ?? []) {
		if (crossesRay(lon0, lat0, lon1, lat1, lon, lat)) inside = !inside;
	}
	return inside;
}

function contains(shape: Shape, lon: number, lat: number): boolean {
	if (shape.wraps) return geoContains(shape.feature, [lon, lat]);
	if (lat < shape.south || lat > shape.north) return false;
	// unwrapped rings may reach past ±180: test the point's copies there too
	return (
		castRay(shape, lon, lat) || castRay(shape, lon + 360, lat) || castRay(shape, lon - 360, lat)
	);
}

function isNear(shape: Shape, lon: number, lat: number): boolean {
	const limit = NEAR_KM / EARTH_RADIUS_KM;
	const latMargin = NEAR_KM / KM_PER_DEGREE_LAT;
	return shape.vertices.some(
		([vlon = 0, vlat = 0]) =>
			Math.abs(vlat - lat) <= latMargin && geoDistance([vlon, vlat], [lon, lat]) <= limit
	);
}

/**
 * Where (lat, lon) sits relative to `alpha2`'s shape: inside, near its edge,
 * outside but inside once lat and lon are swapped, or outside. A country the
 * map has no shape for counts as inside: its code is checked elsewhere.
 */
export function placePoint(alpha2: string, lat: number, lon: number): Placement {
	const shape = shapeOf(alpha2);
	if (!shape) return 'inside';
	if (contains(shape, lon, lat)) return 'inside';
	if (isNear(shape, lon, lat)) return 'near';
	if (Math.abs(lon) <= 90 && contains(shape, lat, lon)) return 'swapped';
	return 'outside';
}

/** The country's feature, for tests that compare with d3-geo's `geoContains`. */
export function countryFeature(alpha2: string): Feature<Geometry> | undefined {
	const numeric = alpha2ToNumeric(alpha2);
	const geometry = topology.objects.countries.geometries.find((g) => g.id === numeric);
	return geometry ? (feature(topology, geometry) as Feature<Geometry>) : undefined;
}
