/**
 * What a chart type is, in one place: the CSV it draws and its parser, the
 * keys a step of the copy gives it and their parser, its default state, what
 * the page ships for it, its test hooks, its words for screen readers and its
 * pure layout. Each chart's folder exports one `ChartSpec` (its `index.ts`)
 * next to its component (`Chart.svelte`); `registry.ts` lists them.
 *
 * The spec is build-time code (it reads the atlas, parses files): pages and
 * components never import it. A component imports the pure modules of its
 * own folder (state, layout, text) directly, so the browser gets only those.
 */
import type { Lang } from '../i18n/languages.ts';
import type { Problem } from '../types.ts';
import type { Place } from '../data/problems.ts';
import type { DataTable } from './shared/table.ts';

/** A `key: value` line of the copy, where it is. */
export interface CopyKey {
	key: string;
	/** the rest of the line after the colon, trimmed */
	value: string;
	line: number;
	/** 1-based character column where the value starts (after `key:` and spaces) */
	column: number;
}

/** What a chart's copy parser gets besides its keys. */
export interface CopyContext<Row> {
	/** the copy file, for located problems */
	file: string;
	/** the chart's CSV rows, to check references against; undefined when that file has errors (already reported) */
	rows: readonly Row[] | undefined;
	/** problems found so far in the copy file; the parser adds its own */
	problems: Problem[];
}

/** The place of a key's value (or of a column inside it), for a located problem. */
export function placeOf(ctx: { file: string }, key: CopyKey, column = key.column): Place {
	return { file: ctx.file, line: key.line, column, field: key.key };
}

/** The items of a comma list with the column where each starts, for located errors. */
export function listItems(key: CopyKey): { item: string; column: number }[] {
	const items: { item: string; column: number }[] = [];
	let offset = 0;
	for (const part of key.value.split(',')) {
		const lead = part.length - part.trimStart().length;
		if (part.trim() !== '') items.push({ item: part.trim(), column: key.column + offset + lead });
		offset += part.length + 1;
	}
	return items;
}

/** The size of a chart's drawing area in CSS pixels, once measured. */
export interface Size {
	width: number;
	height: number;
}

/** The words around a chart in one state, as its figure prints them: cards, embeds and page metadata print them too. */
export interface ChartCaption {
	/** the chart's title */
	title: string;
	/** the line under the title (the unit, what the figures cover); none when the title says it all */
	subtitle?: string;
	/** the source line, as the chart prints it ("Source : …"); empty when none is named */
	source: string;
}

/**
 * How a card (a PNG of the chart, src/lib/server/chart-card.ts) draws the
 * chart: from the `<svg>` its component draws on the server, which resvg
 * renders knowing nothing of the page's stylesheets.
 */
export interface ChartCard<Prepared, State> {
	/**
	 * the chart's marks in the design tokens' colours, as CSS that resvg reads:
	 * rules with class selectors only (`.bar { fill: var(--bar); }`), no
	 * `color-mix()` nor transitions; `.hidden` elements are never drawn
	 */
	style: string;
	/**
	 * turns the component's `<svg>` into one that stands alone, when the
	 * component draws part of the chart elsewhere (the map: its base map is a
	 * file, its markers and labels are HTML); default: the `<svg>` as drawn.
	 * `size` is the size the card lays the chart out at (`layoutSize`), in px
	 * at the page's scale.
	 */
	complete?(svg: string, prepared: Prepared, state: State, lang: Lang, size: Size): string;
}

export interface ChartSpec<Name extends string, Row, State extends object, Prepared> {
	/** the value of `chart:` in the copy, the `data-chart` hook, and the folder's name */
	name: Name;
	/** the CSV file the chart draws, relative to the project's root, and its parser (never throws) */
	data: {
		file: string;
		parse(bytes: Uint8Array, file: string): { rows: Row[]; problems: Problem[] };
	};
	/** the keys a step of this chart may carry, besides `chart` and `text` */
	keys: readonly string[];
	/** the state when a step leaves a key out, and for the chart when no step shows it */
	defaults(rows: readonly Row[]): State;
	/** reads a step's keys; records located problems in `ctx` and returns undefined when one is invalid */
	readState(keys: readonly CopyKey[], ctx: CopyContext<Row>): State | undefined;
	/**
	 * at build time: what a page in `lang` ships for the chart (plain data,
	 * serialised into the page), given every state its steps ask for
	 */
	prepare(rows: readonly Row[], states: readonly State[], lang: Lang): Prepared;
	/**
	 * the copy text a state carries besides the step's own text (the map's
	 * annotations), typeset like that text for the page's language; a chart
	 * whose states hold no text leaves it out
	 */
	typesetState?(state: State, typeset: (text: string) => string): State;
	/** the attributes the chart's root element carries for a state, besides `data-chart` */
	hooks(state: State): Record<string, string>;
	/** what the chart shows in a state, as one plain-text sentence or two: for alt text and descriptions */
	describe(prepared: Prepared, state: State, lang: Lang): string;
	/**
	 * the data behind the chart, whatever its state: every row of its CSV, with
	 * units and sources, drawn as a table under the chart (DataTable.svelte)
	 */
	table(prepared: Prepared, lang: Lang): DataTable;
	/** the pure geometry the component draws, for a measured size (undefined before measurement) */
	layout(prepared: Prepared, state: State, size: Size | undefined, lang: Lang): unknown;
	/** its title, subtitle and source line in a state, the same words its component prints */
	caption(prepared: Prepared, state: State, lang: Lang): ChartCaption;
	/** whether its component prints the caption's title; an embed titles a chart that does not */
	printsTitle: boolean;
	/**
	 * whether its component fills the height of its container (the map, whose
	 * frame stretches) rather than taking its content's (the bar charts): an
	 * embed gives such a chart a panel of its own height
	 */
	fillsHeight: boolean;
	/** how a card draws it */
	card: ChartCard<Prepared, State>;
}

/**
 * The props every chart component (`Chart.svelte` in the chart's folder)
 * takes, so that the page can draw any chart the copy names.
 */
export interface ChartProps<Prepared, State> {
	/** what the page ships for the chart (its spec's `prepare`) */
	prepared: Prepared;
	/** what to show: the chart's state (not named `state`, which would shadow the `$state` rune) */
	view: State;
	/** the page's language: labels, number formats, words */
	lang: Lang;
	/** the site's root relative to the page, ending in `/` (`./`, `../`), for files such as geo/world.svg */
	root: string;
	/**
	 * the height of the panel the chart must fill, px, title and source
	 * included; omitted, the chart takes its own height. Charts that fill
	 * their container by CSS may ignore it.
	 */
	height?: number;
	/**
	 * the size to lay the drawing out at until the browser measures it, px
	 * (the server render): a card asks for the shape of its chart's box.
	 * Omitted, a phone's column. Charts that fill their container by CSS may
	 * ignore it.
	 */
	layoutSize?: Size;
	/**
	 * the states the chart will be shown in after this one (the pinned
	 * graphic's), for a chart whose layout costs enough to be worked out
	 * ahead, while the page is idle, rather than in a step change. Charts
	 * may ignore it.
	 */
	upcoming?: readonly State[];
}

/** Declares a chart with its types inferred. */
export function defineChart<Name extends string, Row, State extends object, Prepared>(
	spec: ChartSpec<Name, Row, State, Prepared>
): ChartSpec<Name, Row, State, Prepared> {
	return spec;
}
