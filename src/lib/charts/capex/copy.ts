/** The key of a capex step in the copy: `years`, from the data, in any order. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { listItems, placeOf } from '../spec.ts';
import { error, message } from '../../data/problems.ts';
import type { CapexRow } from './row.ts';
import { capexDefaults, type CapexState } from './state.ts';

export const CAPEX_KEYS = ['years'] as const;

/** The file the years come from, as messages name it. */
const DATA_FILE = 'data/capex.csv';

export function readCapexState(
	keys: readonly CopyKey[],
	ctx: CopyContext<CapexRow>
): CapexState | undefined {
	const dataYears = ctx.rows?.map((row) => row.year) ?? [];
	const yearsKey = keys.find((k) => k.key === 'years');
	if (!yearsKey || yearsKey.value === '') return capexDefaults(ctx.rows ?? []);
	const listed = new Set<number>();
	let ok = true;
	for (const { item, column } of listItems(yearsKey)) {
		const year = /^\d+$/.test(item) ? Number(item) : NaN;
		if (Number.isNaN(year)) {
			ctx.problems.push(
				error(placeOf(ctx, yearsKey, column), message('notAYear', { found: item, file: DATA_FILE }))
			);
			ok = false;
		} else if (ctx.rows && !dataYears.includes(year)) {
			ctx.problems.push(
				error(
					placeOf(ctx, yearsKey, column),
					message('yearNotInData', { year, file: DATA_FILE, years: dataYears.map(String) })
				)
			);
			ok = false;
		} else listed.add(year);
	}
	if (!ok) return undefined;
	// the chart shows years in data order, whatever order the copy lists them in
	return { years: ctx.rows ? dataYears.filter((year) => listed.has(year)) : [...listed] };
}
