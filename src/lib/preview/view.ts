/** What the preview page shows below its files: plain data, set by the island, drawn by PreviewResult.svelte. */
import type { PageStory } from '../charts/page.ts';
import type { ShownProblem } from '../data/problems.ts';

export type PreviewView =
	/** the story, with the editor's files (`yours`, their names) or as published (none); warnings, if any, above it */
	| { kind: 'story'; page: PageStory; yours: string[]; problems: ShownProblem[] }
	/** the files have errors: every problem, and the checker's verdict line */
	| { kind: 'problems'; problems: ShownProblem[]; summary: string }
	/** the preview itself failed (not the files) */
	| { kind: 'failed'; reason: string };

/** What the page is doing: nothing, checking the files, or drawing the story from them. */
export type PreviewStatus = 'idle' | 'checking' | 'drawing';
