/** `data/datacenters.csv`: one row per data-centre site, or per country marker, and the group's home market. */
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
import { MAP_STATUSES, PRECISIONS, type DataCentre } from './row.ts';

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

/**
 * The home market's rules, across rows: at most one `home` row, a country
 * (not a site), and never a country that also has data-centre rows, in
 * whichever order the rows come. Each problem is reported on the later row.
 */
function homeRules(): (
	cells: { status: Cell; precision: Cell },
	row: Partial<DataCentre>,
	ctx: Converting
) => void {
	let home: { line: number; country: string | undefined } | undefined;
	const centres = new Map<string, number>();
	return (cells, row, ctx) => {
		if (row.status === 'home') {
			if (row.precision !== undefined && row.precision !== 'country')
				ctx.problems.push(
					error(cells.precision, message('homeNotCountry', { found: cells.precision.value }))
				);
			if (home) {
				ctx.problems.push(error(cells.status, message('homeTwice', { line: home.line })));
				return;
			}
			home = { line: cells.status.line, country: row.country };
			const centreLine = row.country === undefined ? undefined : centres.get(row.country);
			if (row.country !== undefined && centreLine !== undefined)
				ctx.problems.push(
					error(cells.status, message('homeHasCentres', { country: row.country, line: centreLine }))
				);
		} else if (row.status !== undefined && row.country !== undefined) {
			if (!centres.has(row.country)) centres.set(row.country, cells.status.line);
			if (home?.country === row.country)
				ctx.problems.push(
					error(cells.status, message('centresInHome', { country: row.country, line: home.line }))
				);
		}
	};
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
	const checkHome = homeRules();
	return parseRows(bytes, file, spec, (cells, ctx) => {
		const id = text(cells.id, ctx, message('expectSiteId'));
		if (id !== undefined) ctx.unique(id, cells.id);
		const code = country(cells.country, ctx);
		const status = oneOf(cells.status, ctx, MAP_STATUSES);
		const precision = oneOf(cells.precision, ctx, PRECISIONS);
		checkHome(cells, { country: code, status, precision }, ctx);
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
