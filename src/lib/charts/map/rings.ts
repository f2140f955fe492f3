/**
 * The even-odd test behind "is this point in this ring", shared by the data
 * check (a data centre inside its country, in degrees) and the map's layout
 * (which landmass a marker stands on, in viewBox units): both work in a plane.
 */

/**
 * Whether the edge (x0, y0)–(x1, y1) crosses the ray from (x, y) towards +x.
 * A point is inside a ring when an odd number of the ring's edges cross its
 * ray; an edge's lower end counts and its upper end does not, so a ray through
 * a vertex is counted once.
 */
export function crossesRay(
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	x: number,
	y: number
): boolean {
	return y0 > y !== y1 > y && x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0;
}

/** Even-odd test of a point against a closed ring (the last point joins the first). */
export function ringContains(ring: readonly [number, number][], [x, y]: [number, number]): boolean {
	let inside = false;
	ring.forEach(([xi, yi], i) => {
		const [xj, yj] = ring[(i + ring.length - 1) % ring.length]!;
		if (crossesRay(xj, yj, xi, yi, x, y)) inside = !inside;
	});
	return inside;
}
