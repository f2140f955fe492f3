/**
 * The world base map as a static SVG file (build/geo/world.svg): downloaded
 * once and cached, drawn by every map through `<use>`, and visible before
 * any JavaScript runs. Why a file rather than page data: see geography.ts.
 */
import { worldSvg } from '$lib/charts/map/geography';

export const prerender = true;
// the layout asks pages for a trailing slash; a file must keep its plain name
export const trailingSlash = 'never';

export function GET(): Response {
	return new Response(worldSvg(), { headers: { 'content-type': 'image/svg+xml' } });
}
