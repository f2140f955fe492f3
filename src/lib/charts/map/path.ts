/**
 * Shrinks an SVG path from d3-geo's absolute `M x,y L x,y … Z` to relative
 * commands (`m dx,dy l dx,dy … z`). On a map most steps are a few tenths of a
 * unit, so the numbers are short and repeat often: the world base map is
 * about 40 % smaller once gzipped, which pays for the detail the Netherlands
 * needs in a close-up.
 */

/**
 * Re-encodes a path made only of M, L and Z commands with comma-separated
 * absolute coordinates (what `geoPath().digits(n)` writes for polygons and
 * lines). Coordinates are rounded to `digits` decimals first and every step is
 * taken between rounded points, so rounding errors never add up along a ring.
 */
export function relativePath(d: string, digits: number): string {
	const unit = 10 ** digits;
	let out = '';
	// current point and subpath start, in integer units of 10^-digits
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
		if (command === 'Z') {
			out += 'z';
			x = startX;
			y = startY;
			continue;
		}
		if (command !== 'M' && command !== 'L') {
			throw new Error(`relativePath: only M, L and Z are supported, found "${command}"`);
		}
		const [px, py] = (args ?? '').split(',').map((n) => Math.round(Number(n) * unit));
		if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
			throw new Error(`relativePath: "${command}${args ?? ''}" is not a point`);
		}
		out += `${command === 'M' ? 'm' : 'l'}${formatStep(px - x, unit)}${py - y < 0 ? '' : ','}${formatStep(py - y, unit)}`;
		x = px;
		y = py;
		if (command === 'M') {
			startX = px;
			startY = py;
		}
	}
	return out;
}

/** `-0.5` as `-.5`, `0.5` as `.5`: SVG allows it, and it saves a byte per small step. */
function formatStep(step: number, unit: number): string {
	return String(step / unit).replace(/^(-?)0\./, '$1.');
}
