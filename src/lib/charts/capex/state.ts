/** What the capex chart shows at one step, its default, and the attributes tests read it by. Pure and browser-safe. */
import type { CapexRow } from './row.ts';

export interface CapexState {
	/** years shown, in data order; the others keep their slot, empty */
	years: number[];
}

/** Every year of the data. */
export function capexDefaults(rows: readonly CapexRow[]): CapexState {
	return { years: rows.map((row) => row.year) };
}

export function capexHooks(state: CapexState): { 'data-years': string } {
	return { 'data-years': state.years.join(',') };
}
