/** `data/datacenters.csv`: one row per data-centre site, or per country marker. */
import type { Problem } from '../../types.ts';
import type { Cell } from '../../data/table.ts';
import {
	complete,
	number,
	oneOf,
	parseRows,
	text,
	translated,
	type Converting
} from '../../data/convert.ts';
import { isAlpha2, isOnMap } from '../../data/countries.ts';
import { suggestCountries } from '../../data/suggest.ts';
import { error, message, warning } from '../../data/problems.ts';
import { placePoint } from './placement.ts';
import { PRECISIONS, SITE_STATUSES, type DataCentre } from './row.ts';

export type { DataCentre } from './row.ts';

export const DATACENTRE_COLUMNS = [
	'id',
	'country',
	'status',
	'precision',
	'lat',
	'lon',
	'source'
] as const;

const LATITUDE = {
	what: message('whatLatitude'),
	expected: message('expectNumberBetween', { min: -90, max: 90 }),
	min: -90,
	max: 90
};
const LONGITUDE = {
	what: message('whatLongitude'),
	expected: message('expectNumberBetween', { min: -180, max: 180 }),
	min: -180,
	max: 180
};

/** A country the map can draw, as an upper-case ISO 3166-1 alpha-2 code. */
export function country(cell: Cell, ctx: Converting): string | undefined {
	const code = cell.value;
	if (isOnMap(code)) return code;
	ctx.problems.push(
		error(
			cell,
			isAlpha2(code)
				? message('countryNoShape', { found: code })
				: message('notCountryCode', { found: code, suggestions: suggestCountries(code) })
		)
	);
	return undefined;
}

/**
 * Latitude and longitude, checked together: each against its range, then
 * the point against its country's shape. A pair that fits once swapped is an
 * error (the row is certainly wrong); a point merely outside its country is
 * a warning, since a site offshore or on a border may be deliberate.
 */
function position(
	lat: Cell,
	lon: Cell,
	code: string | undefined,
	ctx: Converting
): { lat: number; lon: number } | undefined {
	// first read both without reporting, to tell a swapped pair from two unrelated mistakes
	const quiet: Converting = { ...ctx, problems: [] };
	const latValue = number(lat, quiet, LATITUDE);
	const lonValue = number(lon, quiet, LONGITUDE);
	if (latValue === undefined && lonValue !== undefined && code !== undefined) {
		const latAsLon = number(lat, quiet, LONGITUDE);
		if (
			latAsLon !== undefined &&
			Math.abs(lonValue) <= LATITUDE.max &&
			placePoint(code, lonValue, latAsLon) !== 'outside'
		) {
			ctx.problems.push(
				error(lat, message('latitudeSwapped', { lat: lat.value, lon: lon.value, country: code }))
			);
			return undefined;
		}
	}
	if (latValue === undefined || lonValue === undefined) {
		number(lat, ctx, LATITUDE);
		number(lon, ctx, LONGITUDE);
		return undefined;
	}
	if (code === undefined) return { lat: latValue, lon: lonValue };
	const placement = placePoint(code, latValue, lonValue);
	if (placement === 'swapped') {
		ctx.problems.push(
			error(lat, message('pointSwapped', { lat: lat.value, lon: lon.value, country: code }))
		);
		return undefined;
	}
	if (placement === 'outside') {
		ctx.problems.push(
			warning(lat, message('pointOutside', { lat: lat.value, lon: lon.value, country: code }))
		);
	}
	return { lat: latValue, lon: lonValue };
}

export function parseDatacentres(
	bytes: Uint8Array,
	file: string
): { rows: DataCentre[]; problems: Problem[] } {
	const spec = {
		columns: DATACENTRE_COLUMNS,
		translated: ['source'],
		numeric: ['lat', 'lon'] as const,
		maxAbs: { lat: LATITUDE.max, lon: LONGITUDE.max }
	};
	return parseRows(bytes, file, spec, (cells, ctx) => {
		const id = text(cells.id, ctx, message('expectSiteId'));
		if (id !== undefined) ctx.unique(id, cells.id);
		const code = country(cells.country, ctx);
		const status = oneOf(cells.status, ctx, SITE_STATUSES);
		const precision = oneOf(cells.precision, ctx, PRECISIONS);
		const point = position(cells.lat, cells.lon, code, ctx);
		const source = translated(cells, 'source', ctx, message('expectSiteSource'));
		return complete<DataCentre>({
			id,
			country: code,
			status,
			precision,
			lat: point?.lat,
			lon: point?.lon,
			source
		});
	});
}
