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
import { error, listOr, quote, warning } from '../../data/problems.ts';
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

const LATITUDE = { what: 'a latitude', expected: 'a number between -90 and 90', min: -90, max: 90 };
const LONGITUDE = {
	what: 'a longitude',
	expected: 'a number between -180 and 180',
	min: -180,
	max: 180
};

function suggestion(input: string): string {
	const codes = suggestCountries(input);
	return codes.length === 0 ? '' : `; did you mean ${listOr(codes)}?`;
}

/** A country the map can draw, as an upper-case ISO 3166-1 alpha-2 code. */
export function country(cell: Cell, ctx: Converting): string | undefined {
	const code = cell.value;
	if (isOnMap(code)) return code;
	const found = code === '' ? 'empty, which' : quote(code);
	const message = isAlpha2(code)
		? `${found} is a country code the map has no shape for (expected a country the map draws; for a territory drawn as part of another country, use that country's code)`
		: `${found} is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR${suggestion(code)})`;
	ctx.problems.push(error(cell, message));
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
	const swappedPlace = `lat ${lon.value}, lon ${lat.value} falls in ${code}: lat and lon look swapped`;
	if (latValue === undefined && lonValue !== undefined && code !== undefined) {
		const latAsLon = number(lat, quiet, LONGITUDE);
		if (
			latAsLon !== undefined &&
			Math.abs(lonValue) <= LATITUDE.max &&
			placePoint(code, lonValue, latAsLon) !== 'outside'
		) {
			ctx.problems.push(
				error(
					lat,
					`${quote(lat.value)} is not a latitude, but ${swappedPlace} (expected lat, a number between -90 and 90, then lon)`
				)
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
			error(
				lat,
				`${quote(lat.value)} with lon ${quote(lon.value)} is outside ${code}, but ${swappedPlace} (expected lat, then lon)`
			)
		);
		return undefined;
	}
	if (placement === 'outside') {
		ctx.problems.push(
			warning(
				lat,
				`${quote(lat.value)} with lon ${quote(lon.value)} is not in ${code} on the map (expected a point in the country named in column country; west and south are negative)`
			)
		);
	}
	return { lat: latValue, lon: lonValue };
}

/** The checker's messages about the home market, in one place. */
const HOME_MESSAGES = {
	precision: (found: string) =>
		`${quote(found)} is not allowed for the home market (expected country: a home row marks a whole country, not a site)`,
	second: (line: number) =>
		`home is already given on line ${line} (expected one home market on the map; mark the other countries existing or planned)`,
	alsoCentres: (code: string, line: number) =>
		`${code} is the home market on line ${line} and cannot also have data-centre rows (expected each country either home or with data centres: the map colours a country once)`,
	alsoHome: (code: string, line: number) =>
		`${code} has data-centre rows (line ${line}) and cannot also be the home market (expected each country either home or with data centres: the map colours a country once)`
};

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
				ctx.problems.push(error(cells.precision, HOME_MESSAGES.precision(cells.precision.value)));
			if (home) {
				ctx.problems.push(error(cells.status, HOME_MESSAGES.second(home.line)));
				return;
			}
			home = { line: cells.status.line, country: row.country };
			const centreLine = row.country === undefined ? undefined : centres.get(row.country);
			if (row.country !== undefined && centreLine !== undefined)
				ctx.problems.push(error(cells.status, HOME_MESSAGES.alsoHome(row.country, centreLine)));
		} else if (row.status !== undefined && row.country !== undefined) {
			if (!centres.has(row.country)) centres.set(row.country, cells.status.line);
			if (home?.country === row.country)
				ctx.problems.push(error(cells.status, HOME_MESSAGES.alsoCentres(row.country, home.line)));
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
		const id = text(cells.id, ctx, 'a short identifier, e.g. "fr"');
		if (id !== undefined) ctx.unique(id, cells.id);
		const code = country(cells.country, ctx);
		const status = oneOf(cells.status, ctx, MAP_STATUSES);
		const precision = oneOf(cells.precision, ctx, PRECISIONS);
		checkHome(cells, { country: code, status, precision }, ctx);
		const point = position(cells.lat, cells.lon, code, ctx);
		const source = translated(cells, 'source', ctx, 'who disclosed the site');
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
