/** `data/capex.csv`: AI investment per year, in billions of US dollars. */
import type { Problem } from '../../types.ts';
import type { CapexRow } from './row.ts';
import { boolean, complete, number, parseRows, translated } from '../../data/convert.ts';

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
			what: 'a year',
			expected: `a whole number between ${YEAR_MIN} and ${YEAR_MAX}, e.g. 2025`,
			integer: true,
			min: YEAR_MIN,
			max: YEAR_MAX
		});
		if (year !== undefined) ctx.unique(String(year), cells.year);
		return complete<CapexRow>({
			year,
			companies: translated(
				cells,
				'companies',
				ctx,
				'who the figure covers, in the source\'s words, e.g. "les quatre principaux groupes technologiques chinois"'
			),
			valueBnUsd: number(cells.value_busd, ctx, {
				what: 'an amount of money',
				expected: 'billions of US dollars, a number 0 or more, e.g. 32',
				min: 0
			}),
			estimate: boolean(cells.estimate, ctx),
			lowerBound: boolean(cells.lower_bound, ctx),
			source: translated(cells, 'source', ctx, 'who published the figure')
		});
	});
}
