/**
 * What the charts' cards share (see `ChartCard` in spec.ts): editing the
 * start tags of server-rendered SVG markup, and the bar charts' common marks
 * in the design tokens' colours. Build-time, plain strings.
 */

/** An element's start tag: its name and its attributes, values as written (escaped). */
export interface StartTag {
	name: string;
	attributes: Map<string, string>;
}

/** A start tag as Svelte's server render writes it: attribute values double-quoted. */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

function readTag(name: string, attributes: string): StartTag {
	const map = new Map<string, string>();
	for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) map.set(key!, value ?? '');
	return { name, attributes: map };
}

function writeTag({ name, attributes }: StartTag, selfClosing: boolean): string {
	const written = [...attributes].map(([key, value]) => ` ${key}="${value}"`).join('');
	return `<${name}${written}${selfClosing ? '/' : ''}>`;
}

/**
 * `markup` with each start tag passed through `edit`, which changes the tag
 * it is given (attributes may be set or deleted) or returns false to leave it
 * as written.
 */
export function editStartTags(markup: string, edit: (tag: StartTag) => boolean): string {
	return markup.replace(START_TAG, (whole, name: string, attributes: string, slash: string) => {
		const tag = readTag(name, attributes);
		return edit(tag) ? writeTag(tag, slash === '/') : whole;
	});
}

/** The classes of a tag. */
export function classesOf(tag: StartTag): string[] {
	return (tag.attributes.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
}

/**
 * The marks every bar chart has (BarFrame.svelte styles them for the page):
 * gridlines, the baseline, tick labels.
 */
export const BAR_CARD_STYLE = `
.grid { stroke: var(--rule); stroke-width: 1; }
.baseline { stroke: var(--ink); stroke-width: 1.5; }
.tick { fill: var(--ink-muted); }
`;
