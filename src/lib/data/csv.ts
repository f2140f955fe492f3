/**
 * CSV records with their physical line numbers, whatever the dialect.
 * csv-parse does the parsing; this module detects the separator, keeps the
 * line where each record and each field starts (also after quoted fields
 * spanning lines), and turns syntax errors into located problems, then
 * resumes on the next line so that one stray quote does not hide the rest
 * of the file.
 */
import { CsvError, parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';';

export interface CsvRecord {
	/** trimmed field values */
	fields: string[];
	/** physical 1-based line where the record starts */
	line: number;
	/** physical line where each field starts */
	fieldLines: number[];
}

export interface CsvSyntaxProblem {
	line: number;
	/** 1-based field index where the problem is */
	column: number;
	message: string;
}

/**
 * Excel in a French locale writes `;`, everyone else `,`. The header line
 * decides: column names never contain either, so whichever separates more
 * names is the separator (`,` on a tie, the format's default).
 */
export function detectDelimiter(text: string): Delimiter {
	const header = text.split('\n').find((line) => line.trim() !== '') ?? '';
	const counts = { ',': 0, ';': 0 };
	let inQuotes = false;
	for (const char of header) {
		if (char === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (char === ',' || char === ';')) counts[char]++;
	}
	return counts[';'] > counts[','] ? ';' : ',';
}

interface FieldScan {
	/** line offset (0-based, from the record's first line) where each field starts */
	fieldLineOffsets: number[];
	/** set when the quoting is broken: which field, and how */
	issue?: { field: number; kind: 'unclosed' | 'junk-after-quote'; junk: string };
}

/** Characters allowed around a quoted field, as csv-parse's `trim` allows them. */
const SPACE = /[ \t\u00A0\u202F]/;

/**
 * Walks one record's text, quote-aware, to find where each field starts and
 * where quoting breaks. csv-parse does the real parsing; this only locates.
 */
export function scanRecord(text: string, delimiter: Delimiter): FieldScan {
	const fieldLineOffsets = [0];
	let line = 0;
	let i = 0;
	while (i < text.length) {
		const field = fieldLineOffsets.length - 1;
		let j = i;
		while (j < text.length && SPACE.test(text.charAt(j))) j++;
		if (text.charAt(j) === '"') {
			j++;
			for (;;) {
				if (j >= text.length) return { fieldLineOffsets, issue: { field, kind: 'unclosed', junk: '' } };
				const char = text.charAt(j);
				if (char === '"') {
					if (text.charAt(j + 1) === '"') j += 2;
					else break;
				} else {
					if (char === '\n') line++;
					j++;
				}
			}
			j++;
			while (j < text.length && SPACE.test(text.charAt(j))) j++;
			const next = text.charAt(j);
			if (j < text.length && next !== delimiter && next !== '\n') {
				return { fieldLineOffsets, issue: { field, kind: 'junk-after-quote', junk: next } };
			}
		} else {
			while (j < text.length && text.charAt(j) !== delimiter && text.charAt(j) !== '\n') j++;
		}
		if (j >= text.length || text.charAt(j) === '\n') break;
		i = j + 1;
		fieldLineOffsets.push(line);
	}
	return { fieldLineOffsets };
}

function syntaxMessage(issue: NonNullable<FieldScan['issue']>, fallback: string): string {
	if (issue.kind === 'unclosed') {
		return 'a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)';
	}
	if (issue.kind === 'junk-after-quote') {
		return `a quoted value is followed by ${JSON.stringify(issue.junk)} (expected the separator right after the closing "; write "" for a quote inside a quoted value)`;
	}
	return fallback;
}

/**
 * With `raw: true`, csv-parse hands `on_record` a `{ record, raw }` wrapper
 * although its types say `string[]`; this accepts either shape.
 */
function fieldsOf(value: unknown): string[] {
	const fields = value !== null && typeof value === 'object' && 'record' in value ? value.record : value;
	return Array.isArray(fields) ? fields.map(String) : [];
}

/**
 * Every record of `text` (newlines already normalised to LF), with lines.
 * Blank lines, and rows whose every field is empty (Excel writes `;;;;`
 * for rows that only had formatting), are dropped.
 */
export function readRecords(text: string, delimiter: Delimiter): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
	const records: CsvRecord[] = [];
	const problems: CsvSyntaxProblem[] = [];
	const lines = text.split('\n');
	// physical line (0-based) where the text being parsed starts; moves past each syntax error
	let startLine = 0;
	while (startLine < lines.length) {
		const rest = lines.slice(startLine).join('\n');
		let lastEnd = 0;
		try {
			parse(rest, {
				delimiter,
				relax_column_count: true,
				// a quote inside an unquoted value (12" screen) is kept, as spreadsheets do
				relax_quotes: true,
				trim: true,
				raw: true,
				skip_empty_lines: false,
				on_record: (record, context) => {
					const ended = context.lines;
					const raw = context.raw ?? '';
					const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
					const spans = body.split('\n').length - 1;
					const first = startLine + ended - spans;
					lastEnd = ended;
					const fields = fieldsOf(record).map((field) => field.trim());
					if (fields.every((field) => field === '')) return null;
					const scan = scanRecord(body, delimiter);
					records.push({
						fields,
						line: first,
						fieldLines: fields.map((_, index) => first + (scan.fieldLineOffsets[index] ?? 0))
					});
					return null;
				}
			});
			break;
		} catch (cause) {
			// the failing record starts right after the last good one
			const failing = startLine + lastEnd;
			const recordText = lines.slice(failing).join('\n');
			const scan = scanRecord(recordText, delimiter);
			const fallback = cause instanceof CsvError ? cause.message : String(cause);
			problems.push({
				line: failing + 1,
				column: (scan.issue?.field ?? 0) + 1,
				message: scan.issue ? syntaxMessage(scan.issue, fallback) : `cannot read this row: ${fallback}`
			});
			startLine = failing + 1;
		}
	}
	return { records, problems };
}
