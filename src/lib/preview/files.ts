/**
 * Which dropped files the preview page takes, and why it refuses the others,
 * before reading a byte: a file takes the place of the story's file of the
 * same name; a spreadsheet workbook, an unknown name or an over-size file is
 * a located problem instead. Pure.
 */
import { error, message } from '../data/problems.ts';
import type { Problem } from '../types.ts';

/**
 * The largest file the page reads, in bytes (10 MB, as data/README.md
 * states): a story's CSV is a few kilobytes and a 10,000-row one about 1 MB,
 * so a larger file is almost certainly the wrong one, and reading it would
 * keep the editor waiting for nothing.
 */
export const MAX_FILE_BYTES = 10_000_000;

/** File name endings of spreadsheet workbooks, which must be saved as CSV first. */
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

export interface DroppedFile {
	name: string;
	/** bytes */
	size: number;
}

export interface SortedFiles {
	/** the dropped files taken, by index in the drop, each with the story's file it replaces */
	accepted: { index: number; path: string }[];
	/** a located problem for each file refused, at 1:1 of the file */
	refused: Problem[];
}

/** The name a file is dropped under: the last part of a path. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Sorts a drop against the story's files (`paths`, e.g. `data/capex.csv`):
 * names compare without case (`Capex.CSV` is capex.csv, as Windows and macOS
 * see it). When a drop holds two files of one name, the later one is taken.
 */
export function sortDropped(
	dropped: readonly DroppedFile[],
	paths: readonly string[],
	limit = MAX_FILE_BYTES
): SortedFiles {
	const accepted = new Map<string, number>();
	const refused: Problem[] = [];
	const names = paths.map(baseName);
	dropped.forEach((file, index) => {
		const path = paths.find((known) => baseName(known).toLowerCase() === file.name.toLowerCase());
		const at = (name: string) => ({ file: name, line: 1, column: 1, field: '' });
		if (WORKBOOK.test(file.name)) refused.push(error(at(file.name), message('workbook')));
		else if (path === undefined)
			refused.push(error(at(file.name), message('unknownFile', { expected: names })));
		else if (file.size > limit)
			refused.push(error(at(path), message('tooLarge', { bytes: file.size, limit })));
		else accepted.set(path, index);
	});
	return { accepted: [...accepted].map(([path, index]) => ({ index, path })), refused };
}
