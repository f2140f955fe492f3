/** A row of `data/capex.csv`: its shape. Pure: components use it. */
import type { Translated } from '../../types.ts';

/** A row of `data/capex.csv`: AI investment for a year, in billions of US dollars. */
export interface CapexRow {
	year: number;
	/** who the figure covers, in the source's words ("the four main Chinese technology groups"); translated in `companies_<lang>` */
	companies: Translated;
	/** billions of US dollars, >= 0 */
	valueBnUsd: number;
	/** a forecast, not a reported figure */
	estimate: boolean;
	/** "more than": the true value is at least this */
	lowerBound: boolean;
	/** who published it; translated in `source_<lang>` */
	source: Translated;
}
