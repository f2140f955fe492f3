/** `data/capex.csv`: AI investment per year, in billions of US dollars. */
import type { Problem } from '../../types.ts';
import type { CapexRow } from './row.ts';
import { boolean, complete, number, parseRows, translated } from '../../data/convert.ts';
import { message } from '../../data/problems.ts';

export type { CapexRow } from './row.ts';

export const CAPEX_COLUMNS = [
	'year',
	'companies',
	'value_busd',
	'estimate',
	'lower_bound',
	'source'
] as const;

/** Wide enough for any history or forecast a story would chart; catches typos like 225 or 20255. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** The year a message gives as an example of a valid one. */
const YEAR_EXAMPLE = 2025;

export function parseCapex(
	bytes: Uint8Array,
	file: string
): { rows: CapexRow[]; problems: Problem[] } {
	const spec = {
		columns: CAPEX_COLUMNS,
		translated: ['companies', 'source'],
		numeric: ['value_busd'] as const
	};
	return parseRows(bytes, file, spec, (cells, ctx) => {
		const year = number(cells.year, ctx, {
			what: message('whatYear'),
			expected: message('expectWholeNumberBetween', {
				min: YEAR_MIN,
				max: YEAR_MAX,
				example: YEAR_EXAMPLE
			}),
			integer: true,
			min: YEAR_MIN,
			max: YEAR_MAX
		});
		if (year !== undefined) ctx.unique(String(year), cells.year);
		return complete<CapexRow>({
			year,
			companies: translated(cells, 'companies', ctx, message('expectCompanies')),
			valueBnUsd: number(cells.value_busd, ctx, {
				what: message('whatAmount'),
				expected: message('expectBillionsUsd'),
				min: 0
			}),
			estimate: boolean(cells.estimate, ctx),
			lowerBound: boolean(cells.lower_bound, ctx),
			source: translated(cells, 'source', ctx, message('expectCapexSource'))
		});
	});
}
