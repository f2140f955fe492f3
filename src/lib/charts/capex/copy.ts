/** The key of a capex step in the copy: `years`, from the data, in any order. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { listItems, placeOf } from '../spec.ts';
import { error, listOr, quote } from '../../data/problems.ts';
import type { CapexRow } from './row.ts';
import { capexDefaults, type CapexState } from './state.ts';

export const CAPEX_KEYS = ['years'] as const;

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
				error(
					placeOf(ctx, yearsKey, column),
					`${quote(item)} is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
				)
			);
			ok = false;
		} else if (ctx.rows && !dataYears.includes(year)) {
			ctx.problems.push(
				error(
					placeOf(ctx, yearsKey, column),
					`${year} is not a year in data/capex.csv (expected ${listOr(dataYears.map(String))})`
				)
			);
			ok = false;
		} else listed.add(year);
	}
	if (!ok) return undefined;
	// the chart shows years in data order, whatever order the copy lists them in
	return { years: ctx.rows ? dataYears.filter((year) => listed.has(year)) : [...listed] };
}
