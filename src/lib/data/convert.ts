/**
 * Column converters: each turns one located cell into a typed value, or
 * records an error saying what was found and what was expected, and returns
 * undefined. Each column is converted by its declared type; nothing is guessed.
 */
import { LANG_CODES, type Lang } from '../i18n/languages.ts';
import type { Problem, Translated } from '../types.ts';
import { readTable, type Cell, type Cells, type Table, type TableSpec } from './table.ts';
import { readNumber, type DecimalChoice } from './numbers.ts';
import { error, message } from './problems.ts';
import type { Message } from '../i18n/messages.ts';

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
						message('duplicate', { found: cell.value, line: seen.line, column: cell.field })
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

/** A text cell that must not be empty; `expected` says what it holds. */
export function text(cell: Cell, ctx: Converting, expected: Message): string | undefined {
	if (cell.value === '') {
		ctx.problems.push(error(cell, message('emptyText', { expected })));
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
	expected?: Message
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
	/** what the value is, for the message: "a latitude" */
	what: Message;
	/** what a valid value looks like, for the message: "a number between -90 and 90" */
	expected: Message;
	min?: number;
	max?: number;
	integer?: boolean;
}

export function number(cell: Cell, ctx: Converting, rule: NumberRule): number | undefined {
	const found = cell.value;
	const notQuantity = (): Message =>
		message('notQuantity', { found, what: rule.what, expected: rule.expected });
	const reading = readNumber(found, ctx.decimal);
	if (!reading.ok) {
		if (reading.reason === 'ambiguous') {
			ctx.problems.push(
				error(
					cell,
					message('ambiguousComma', {
						found,
						asDecimal: found.replace(',', '.'),
						// the sign kept: "-12,500" read with a thousands comma is -12500, not 12500
						digits: found.replace(/[^\d+\-\u2212]/g, ''),
						spaced: found.replace(',', ' '),
						decimal: `${found}0`
					})
				)
			);
		} else if (reading.reason === 'other-mark') {
			// the file's own mark in the message, so the fix can be copied
			ctx.problems.push(
				error(
					cell,
					message('otherDecimalMark', { found, expected: rule.expected, mark: ctx.decimal.mark })
				)
			);
		} else {
			ctx.problems.push(error(cell, notQuantity()));
		}
		return undefined;
	}
	const value = reading.value;
	const outside =
		(rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max);
	if (outside || (rule.integer === true && !Number.isInteger(value))) {
		ctx.problems.push(error(cell, notQuantity()));
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
	ctx.problems.push(error(cell, message('notYesNo', { found: cell.value })));
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
		error(cell, message('notAllowed', { found: cell.value, allowed: [...allowed] }))
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
