/**
 * Column converters: each turns one located cell into a typed value, or
 * records an error saying what was found and what was expected, and returns
 * undefined. Each column is converted by its declared type; nothing is guessed.
 */
import { LANG_CODES, type Lang } from '../i18n/languages.ts';
import type { Problem, Translated } from '../types.ts';
import { readTable, type Cell, type Cells, type Table, type TableSpec } from './table.ts';
import { readNumber, type DecimalChoice } from './numbers.ts';
import { error, listOr, quote } from './problems.ts';

/** Collects the problems of one file while its cells are converted. */
export interface Converting {
	problems: Problem[];
	decimal: DecimalChoice;
	/** reports a key already seen in this file, naming the line of the first (ids, years) */
	unique(key: string, cell: Cell): void;
}

export function converting(table: Pick<Table<string>, 'problems' | 'decimal'>): Converting {
	const first = new Map<string, Cell>();
	return {
		problems: table.problems,
		decimal: table.decimal,
		unique(key, cell) {
			const seen = first.get(key);
			if (seen) {
				this.problems.push(
					error(
						cell,
						`${quote(cell.value)} is already used on line ${seen.line} (expected each ${cell.field} once in the file)`
					)
				);
			} else first.set(key, cell);
		}
	};
}

/**
 * A CSV file's rows, each converted by `convert`, which records the row's
 * problems and returns undefined for a row with any bad cell (it is then
 * left out of the data).
 */
export function parseRows<K extends string, O extends string, R>(
	bytes: Uint8Array,
	file: string,
	spec: TableSpec<K, O>,
	convert: (cells: Cells<K, O>, ctx: Converting) => R | undefined
): { rows: R[]; problems: Problem[] } {
	const table = readTable(bytes, file, spec);
	const ctx = converting(table);
	const rows: R[] = [];
	for (const { cells } of table.rows) {
		const row = convert(cells, ctx);
		if (row !== undefined) rows.push(row);
	}
	return { rows, problems: ctx.problems };
}

export function text(cell: Cell, ctx: Converting, expected: string): string | undefined {
	if (cell.value === '') {
		ctx.problems.push(error(cell, `empty (expected ${expected})`));
		return undefined;
	}
	return cell.value;
}

/**
 * A translated text column (see `translated` in TableSpec): the base column
 * and each `<column>_<lang>` the file has. With `expected`, the base column
 * must not be empty; without it, every part may be empty.
 */
export function translated(
	cells: Partial<Record<string, Cell>>,
	column: string,
	ctx: Converting,
	expected?: string
): Translated | undefined {
	const base = cells[column];
	if (expected !== undefined && base !== undefined && text(base, ctx, expected) === undefined) {
		return undefined;
	}
	const byLang: Partial<Record<Lang, string>> = {};
	for (const lang of LANG_CODES) {
		const cell = cells[`${column}_${lang}`];
		if (cell !== undefined) byLang[lang] = cell.value;
	}
	return { base: base?.value ?? '', byLang };
}

export interface NumberRule {
	/** what the value is, for the message: `a latitude` */
	what: string;
	/** what a valid value looks like, for the message: `a number between -90 and 90` */
	expected: string;
	min?: number;
	max?: number;
	integer?: boolean;
}

/** An example of the file's own decimal mark, so the fix can be copied. */
function markExample(ctx: Converting): string {
	return ctx.decimal.mark === ',' ? 'decimal commas, e.g. "3,6"' : 'decimal points, e.g. "3.6"';
}

export function number(cell: Cell, ctx: Converting, rule: NumberRule): number | undefined {
	const found = quote(cell.value);
	const reading = readNumber(cell.value, ctx.decimal);
	if (!reading.ok) {
		if (reading.reason === 'ambiguous') {
			const digits = cell.value.replace(/[^\d]/g, '');
			const asDecimal = cell.value.replace(',', '.');
			ctx.problems.push(
				error(
					cell,
					`${found}: is the comma a decimal comma (${asDecimal}) or a thousands separator (${digits})? No other number in this file tells (expected ${digits} or "${cell.value.replace(',', ' ')}" for a whole number, "${cell.value}0" for a decimal)`
				)
			);
		} else if (reading.reason === 'other-mark') {
			ctx.problems.push(
				error(
					cell,
					`${found} does not use this file's decimal mark (expected ${rule.expected}, written with ${markExample(ctx)}, like the file's other numbers)`
				)
			);
		} else {
			ctx.problems.push(
				error(
					cell,
					`${cell.value === '' ? 'empty, which' : found} is not ${rule.what} (expected ${rule.expected})`
				)
			);
		}
		return undefined;
	}
	const value = reading.value;
	const outside =
		(rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max);
	if (outside || (rule.integer === true && !Number.isInteger(value))) {
		ctx.problems.push(error(cell, `${found} is not ${rule.what} (expected ${rule.expected})`));
		return undefined;
	}
	return value;
}

/** Spellings of yes and no an editor may type, in English or French, in any case. */
const TRUE_WORDS = ['yes', 'oui', 'true', 'vrai', '1'];
const FALSE_WORDS = ['no', 'non', 'false', 'faux', '0'];

export function boolean(cell: Cell, ctx: Converting): boolean | undefined {
	const key = cell.value.toLowerCase();
	if (TRUE_WORDS.includes(key)) return true;
	if (FALSE_WORDS.includes(key)) return false;
	const found = cell.value === '' ? 'empty, which' : quote(cell.value);
	ctx.problems.push(
		error(
			cell,
			`${found} is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
		)
	);
	return undefined;
}

/** One of a fixed list, compared case-insensitively (`Planned` is `planned`). */
export function oneOf<T extends string>(
	cell: Cell,
	ctx: Converting,
	allowed: readonly T[]
): T | undefined {
	const key = cell.value.toLowerCase();
	const match = allowed.find((value) => value === key);
	if (match !== undefined) return match;
	ctx.problems.push(
		error(
			cell,
			`${cell.value === '' ? 'empty, which' : quote(cell.value)} is not an allowed value (expected ${listOr(allowed)})`
		)
	);
	return undefined;
}

/**
 * The row when every converter succeeded, else undefined (its errors are
 * already recorded). A row with any bad cell is left out of the data.
 */
export function complete<T extends object>(fields: { [P in keyof T]: T[P] | undefined }):
	T | undefined {
	return Object.values(fields).every((value) => value !== undefined) ? (fields as T) : undefined;
}
