/**
 * Located problems in editors' files, and the one line format every tool
 * prints them in: `FILE:LINE:COLUMN: FIELD: message` (see DESIGN.md, "The contract").
 */
import type { Problem } from '../types.ts';

/** What a converter or a rule found, before it knows which file and line it is in. */
export interface Place {
	file: string;
	line: number;
	column: number;
	field: string;
}

export function error(place: Place, message: string): Problem {
	return { ...place, message, severity: 'error' };
}

export function warning(place: Place, message: string): Problem {
	return { ...place, message, severity: 'warning' };
}

/**
 * The contract line. Warnings carry a `warning: ` prefix on the message so
 * editors' tools can tell them from errors; a file-level problem without a
 * field leaves the field out rather than printing an empty `: :`.
 */
export function formatProblem(p: Problem): string {
	const prefix = p.severity === 'warning' ? 'warning: ' : '';
	const field = p.field === '' ? '' : `${p.field}: `;
	return `${p.file}:${p.line}:${p.column}: ${field}${prefix}${p.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** By file, then line, then column; problems at the same place keep their order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
}

/** Quotes a found value for a message: JSON quoting shows spaces, tabs and empty strings plainly. */
export function quote(value: string): string {
	return JSON.stringify(value);
}

/** `a, b or c`, for lists of allowed values in messages. */
export function listOr(values: readonly string[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
