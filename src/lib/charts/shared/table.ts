/**
 * A chart's data as a table: every row of its CSV, in the file's order, in
 * the page's language, with the unit of each column and the sources. Each
 * chart builds its own from what the page ships for it (its spec's `table`,
 * in its text.ts); one component draws them all (DataTable.svelte), behind a
 * disclosure under the chart. Plain data: pure and browser-safe.
 */

export interface DataColumn {
	/** the heading, in the page's language */
	label: string;
	/** what its values are counted in ("billions of US dollars", "%"); omitted for text */
	unit?: string;
	/** numbers, aligned on the right; default text, on the left */
	numeric?: boolean;
}

export interface DataTable {
	/** what the table holds, one line of plain text */
	caption: string;
	/** the first column heads the rows (each row's first cell is its header) */
	columns: DataColumn[];
	/** one per row of the chart's CSV, in the file's order, as many cells as columns */
	rows: string[][];
	/** the source line, as the chart prints it; empty when none is named */
	source: string;
}

/** A column's heading with its unit: "Montant (milliards de dollars US)". */
export function columnHeading(column: DataColumn): string {
	return column.unit ? `${column.label} (${column.unit})` : column.label;
}
