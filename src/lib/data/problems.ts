/**
 * Located problems in editors' files, and the one line format every tool
 * prints them in: `FILE:LINE:COLUMN: FIELD: message` (see DESIGN.md, "The
 * contract"). The prefix is the same in every language, so that editors'
 * tools jump to the place whatever the language; the message after it is
 * rendered from the language's table (src/lib/i18n/<code>/messages.ts).
 */
import type { Problem } from '../types.ts';
import {
	FALLBACK_MESSAGES,
	renderMessage,
	type CheckerMessages,
	type Message
} from '../i18n/messages.ts';

export { message } from '../i18n/messages.ts';

/** What a converter or a rule found, before it knows which file and line it is in. */
export interface Place {
	file: string;
	line: number;
	column: number;
	field: string;
}

export function error(place: Place, message: Message): Problem {
	const { file, line, column, field } = place;
	return { file, line, column, field, message, severity: 'error' };
}

export function warning(place: Place, message: Message): Problem {
	const { file, line, column, field } = place;
	return { file, line, column, field, message, severity: 'warning' };
}

/**
 * The contract line, its message in `table`'s language. Warnings carry the
 * table's `warning` marker on the message so editors' tools can tell them
 * from errors; a file-level problem without a field leaves the field out
 * rather than printing an empty `: :`.
 */
export function formatProblemIn(p: Problem, table: CheckerMessages): string {
	const field = p.field === '' ? '' : `${p.field}: `;
	return `${p.file}:${p.line}:${p.column}: ${field}${problemText(p, table)}`;
}

/** The contract line in the fallback language, English (one parameter, so `problems.map(formatProblem)` works). */
export function formatProblem(p: Problem): string {
	return formatProblemIn(p, FALLBACK_MESSAGES.checker);
}

/** A problem's message with its severity marker, in `table`'s language: what follows the contract prefix. */
function problemText(p: Problem, table: CheckerMessages): string {
	const text = renderMessage(p.message, table);
	return p.severity === 'warning'
		? renderMessage({ key: 'warning', params: { text } }, table)
		: text;
}

/** A problem as a page shows it: located, its message and its contract line in the page's language. Plain text. */
export interface ShownProblem extends Place {
	severity: Problem['severity'];
	/** the message alone, without the severity marker */
	message: string;
	/** the contract line, exactly as the CLI prints it in that language */
	contract: string;
}

export function showProblem(p: Problem, table: CheckerMessages): ShownProblem {
	return {
		file: p.file,
		line: p.line,
		column: p.column,
		field: p.field,
		severity: p.severity,
		message: renderMessage(p.message, table),
		contract: formatProblemIn(p, table)
	};
}

export function hasErrors(problems: readonly Pick<Problem, 'severity'>[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** By file, then line, then column; problems at the same place keep their order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
}
