/** A row of `data/datacenters.csv`: its shape and allowed values. Pure, with no imports to run: components use it. */
import type { Translated } from '../../types.ts';

/** A data centre built, or announced. */
export type CentreStatus = 'existing' | 'planned';
export const CENTRE_STATUSES: readonly CentreStatus[] = ['existing', 'planned'];

/**
 * A row's status: a data centre's, or `home`, the group's home market (a
 * country the map shows as such on every step, whatever it highlights).
 * The order in which the legend and descriptions list them.
 */
export type MapStatus = CentreStatus | 'home';
export const MAP_STATUSES: readonly MapStatus[] = [...CENTRE_STATUSES, 'home'];

/** `site`: a disclosed location; `country`: a marker that stands for the country only. */
export type Precision = 'site' | 'country';
export const PRECISIONS: readonly Precision[] = ['site', 'country'];

/** A row of `data/datacenters.csv`. */
export interface DataCentre {
	id: string;
	/** ISO 3166-1 alpha-2, upper case */
	country: string;
	status: MapStatus;
	precision: Precision;
	/** decimal degrees, -90..90 */
	lat: number;
	/** decimal degrees, -180..180 */
	lon: number;
	/** who disclosed it; translated in `source_<lang>` */
	source: Translated;
}
