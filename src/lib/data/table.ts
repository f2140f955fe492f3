/**
 * A CSV file as a table of located cells: decoding, dialect, header by name
 * (case-insensitive, any order), and the file-level and row-shape problems.
 * Each file's module then converts cells with the converters in `convert.ts`.
 */
import { LANG_CODES } from '../i18n/languages.ts';
import type { Problem } from '../types.ts';
import { decodeText, normaliseNewlines } from './decode.ts';
import { detectDelimiter, readRecords } from './csv.ts';
import { detectDecimalMark, type DecimalChoice } from './numbers.ts';
import { error, message, warning } from './problems.ts';

export interface TableSpec<K extends string, O extends string = never> {
	/** the columns the file must have, in their canonical order and spelling */
	columns: readonly K[];
	/** columns the file may have: known (no warning), but not missing when absent */
	optional?: readonly O[];
	/**
	 * text columns that may be translated: the file may also have
	 * `<column>_<lang>` for each language of the story (`source_en`,
	 * `listing_fr`). The base column is required when `columns` lists it,
	 * else optional; the translations are always optional.
	 */
	translated?: readonly string[];
	/** columns holding decimal numbers: their values decide the file's decimal mark */
	numeric: readonly K[];
	/** the largest magnitude a numeric column allows, when it has one: it settles `46,123` as a decimal */
	maxAbs?: Partial<Record<K, number>>;
}

/** One value with its place in the file. */
export interface Cell {
	/** trimmed text */
	value: string;
	file: string;
	line: number;
	/** 1-based field index */
	column: number;
	/** the column's canonical name */
	field: string;
}

/** A row's cells by column name: the required ones always, the others when the file has them. */
export type Cells<K extends string, O extends string = never> = Record<K, Cell> &
	Partial<Record<O, Cell>> &
	Partial<Record<string, Cell>>;

/** The names of a translated column's translations, one per language: `source_fr`, `source_en`. */
export function translationColumns(column: string): string[] {
	return LANG_CODES.map((lang) => `${column}_${lang}`);
}

export interface TableRow<K extends string, O extends string = never> {
	line: number;
	/** one cell per required column, and one per optional or translation column the file has */
	cells: Cells<K, O>;
}

export interface Table<K extends string, O extends string = never> {
	rows: TableRow<K, O>[];
	decimal: DecimalChoice;
	problems: Problem[];
}

/** A file that could not be read as a table at all (not text, empty, columns missing): no rows, only its problems. */
function unreadable<K extends string, O extends string>(problems: Problem[]): Table<K, O> {
	return { rows: [], decimal: { mark: '.', ambiguous: false }, problems };
}

/** Header names compare trimmed and case-insensitively: `Lat ` is `lat`. */
function headerKey(name: string): string {
	return name.trim().toLowerCase();
}

export function readTable<K extends string, O extends string = never>(
	bytes: Uint8Array,
	file: string,
	spec: TableSpec<K, O>
): Table<K, O> {
	const fileLevel = { file, line: 1, column: 1, field: '' };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return unreadable([error(fileLevel, decoded.message)]);
	const text = normaliseNewlines(decoded.text);
	const empty = error(fileLevel, message('emptyFile', { columns: [...spec.columns] }));
	if (text.trim() === '') return unreadable([empty]);
	const delimiter = detectDelimiter(text);
	const { records, problems: syntax } = readRecords(text, delimiter);
	const problems: Problem[] = syntax.map((p) =>
		error({ file, line: p.line, column: p.column, field: '' }, p.message)
	);
	const [header, ...body] = records;
	if (!header) return unreadable(problems.length > 0 ? problems : [empty]);

	// where each known column sits in this file, 0-based
	const positions = new Map<string, number>();
	const translated = spec.translated ?? [];
	const optional: readonly string[] = [
		...(spec.optional ?? []),
		...translated.filter((column) => !(spec.columns as readonly string[]).includes(column)),
		...translated.flatMap((column) => translationColumns(column))
	];
	const allColumns: readonly string[] = [...spec.columns, ...optional];
	const known = new Set<string>(allColumns);
	const isKnown = (key: string): key is K | O => known.has(key);
	header.fields.forEach((name, index) => {
		const key = headerKey(name);
		const place = {
			file,
			line: header.fieldLines[index] ?? header.line,
			column: index + 1,
			field: name
		};
		if (key === '') return; // Excel writes empty header cells after the last column
		if (!isKnown(key)) {
			problems.push(warning(place, message('columnIgnored', { columns: [...allColumns] })));
		} else if (positions.has(key)) {
			problems.push(
				error(
					{ ...place, field: key },
					message('columnTwice', { first: (positions.get(key) ?? 0) + 1 })
				)
			);
		} else {
			positions.set(key, index);
		}
	});
	const missing = spec.columns.filter((name) => !positions.has(name));
	for (const name of missing) {
		problems.push(
			error(
				{ ...fileLevel, line: header.line, field: name },
				message('columnMissing', {
					column: name,
					header: header.fields.filter((field) => field !== ''),
					otherSeparator: delimiter === ',' && header.fields.length === 1
				})
			)
		);
	}
	if (missing.length > 0) return unreadable(problems);
	if (body.length === 0 && syntax.length === 0) {
		problems.push(error({ ...fileLevel, line: header.line }, message('noRows')));
	}

	const rows: TableRow<K, O>[] = [];
	const width = header.fields.length;
	for (const record of body) {
		// fields past the header's width are tolerated when empty: spreadsheets pad rows with separators
		const extra = record.fields.slice(width);
		if (record.fields.length < width || extra.some((field) => field !== '')) {
			const column = record.fields.length < width ? record.fields.length + 1 : width + 1;
			problems.push(
				error(
					{ file, line: record.line, column, field: '' },
					message('rowWidth', {
						values: record.fields.length,
						columns: width,
						separator: delimiter
					})
				)
			);
			continue;
		}
		const cells: Partial<Record<string, Cell>> = {};
		for (const [name, index] of positions) {
			cells[name] = {
				value: record.fields[index] ?? '',
				file,
				line: record.fieldLines[index] ?? record.line,
				column: index + 1,
				field: name
			};
		}
		// every required column has its cell: a file missing one returned above
		rows.push({ line: record.line, cells: cells as Cells<K, O> });
	}
	const samples = rows.flatMap((row) =>
		spec.numeric.map((name) => ({ value: row.cells[name].value, maxAbs: spec.maxAbs?.[name] }))
	);
	return { rows, decimal: detectDecimalMark(samples, delimiter), problems };
}
