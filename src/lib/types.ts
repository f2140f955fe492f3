/**
 * The shapes every module agrees on: located problems, translated text, and
 * what the story copy becomes. Each chart's own shapes (its rows, its state)
 * live in its folder under `src/lib/charts/`; `charts/registry.ts` combines
 * them into `StoryData` and `ChartState`. Plain data only (no classes), so
 * it serialises from the prerender to the page.
 */
import type { Lang } from './i18n/languages.ts';
import type { Message } from './i18n/messages.ts';

export type { Lang } from './i18n/languages.ts';
export type { ChartName, ChartState, StoryData } from './charts/registry.ts';
import type { ChartState } from './charts/registry.ts';

/**
 * A located problem in an editor's file, printed as `FILE:LINE:COLUMN: FIELD: message`
 * in any language of the table (`formatProblem`).
 */
export interface Problem {
	/** path relative to the project root, e.g. `data/capex.csv` */
	file: string;
	/** physical 1-based line in the file (the CSV header is line 1) */
	line: number;
	/** 1-based field index in a CSV; 1 for file-level problems and copy files */
	column: number;
	/** the column or key the problem is about; empty for file-level problems */
	field: string;
	/** what was found and what was expected: a key of the messages' tables and its parameters, rendered per language */
	message: Message;
	severity: 'error' | 'warning';
}

/**
 * A text column and its translations: `base` from the column itself ('' when
 * the file has none), and one entry per `<column>_<lang>` column the file has
 * ('' when its cell is empty). See `inLang` for which one a page prints.
 */
export interface Translated {
	base: string;
	byLang: Partial<Record<Lang, string>>;
}

export interface Step {
	/** paragraphs of plain text */
	text: string[];
	state: ChartState;
	/** line of the step's first key in the copy file, for error messages */
	line: number;
}

/** A parsed `data/story.LANG.aml`. All fields are plain text. */
export interface Story {
	lang: Lang;
	headline: string;
	dek: string;
	byline: string;
	/** the story's date, ISO `YYYY-MM-DD`; absent when the copy leaves `date:` out or empty */
	date?: string;
	intro: string[];
	steps: Step[];
	outro: string[];
	/** the sources and methods note, as paragraphs */
	sources: string[];
}
