/** `data/capex.csv`: AI investment per year, in billions of US dollars. */
import type { CapexRow, Problem } from '../types.ts';
import { readTable, type Cell } from './table.ts';
import {
	boolean,
	complete,
	number,
	optionalText,
	text,
	uniqueKeys,
	type Converting
} from './convert.ts';

export const CAPEX_COLUMNS = [
	'year',
	'companies',
	'value_busd',
	'estimate',
	'lower_bound',
	'source'
] as const;
/** The English source, for the English page; without it the English page prints `source`. */
export const CAPEX_OPTIONAL_COLUMNS = ['source_en'] as const;

/** Wide enough for any history or forecast a story would chart; catches typos like 225 or 20255. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

export function parseCapex(
	bytes: Uint8Array,
	file: string
): { rows: CapexRow[]; problems: Problem[] } {
	const table = readTable(bytes, file, {
		columns: CAPEX_COLUMNS,
		optional: CAPEX_OPTIONAL_COLUMNS,
		numeric: ['value_busd']
	});
	const ctx: Converting = { problems: table.problems, decimal: table.decimal };
	const rows: CapexRow[] = [];
	const keys: { key: string; cell: Cell }[] = [];
	for (const { cells } of table.rows) {
		const year = number(cells.year, ctx, {
			what: 'a year',
			expected: `a whole number between ${YEAR_MIN} and ${YEAR_MAX}, e.g. 2025`,
			integer: true,
			min: YEAR_MIN,
			max: YEAR_MAX
		});
		if (year !== undefined) keys.push({ key: String(year), cell: cells.year });
		const row = complete<CapexRow>({
			year,
			companies: text(
				cells.companies,
				ctx,
				'who the figure covers, e.g. "Alibaba, Tencent, Baidu, JD.com"'
			),
			valueBnUsd: number(cells.value_busd, ctx, {
				what: 'an amount of money',
				expected: 'billions of US dollars, a number 0 or more, e.g. 32',
				min: 0
			}),
			estimate: boolean(cells.estimate, ctx),
			lowerBound: boolean(cells.lower_bound, ctx),
			source: text(cells.source, ctx, 'who published the figure'),
			sourceEn: optionalText(cells.source_en)
		});
		if (row) rows.push(row);
	}
	uniqueKeys(keys, ctx.problems);
	return { rows, problems: ctx.problems };
}
