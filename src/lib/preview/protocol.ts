/**
 * What the preview page's island and its worker say to each other
 * (src/lib/islands/preview.svelte.ts and preview-worker.ts). Plain data
 * only: messages are structured-cloned.
 */
import type { PageStory } from '../charts/page.ts';
import type { ShownProblem } from '../data/problems.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Problem } from '../types.ts';

/** Check this set of files: every file the story reads, by path (`data/capex.csv`). */
export interface CheckRequest {
	/** increases with each request: a reply to an older one is stale */
	id: number;
	lang: Lang;
	files: Record<string, Uint8Array>;
	/** the files the page refused before checking (unknown name, workbook, size), to list with the rest */
	refused: Problem[];
}

export type CheckReply =
	/** the check is done: its problems, in the page's language, and its verdict */
	| { id: number; kind: 'checked'; problems: ShownProblem[]; valid: boolean; summary: string }
	/** the files are valid: the story, ready to draw */
	| { id: number; kind: 'drawn'; page: PageStory }
	/** the worker itself failed (not the files): the reason as the browser gives it */
	| { id: number; kind: 'failed'; reason: string };
