/**
 * CSV records with their physical line numbers, whatever the dialect.
 * csv-parse does the parsing; this module detects the separator, keeps the
 * line where each record and each field starts (also after quoted fields
 * spanning lines), and turns syntax errors into located problems, then
 * resumes on the next line so that one stray quote does not hide the rest
 * of the file. In browsers (the preview page's worker) `csv-parse/sync`
 * resolves to csv-parse's browser build (src/lib/islands/vite-plugin.ts).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { message, type Message } from '../i18n/messages.ts';

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
	message: Message;
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

/** Where quoting breaks in a record: which field (0-based), and how. */
interface QuoteIssue {
	field: number;
	kind: 'unclosed' | 'junk-after-quote';
	/** the character found after a closing quote */
	junk: string;
}

/** Characters allowed around a quoted field, as csv-parse's `trim` allows them. */
const SPACE = /[ \t\u00A0\u202F]/;

/**
 * Walks one record's text, quote-aware, to find the field where quoting
 * breaks. csv-parse does the real parsing and says that it failed; this
 * only says where.
 */
export function findQuoteIssue(text: string, delimiter: Delimiter): QuoteIssue | undefined {
	let field = 0;
	let i = 0;
	while (i < text.length) {
		let j = i;
		while (j < text.length && SPACE.test(text.charAt(j))) j++;
		if (text.charAt(j) === '"') {
			j++;
			for (;;) {
				if (j >= text.length) return { field, kind: 'unclosed', junk: '' };
				if (text.charAt(j) === '"') {
					if (text.charAt(j + 1) !== '"') break;
					j += 2;
				} else j++;
			}
			j++;
			while (j < text.length && SPACE.test(text.charAt(j))) j++;
			const next = text.charAt(j);
			if (j < text.length && next !== delimiter && next !== '\n')
				return { field, kind: 'junk-after-quote', junk: next };
		} else {
			while (j < text.length && text.charAt(j) !== delimiter && text.charAt(j) !== '\n') j++;
		}
		if (j >= text.length || text.charAt(j) === '\n') return undefined;
		i = j + 1;
		field++;
	}
	return undefined;
}

function syntaxMessage(issue: QuoteIssue): Message {
	return issue.kind === 'unclosed'
		? message('unclosedQuote')
		: message('textAfterQuote', { found: issue.junk });
}

const PARSE_OPTIONS = {
	relax_column_count: true,
	// a quote inside an unquoted value (12" screen) is kept, as spreadsheets do
	relax_quotes: true,
	trim: true,
	skip_empty_lines: false
} as const;

/** Line breaks in a value; counted, not split, as every cell of a large file goes through here. */
function lineBreaks(value: string): number {
	let count = 0;
	for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count++;
	return count;
}

/**
 * Records with lines, computed from the values alone: after newline
 * normalisation a line break can only sit inside a quoted value, so each
 * record spans one line plus the breaks in its values, and each field starts
 * on the record's line plus the breaks in the fields before it.
 */
function locate(rows: string[][], firstLine: number): CsvRecord[] {
	const records: CsvRecord[] = [];
	let line = firstLine;
	for (const row of rows) {
		const fieldLines: number[] = [];
		let offset = 0;
		for (const field of row) {
			fieldLines.push(line + offset);
			offset += lineBreaks(field);
		}
		const fields = row.map((field) => field.trim());
		if (!fields.every((field) => field === '')) records.push({ fields, line, fieldLines });
		line += offset + 1;
	}
	return records;
}

/**
 * Every record of `text` (newlines already normalised to LF), with lines.
 * Blank lines, and rows whose every field is empty (Excel writes `;;;;`
 * for rows that only had formatting), are dropped. A well-formed file is
 * parsed in one call; a file with a syntax error is parsed again, record by
 * record, to locate the error and resume on the next line.
 */
export function readRecords(
	text: string,
	delimiter: Delimiter
): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
	try {
		// as bytes: given text, csv-parse encodes it to bytes itself, and its browser build
		// does that in JavaScript, a sixth of the time a large file takes to check
		const bytes = new TextEncoder().encode(text);
		return { records: locate(parse(bytes, { ...PARSE_OPTIONS, delimiter }), 1), problems: [] };
	} catch {
		return readRecordsResuming(text, delimiter);
	}
}

function readRecordsResuming(
	text: string,
	delimiter: Delimiter
): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
	const records: CsvRecord[] = [];
	const problems: CsvSyntaxProblem[] = [];
	const lines = text.split('\n');
	// physical line (0-based) where the text being parsed starts; moves past each syntax error
	let startLine = 0;
	while (startLine < lines.length) {
		const rest = lines.slice(startLine).join('\n');
		const good: string[][] = [];
		let lastEnd = 0;
		try {
			parse(rest, {
				...PARSE_OPTIONS,
				delimiter,
				on_record: (record, context) => {
					good.push(record);
					lastEnd = context.lines;
					return null;
				}
			});
			records.push(...locate(good, startLine + 1));
			break;
		} catch (cause) {
			records.push(...locate(good, startLine + 1));
			// the failing record starts right after the last good one
			const failing = startLine + lastEnd;
			const issue = findQuoteIssue(lines.slice(failing).join('\n'), delimiter);
			const reason = cause instanceof CsvError ? cause.message : String(cause);
			problems.push({
				line: failing + 1,
				column: (issue?.field ?? 0) + 1,
				message: issue ? syntaxMessage(issue) : message('unreadableRow', { reason })
			});
			startLine = failing + 1;
		}
	}
	return { records, problems };
}
