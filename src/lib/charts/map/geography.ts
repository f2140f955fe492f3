/**
 * The map's geography, computed at build time: the world base map as an SVG
 * document (served once, as a file, by src/routes/geo/world.svg) and the small
 * per-story layout (highlight shapes, marker positions) sent as page data.
 *
 * Build-time only: it reads world-atlas's 50m countries (750 KB of JSON).
 * Components import types from here, never values; the zoom maths they need
 * lives in map-layout.ts.
 *
 * Why the base map is a file and not page data: SvelteKit serialises `load`
 * data into the HTML for hydration and a component's literal markup is also in
 * its JS, so ~40 KB of world paths would ship two or three times. As an SVG
 * file it is downloaded once, cached across pages and embeds, and shows
 * before any JavaScript runs.
 *
 * Why `<use href="world.svg#world">` and not `<image href="world.svg">`: both
 * stay crisp when zoomed in Chromium (checked on screenshots at 40x), but an
 * `<image>` is a separate document scaled as a whole, so its 0.5-unit borders
 * grew to 20 units (16 px) wide at 40x. Content drawn through `<use>` belongs
 * to the page: `vector-effect="non-scaling-stroke"` keeps borders one pixel
 * wide at any zoom, and the land and border colours inherit from the page's
 * CSS variables. (Like `<image>`, it needs the page served over http(s), not
 * opened from a file.)
 */
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { feature, merge, mesh } from 'topojson-client';
import {
	filter,
	filterAttachedWeight,
	planarRingArea,
	presimplify,
	quantile,
	simplify
} from 'topojson-simplify';
import {
	geoEqualEarth,
	geoPath,
	geoStream,
	type GeoPath,
	type GeoProjection,
	type GeoStream
} from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { alpha2ToNumeric } from '../../data/countries.ts';
import { MAP_STATUSES, type DataCentre } from './row.ts';
import {
	WORLD_ID,
	type Bounds,
	type LabelSide,
	type MapCountry,
	type MapFrame,
	type MapLayout,
	type MapMarker
} from './layout.ts';
import { relativePath } from './path.ts';
import { unique } from '../shared/sources.ts';
import { inLang } from '../../text/translated.ts';
import type { Lang } from '../../i18n/languages.ts';
import { ringContains } from './rings.ts';

export type { Bounds, LabelSide, MapCountry, MapLayout, MapMarker } from './layout.ts';

/** viewBox width; the height follows from the projection. 960 is the customary width of a web map, and any width scales. */
export const MAP_WIDTH = 960;

/**
 * Share of the 50m atlas's points kept by the simplification. Chosen so that
 * the whole world stays under its 40 KB (gzip) budget while the Netherlands
 * keeps its coastline, the IJsselmeer's dyke and Zeeland's islands.
 */
export const SIMPLIFY_KEEP = 0.3;

/**
 * Islands smaller than this (planar area, square degrees; 0.2 is about 40 x
 * 55 km at 50° N) are dropped unless they share a border or are their
 * country's largest: invisible at world scale, they cost a tenth of the
 * budget. Mallorca, Corsica and Tasmania stay; the Wadden islands go;
 * Singapore and Malta stay, as their countries' main islands.
 */
export const MIN_ISLAND_AREA = 0.2;

/** Decimals in path coordinates: 0.1 viewBox unit is under a tenth of a pixel at world scale. */
export const PATH_DIGITS = 1;

/**
 * The map's northern edge: the viewBox starts at this latitude, so the
 * world view spends no height on the Arctic (the north of Greenland and of
 * Canada's islands, Svalbard), which no story of data centres needs; the
 * component clips its world views to the viewBox (Chart.svelte). Land
 * further north stays in world.svg, for a close-up on a country that
 * reaches it.
 */
export const NORTH_EDGE_LAT = 72;

/** ISO numeric code of Antarctica, dropped: no data centre there, and it would take a fifth of the map's height. */
const ANTARCTICA = '010';

/**
 * A part of a country joins its main landmass in the focus and highlight when
 * it lies within this distance of it (measured between vertices): Corsica
 * (170 km from France), Tasmania (240 km), the Balearics, Hokkaido join;
 * Alaska and its islands (800 km from Washington state), Hawaii, the Canaries
 * and French Guiana do not. A share of the country's size would not do:
 * Corsica is farther from France, relative to France, than Alaska's islands
 * are from the United States.
 */
export const NEARBY_PART_KM = 300;

/** Kilometres in a degree of longitude at the equator, to turn NEARBY_PART_KM into viewBox units. */
const KM_PER_DEGREE = 111.32;

/** Markers closer than this (viewBox units, at world scale) put their labels above and below each other instead of side by side. */
export const LABEL_CROWD_UNITS = 40;

/** Past this share of the map's width, a label goes left of its marker so it does not run off the right edge. */
export const LABEL_LEFT_FROM = 0.75;

/**
 * Colours written on world.svg's root, for the file opened on its own: drawn
 * through `<use>`, the map takes the page's `--land`, `--land-stroke` and
 * `--sea` instead. They equal those tokens' light values in
 * src/lib/styles/tokens.css (a unit test checks it), so the file looks like
 * the page's map in its light theme.
 */
export const BASE_MAP_COLOURS = { land: '#e4e1da', border: '#ffffff', sea: '#f1f4f6' } as const;

interface CountryProperties {
	name: string;
}

type CountryGeometry = GeometryObject<CountryProperties>;
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

interface Atlas {
	topology: CountriesTopology;
	countries: CountryGeometry[];
	projection: GeoProjection;
	path: GeoPath;
	height: number;
}

let atlasCache: Atlas | undefined;

/**
 * Each country's largest exterior ring (planar area), keyed by its arcs:
 * kept whatever its size, so a country made only of small islands
 * (Singapore, Malta, Bahrain) is still drawn, highlighted and framed.
 */
function largestExteriorRings(topology: CountriesTopology): Set<string> {
	const keys = new Set<string>();
	for (const geometry of topology.objects.countries.geometries) {
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.arcs]
				: geometry.type === 'MultiPolygon'
					? geometry.arcs
					: [];
		let largest: { key: string; area: number } | undefined;
		for (const [exterior] of polygons) {
			if (!exterior) continue;
			const ring =
				feature(topology, { type: 'Polygon', arcs: [exterior] }).geometry.coordinates[0] ?? [];
			const area = planarRingArea(ring as [number, number][]);
			if (!largest || area > largest.area) largest = { key: exterior.join(','), area };
		}
		if (largest) keys.add(largest.key);
	}
	return keys;
}

/** The simplified atlas and its projection, built once per process (the build calls this for every page). */
function atlas(): Atlas {
	if (atlasCache) return atlasCache;
	// structuredClone: presimplify writes weights into the arcs of the topology it is given
	const source = structuredClone(world) as unknown as CountriesTopology;
	// world-atlas also ships a `land` object sharing every arc: left in, it makes every island look "attached" to a border
	delete (source.objects as Record<string, unknown>).land;
	source.objects.countries.geometries = source.objects.countries.geometries.filter(
		(g) => g.id !== ANTARCTICA
	);
	const weighted = presimplify(source);
	// the filter keeps every ring that shares an arc with another, so borders stay shared
	const attachedOrLarge = filterAttachedWeight(weighted, MIN_ISLAND_AREA, planarRingArea);
	const mainRings = largestExteriorRings(weighted);
	const filtered = filter(
		weighted,
		(ring, interior) =>
			attachedOrLarge(ring, interior) || (!interior && mainRings.has(ring.join(',')))
	) as CountriesTopology;
	const topology = simplify(filtered, quantile(filtered, SIMPLIFY_KEEP));
	const countries = topology.objects.countries.geometries.filter((g) => g.type !== null);
	const land = merge(topology, countries as Parameters<typeof merge>[1]);
	const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
	// Equal Earth draws parallels as straight lines: moving the northern edge's parallel to y = 0 crops the Arctic
	const [tx, ty] = projection.translate();
	const [, north] = projection([0, NORTH_EDGE_LAT]) ?? [0, 0];
	projection.translate([tx, ty - north]);
	const path = geoPath(projection).digits(PATH_DIGITS);
	const height = Math.ceil(path.bounds(land)[1][1]);
	atlasCache = { topology, countries, projection, path, height };
	return atlasCache;
}

/** The projection used by the map, fitted to the viewBox. Exposed for tests and for anyone placing extra marks. */
export function mapProjection(): GeoProjection {
	return atlas().projection;
}

/** The viewBox size of the map and of world.svg. */
export function mapSize(): { width: number; height: number } {
	return { width: MAP_WIDTH, height: atlas().height };
}

/**
 * The complete base map: land as one shape and inner borders as one line,
 * each arc drawn once (smaller than one path per country, and shared borders
 * cannot drift apart). The sea is left transparent: the chart paints it.
 *
 * The group sets no colours, so a `<use>` of it takes the page's (`fill` and
 * `stroke` inherit from the `<use>` element); the root's colours are only for
 * the file opened on its own. Borders keep one width at any zoom.
 */
export function worldSvg(): string {
	const { topology, countries, path, height } = atlas();
	const land = path(merge(topology, countries as Parameters<typeof merge>[1])) ?? '';
	const collection: GeometryCollection<CountryProperties> = {
		type: 'GeometryCollection',
		geometries: countries
	};
	const borders = path(mesh(topology, collection, (a, b) => a !== b)) ?? '';
	// the globe's outline, filled as sea, so the map reads as a map and not as a box of blue;
	// its colour comes from the page's --sea token, which inherits through <use>
	const sphere = path({ type: 'Sphere' }) ?? '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}" width="${MAP_WIDTH}" height="${height}" fill="${BASE_MAP_COLOURS.land}" stroke="${BASE_MAP_COLOURS.border}" stroke-width="0.5">`,
		`<g id="${WORLD_ID}">`,
		`<path stroke="none" style="fill:var(--sea,${BASE_MAP_COLOURS.sea})" d="${relativePath(sphere, PATH_DIGITS)}"/>`,
		`<path stroke="none" d="${relativePath(land, PATH_DIGITS)}"/>`,
		`<path fill="none" stroke-linejoin="round" vector-effect="non-scaling-stroke" d="${relativePath(borders, PATH_DIGITS)}"/>`,
		'</g>',
		'</svg>',
		''
	].join('\n');
}

/** A ring of a country as drawn: projected, clipped at the antimeridian, in viewBox units. */
interface ProjectedRing {
	points: [number, number][];
	/** shoelace area, signed: exteriors and holes have opposite signs */
	area: number;
	bounds: Bounds;
}

/**
 * A country's rings as the map draws them. Clipping happens here, so a
 * landmass cut by the antimeridian (Russia's mainland and Chukotka) comes out
 * as separate pieces, each with its own bounds, rather than one box spanning
 * the whole map.
 */
function projectedRings(
	country: Feature<Polygon | MultiPolygon>,
	projection: GeoProjection
): ProjectedRing[] {
	const rings: ProjectedRing[] = [];
	let points: [number, number][] = [];
	const sink: GeoStream = {
		point: (x, y) => void points.push([x, y]),
		lineStart: () => void (points = []),
		lineEnd: () => {
			if (points.length < 3) return;
			let area = 0;
			points.forEach(([x0, y0], i) => {
				const [x1, y1] = points[(i + 1) % points.length]!;
				area += x0 * y1 - x1 * y0;
			});
			const xs = points.map((p) => p[0]);
			const ys = points.map((p) => p[1]);
			rings.push({
				points,
				area: area / 2,
				bounds: [
					[Math.min(...xs), Math.min(...ys)],
					[Math.max(...xs), Math.max(...ys)]
				]
			});
		},
		polygonStart: () => undefined,
		polygonEnd: () => undefined,
		sphere: () => undefined
	};
	geoStream(country, projection.stream(sink));
	return rings;
}

/** A landmass as drawn: one exterior ring and the holes inside it (Lesotho in South Africa). */
interface Part {
	exterior: ProjectedRing;
	holes: ProjectedRing[];
}

function partsOf(rings: ProjectedRing[]): Part[] {
	const largest = rings.reduce<ProjectedRing | undefined>(
		(a, b) => (a && Math.abs(a.area) >= Math.abs(b.area) ? a : b),
		undefined
	);
	if (!largest) return [];
	// the largest ring is an exterior; every ring wound the same way is one too
	const exteriorSign = Math.sign(largest.area);
	const parts: Part[] = rings
		.filter((r) => Math.sign(r.area) === exteriorSign)
		.map((exterior) => ({ exterior, holes: [] }));
	for (const hole of rings.filter((r) => Math.sign(r.area) !== exteriorSign)) {
		const owner = parts
			.filter(
				(p) =>
					p.exterior.bounds[0][0] <= hole.bounds[0][0] &&
					p.exterior.bounds[1][0] >= hole.bounds[1][0]
			)
			.filter(
				(p) =>
					p.exterior.bounds[0][1] <= hole.bounds[0][1] &&
					p.exterior.bounds[1][1] >= hole.bounds[1][1]
			)
			.sort((a, b) => Math.abs(a.exterior.area) - Math.abs(b.exterior.area))[0];
		owner?.holes.push(hole);
	}
	return parts;
}

function ringPath(ring: ProjectedRing): string {
	const [first, ...rest] = ring.points.map(
		([x, y]) => `${roundTo(x, PATH_DIGITS)},${roundTo(y, PATH_DIGITS)}`
	);
	return `M${first}${rest.map((p) => `L${p}`).join('')}Z`;
}

function boundsUnion(all: Bounds[]): Bounds {
	return [
		[Math.min(...all.map((b) => b[0][0])), Math.min(...all.map((b) => b[0][1]))],
		[Math.max(...all.map((b) => b[1][0])), Math.max(...all.map((b) => b[1][1]))]
	];
}

/** Distance between two boxes, 0 when they overlap. */
function boundsGap(a: Bounds, b: Bounds): number {
	return Math.hypot(
		Math.max(0, a[0][0] - b[1][0], b[0][0] - a[1][0]),
		Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1])
	);
}

/** Whether two rings come within `limit` of each other, comparing vertices; the box test spares most pairs the loop. */
function ringsWithin(a: ProjectedRing, b: ProjectedRing, limit: number): boolean {
	if (boundsGap(a.bounds, b.bounds) > limit) return false;
	return a.points.some(([ax, ay]) =>
		b.points.some(([bx, by]) => Math.hypot(ax - bx, ay - by) <= limit)
	);
}

/** Distance from a point to a box, 0 inside it. */
function distanceToBounds([x, y]: [number, number], [[x0, y0], [x1, y1]]: Bounds): number {
	return Math.hypot(Math.max(0, x0 - x, x - x1), Math.max(0, y0 - y, y - y1));
}

function roundTo(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

function roundBounds(b: Bounds): Bounds {
	return [
		[roundTo(b[0][0], PATH_DIGITS), roundTo(b[0][1], PATH_DIGITS)],
		[roundTo(b[1][0], PATH_DIGITS), roundTo(b[1][1], PATH_DIGITS)]
	];
}

/**
 * The parts of a country that its markers stand on: for each marker, the
 * landmass containing it (or, for a marker at sea, the nearest one), plus
 * the parts close to those. This is what a focus frames and what gets
 * coloured: a marker in Paris stands for France in Europe, not for French
 * Guiana, whatever the atlas puts in one MultiPolygon.
 */
function markedParts(parts: Part[], markers: [number, number][], nearby: number): Part[] {
	const main = new Set<Part>();
	for (const marker of markers) {
		const containing = parts.find((p) => ringContains(p.exterior.points, marker));
		const nearest = parts.reduce<Part | undefined>(
			(a, b) =>
				a &&
				distanceToBounds(marker, a.exterior.bounds) <= distanceToBounds(marker, b.exterior.bounds)
					? a
					: b,
			undefined
		);
		const part = containing ?? nearest;
		if (part) main.add(part);
	}
	return partsNear(parts, [...main], nearby);
}

/** The `main` parts and every part within `nearby` of one of them: a landmass and its close islands. */
function partsNear(parts: Part[], main: Part[], nearby: number): Part[] {
	return parts.filter(
		(p) => main.includes(p) || main.some((m) => ringsWithin(m.exterior, p.exterior, nearby))
	);
}

/** The centroid of a ring's area (shoelace formula): where a note on a country without data rows points. */
function ringCentroid(ring: ProjectedRing): [number, number] {
	let cx = 0;
	let cy = 0;
	ring.points.forEach(([x0, y0], i) => {
		const [x1, y1] = ring.points[(i + 1) % ring.points.length]!;
		const cross = x0 * y1 - x1 * y0;
		cx += (x0 + x1) * cross;
		cy += (y0 + y1) * cross;
	});
	return ring.area === 0 ? ring.bounds[0] : [cx / (6 * ring.area), cy / (6 * ring.area)];
}

/** Label sides: crowded neighbours stack north above south; markers near the right edge write leftwards. */
function labelSides(anchors: { code: string; x: number; y: number }[]): Map<string, LabelSide> {
	const sides = new Map<string, LabelSide>();
	for (const anchor of anchors) {
		const crowding = anchors.filter(
			(other) =>
				other.code !== anchor.code &&
				Math.hypot(other.x - anchor.x, other.y - anchor.y) < LABEL_CROWD_UNITS
		);
		if (crowding.length > 0) {
			const northernmost = crowding.every((other) => anchor.y <= other.y);
			sides.set(anchor.code, northernmost ? 'above' : 'below');
		} else {
			sides.set(anchor.code, anchor.x > MAP_WIDTH * LABEL_LEFT_FROM ? 'left' : 'right');
		}
	}
	return sides;
}

/**
 * Projects the data centres: one marker per row, and for each country with
 * rows its highlight shape, the bbox a focus frames and a label anchor; for
 * each country in `places` (the steps' focuses and annotated countries)
 * without rows, the bbox of its main landmass and the point a note points at.
 * Rows whose country has no shape in the atlas keep their marker but get no
 * country entry (the data check reports them before this runs). Sources are
 * given in `lang`.
 */
export function layoutMap(
	datacentres: readonly DataCentre[],
	places: readonly string[],
	lang: Lang
): MapLayout {
	const { topology, countries, projection, height } = atlas();
	const markers: MapMarker[] = datacentres.map((row) => {
		const [x, y] = projection([row.lon, row.lat]) ?? [NaN, NaN];
		return {
			id: row.id,
			country: row.country,
			status: row.status,
			precision: row.precision,
			x: roundTo(x, PATH_DIGITS),
			y: roundTo(y, PATH_DIGITS)
		};
	});

	const [east] = projection([1, 0]) ?? [NaN];
	const [centre] = projection([0, 0]) ?? [NaN];
	const nearby = (NEARBY_PART_KM / KM_PER_DEGREE) * (east - centre);
	const codes = [...new Set(datacentres.map((row) => row.country))];
	const shapes: Omit<MapCountry, 'label'>[] = [];
	const anchors: { code: string; x: number; y: number }[] = [];
	for (const code of codes) {
		const numeric = alpha2ToNumeric(code);
		const geometry = countries.find((g) => g.id === numeric);
		if (numeric === undefined || !geometry) continue;
		const rows = datacentres.filter((row) => row.country === code);
		const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, CountryProperties>;
		const own = markers.filter((m) => m.country === code);
		const parts = markedParts(
			partsOf(projectedRings(shape, projection)),
			own.map((m) => [m.x, m.y]),
			nearby
		);
		if (parts.length === 0) continue;
		const rings = parts.flatMap((p) => [p.exterior, ...p.holes]);
		shapes.push({
			code,
			path: relativePath(rings.map(ringPath).join(''), PATH_DIGITS),
			bbox: roundBounds(boundsUnion(parts.map((p) => p.exterior.bounds))),
			statuses: MAP_STATUSES.filter((status) => rows.some((row) => row.status === status))
		});
		anchors.push({
			code,
			x: roundTo(own.reduce((sum, m) => sum + m.x, 0) / own.length, PATH_DIGITS),
			y: roundTo(own.reduce((sum, m) => sum + m.y, 0) / own.length, PATH_DIGITS)
		});
	}
	const frames: MapFrame[] = [];
	for (const code of new Set(places)) {
		if (codes.includes(code)) continue;
		const numeric = alpha2ToNumeric(code);
		// a code with no ISO number would match the atlas's id-less shapes (Kosovo, Somaliland…)
		if (numeric === undefined) continue;
		const geometry = countries.find((g) => g.id === numeric);
		if (!geometry) continue;
		const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, CountryProperties>;
		const parts = partsOf(projectedRings(shape, projection));
		const largest = parts.reduce<Part | undefined>(
			(a, b) => (a && Math.abs(a.exterior.area) >= Math.abs(b.exterior.area) ? a : b),
			undefined
		);
		if (!largest) continue;
		const main = partsNear(parts, [largest], nearby);
		const [x, y] = ringCentroid(largest.exterior);
		frames.push({
			code,
			bbox: roundBounds(boundsUnion(main.map((p) => p.exterior.bounds))),
			anchor: { x: roundTo(x, PATH_DIGITS), y: roundTo(y, PATH_DIGITS) }
		});
	}
	const sides = labelSides(anchors);
	return {
		width: MAP_WIDTH,
		height,
		markers,
		countries: shapes.map((shape, i) => {
			const anchor = anchors[i]!;
			return {
				...shape,
				label: { x: anchor.x, y: anchor.y, side: sides.get(anchor.code) ?? 'right' }
			};
		}),
		frames,
		sources: unique(datacentres.map((row) => inLang(row.source, lang)))
	};
}
