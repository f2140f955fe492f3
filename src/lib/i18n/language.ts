/**
 * What a language of the story is: its code, its `Intl` locale, its own name
 * for the language switch, how its copy is typeset, and every word the page
 * and the charts print around the editors' copy. One folder per language
 * (`src/lib/i18n/<code>/`) fills this in; `languages.ts` lists them.
 */
import type { TypesetRule } from '../text/rules.ts';
import type { MapWords } from '../charts/map/text.ts';
import type { CapexWords } from '../charts/capex/text.ts';
import type { MarketWords } from '../charts/market/text.ts';
import type { CodeKind } from '../embed/codes.ts';

export interface PageWords {
	/** the line above the headline */
	kicker: string;
	/** the link that leads a reader of another language to this one, written in this language: "Read in English" */
	readIn: string;
	sourcesHeading: string;
	/** "Step 3 of 15", for the visually hidden step heading */
	stepOf: (n: number, total: number) => string;
	/** the disclosure under each chart that opens its data table */
	data: string;
	/** the skip link before the story's steps, to the text after them */
	skipGraphic: string;
	/** the layout switch: its label, and each layout as a button names it */
	layout: { label: string; scrolly: string; stacked: string };
}

export interface NumberWords {
	/** an amount in billions of US dollars, from the formatted number: "32 Md$", "$32bn" */
	bnUsd: (number: string) => string;
	/** a signed percentage, from the formatted signed number: "+3,6 %", "+3.6%" */
	percent: (number: string) => string;
	/** a lower bound ("more than" in the source), from the formatted amount: "plus de 32 Md$" */
	lowerBound: (amount: string) => string;
}

/** Punctuation between the parts of a generated sentence. */
export interface PunctuationWords {
	/** after a heading: French sets a no-break space before the colon */
	colon: string;
	/** between the items of a list */
	list: string;
	/** between clauses */
	clause: string;
}

export interface SourceWords {
	/** the label before one source and before several */
	source: string;
	sources: string;
	/** between two sources */
	separator: string;
}

/** What the dev page says when data/ has problems. */
export interface ProblemWords {
	errors: (n: number) => string;
	warningsOnly: (n: number) => string;
	none: string;
	help: string;
	line: string;
	column: string;
	error: string;
	warning: string;
	copy: string;
}

/** The query parameters an embed reads or receives, by name, for the embed index. */
export type EmbedParameter = 'theme' | 'childId' | 'initialWidth, parentTitle, parentUrl';

/** The messages an embed exchanges with its host, by name, for the embed index. */
export type EmbedMessage =
	| 'height'
	| 'embed-size'
	| 'parentPositionInfo'
	| 'width'
	| 'frames-init'
	| 'viewport-iframe-position';

/** What the one-chart embeds say around their chart. */
export interface EmbedWords {
	/** the link under a one-chart embed to the whole story (it opens in the host's window) */
	credit: string;
}

/**
 * What the embed index (/embed/) says, for newsrooms' developers: in each
 * language's folder, `embed-index.ts`. Only that page's server load reads
 * them (src/lib/server/embed-index-words.ts), so that no island carries them.
 */
export interface EmbedIndexWords {
	/** the index's title, and its first paragraph (also its description) */
	title: string;
	intro: string;
	storyHeading: string;
	/** how the story embed behaves under each kind of host */
	storyNote: string;
	chartsHeading: string;
	chartsNote: string;
	stepsHeading: string;
	stepsNote: string;
	/** the choice of the live preview's width */
	previewWidth: string;
	/** the name of each code, and when to use it */
	codes: Record<CodeKind, string>;
	codeNotes: Record<CodeKind, string>;
	/** said when the codes' addresses are relative to the index (the build had no base URL); true before and after the index's script writes them in full, so it stays (hiding it would move the page) */
	relativeUrls: string;
	/** the card's name, before its size in px */
	card: string;
	cardNote: string;
	parametersHeading: string;
	parametersIntro: string;
	parameters: Record<EmbedParameter, string>;
	messagesIntro: string;
	messages: Record<EmbedMessage, string>;
	/** the two columns of those tables */
	nameColumn: string;
	effectColumn: string;
}

export interface Words {
	page: PageWords;
	numbers: NumberWords;
	punctuation: PunctuationWords;
	sources: SourceWords;
	problems: ProblemWords;
	map: MapWords;
	capex: CapexWords;
	market: MarketWords;
	embed: EmbedWords;
}

export interface Language<Code extends string = string> {
	/** ISO 639-1, lower case: the page's path (`/en/`), `<html lang>` and the copy file `data/story.<code>.aml` */
	code: Code;
	/** the BCP 47 locale of every `Intl` formatter of the page: numbers, lists, country names, dates */
	locale: string;
	/** the language's name in itself, for lists of languages */
	name: string;
	/** the typesetter's rules for copy in this language, applied in order */
	typography: readonly TypesetRule[];
	words: Words;
}
