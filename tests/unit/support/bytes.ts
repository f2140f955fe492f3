/** Text to bytes in each encoding a spreadsheet writes, and problems to contract lines. */
import iconv from 'iconv-lite';
import type { Problem } from '$lib/types';
import { formatProblem } from '$lib/data/problems';

export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** As Excel in a French locale saves: Windows-1252 bytes (’ is 0x92, – 0x96, € 0x80, … 0x85). */
export function win1252(text: string): Uint8Array {
	return new Uint8Array(iconv.encode(text, 'win1252'));
}

export function withBom(text: string): Uint8Array {
	return utf8(`\uFEFF${text}`);
}

export function lines(problems: readonly Problem[]): string[] {
	return problems.map(formatProblem);
}

export function errorLines(problems: readonly Problem[]): string[] {
	return lines(problems.filter((p) => p.severity === 'error'));
}
