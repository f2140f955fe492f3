/** A row of `data/datacenters.csv`: its shape and allowed values. Pure, with no imports to run: components use it. */
import type { Translated } from '../../types.ts';

/** Built, or announced; the order in which the map's legend and descriptions list them. */
export type SiteStatus = 'existing' | 'planned';
export const SITE_STATUSES: readonly SiteStatus[] = ['existing', 'planned'];

/** `site`: a disclosed location; `country`: a marker that stands for the country only. */
export type Precision = 'site' | 'country';
export const PRECISIONS: readonly Precision[] = ['site', 'country'];

/** A row of `data/datacenters.csv`. */
export interface DataCentre {
	id: string;
	/** ISO 3166-1 alpha-2, upper case */
	country: string;
	status: SiteStatus;
	precision: Precision;
	/** decimal degrees, -90..90 */
	lat: number;
	/** decimal degrees, -180..180 */
	lon: number;
	/** who disclosed it; translated in `source_<lang>` */
	source: Translated;
}
