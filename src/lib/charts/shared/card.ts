/**
 * What the charts' cards share (see `ChartCard` in spec.ts): editing the
 * start tags of server-rendered SVG markup, where a line of the card's font
 * sits in its line box, and the bar charts' common marks in the design
 * tokens' colours. Build-time, plain strings.
 */

/**
 * The cards' font's vertical metrics (Inter's hhea ascender and descender
 * over 2048 units per em, src/lib/server/fonts/), to place lines as CSS
 * does: each line box centred on the font's ascent + descent.
 * tests/unit/server/cards.test.ts reads them from the font.
 */
export const FONT_ASCENT_EM = 0.96875;
export const FONT_DESCENT_EM = 0.2412109375;

/** Where a line's baseline sits below the top of its line box (`fontSize` × `lineHeight` tall), in the font size's unit. */
export function baselineInLineBox(fontSize: number, lineHeight: number): number {
	const halfLeading = ((lineHeight - FONT_ASCENT_EM - FONT_DESCENT_EM) * fontSize) / 2;
	return halfLeading + FONT_ASCENT_EM * fontSize;
}

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
