/**
 * Social cards: PNG images of a chart, rendered at build time from the same
 * SVG the page draws, for `og:image` / `twitter:image` and for hosts that
 * show no iframes. resvg (`@resvg/resvg-js`) draws them with the font the
 * project ships, and never with the machine's fonts, so that every machine
 * makes the same bytes: src/lib/server/fonts/Inter-{Regular,Bold}.ttf, Inter 4.001,
 * copied from the npm package `@expo-google-fonts/inter` 0.4.2 (SIL Open
 * Font License: Inter-OFL.txt beside them).
 *
 * What a chart SVG must be for resvg:
 * - one `<svg>` element with a `viewBox`;
 * - its colours and type in presentation attributes (`fill="#1d3557"`,
 *   `font-size="14"`), in `style` attributes, or in a `<style>` element inside
 *   it: resvg knows nothing of the page's stylesheets, and a class styled
 *   only there comes out black;
 * - `var(--name)` only for the design tokens (src/lib/styles/tokens.css):
 *   resvg does not resolve custom properties, so `composeCard` replaces them;
 * - images inlined as `data:` URLs: resvg loads no file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { readTokens } from '../styles/themes.ts';
import { baselineInLineBox, FONT_ASCENT_EM, FONT_DESCENT_EM } from '$lib/charts/shared/card';

/**
 * A card's size, px: the 1.91:1 image that Facebook, LinkedIn and X's large
 * summary card all show without cropping, at the width they recommend
 * (sharp on a phone's screen, and far under their file-size limits).
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The family name inside the shipped font files. */
export const CARD_FONT_FAMILY = 'Inter';
/** Under the project root. */
export const CARD_FONT_FILES = [
	'src/lib/server/fonts/Inter-Regular.ttf',
	'src/lib/server/fonts/Inter-Bold.ttf'
];
const TOKENS_FILE = 'src/lib/styles/tokens.css';

export interface CardOptions {
	/** the project root, where src/lib/server/fonts/ is; default: the working directory, as the build runs */
	root?: string;
	/** width of the PNG, px; the height follows the SVG's proportions. Default CARD_WIDTH */
	width?: number;
	/**
	 * what to do with text that does not fit its lines at the smallest size:
	 * `error` (the default) says what to shorten; `ellipsis` cuts it short with
	 * "…", for text from editors' copy and data, which a card must never stop
	 * the build for (a feed shows a card's title cut short anyway)
	 */
	overflow?: 'error' | 'ellipsis';
}

function fontOptions(root: string): NonNullable<ResvgRenderOptions['font']> {
	return {
		fontFiles: CARD_FONT_FILES.map((file) => join(root, file)),
		loadSystemFonts: false,
		// whatever family the SVG names (the page's stacks name system fonts), the shipped font draws it
		defaultFontFamily: CARD_FONT_FAMILY,
		sansSerifFamily: CARD_FONT_FAMILY,
		serifFamily: CARD_FONT_FAMILY,
		monospaceFamily: CARD_FONT_FAMILY,
		cursiveFamily: CARD_FONT_FAMILY,
		fantasyFamily: CARD_FONT_FAMILY
	};
}

/** A PNG of `svg`, `width` px wide, drawn with the shipped font only. */
export function renderCard(
	svg: string,
	{ root = process.cwd(), width = CARD_WIDTH }: CardOptions = {}
): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: fontOptions(root),
		logLevel: 'error'
	});
	return new Uint8Array(resvg.render().asPng());
}

/**
 * The custom properties declared in a stylesheet (`--name: value;`), comments
 * left out; a colour given for both themes (`light-dark(…)`) takes its light
 * value: cards are drawn light, whatever the theme of the page that shows them.
 */
export function readCssTokens(css: string): Record<string, string> {
	return readTokens(css, 'light');
}

/** Index of the `)` that closes the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return -1;
}

/**
 * `text` with every `var(--name)` and `var(--name, fallback)` replaced by the
 * token's value (itself resolved) or the fallback. A name with neither, a
 * cycle, or an unclosed `var(` is an error that names it: a card that came
 * out black would say nothing.
 */
export function resolveCssVariables(text: string, tokens: Record<string, string>): string {
	const resolve = (text: string, resolving: readonly string[]): string => {
		let out = '';
		let from = 0;
		for (let at = text.indexOf('var(', from); at !== -1; at = text.indexOf('var(', from)) {
			const close = closingParen(text, at + 3);
			if (close === -1) throw new Error(`cards: "${text.slice(at, at + 40)}" has no closing ")"`);
			const inner = text.slice(at + 4, close);
			const comma = inner.indexOf(',');
			const name = (comma === -1 ? inner : inner.slice(0, comma)).trim().replace(/^--/, '');
			const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
			if (resolving.includes(name))
				throw new Error(
					`cards: var(--${name}) refers to itself (${[...resolving, name].join(' → ')})`
				);
			let value: string;
			if (Object.hasOwn(tokens, name)) value = resolve(tokens[name]!, [...resolving, name]);
			else if (fallback !== undefined) value = resolve(fallback, resolving);
			else
				throw new Error(
					`cards: var(--${name}) is not a design token (${TOKENS_FILE}) and has no fallback`
				);
			out += text.slice(from, at) + value;
			from = close + 1;
		}
		return out + text.slice(from);
	};
	return resolve(text, []);
}

/** Text and attribute values as XML needs them. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The drawn width of one line of text in the shipped font, px, as resvg lays it out. */
export function measureText(
	text: string,
	fontSize: number,
	fontWeight: number,
	root: string = process.cwd()
): number {
	if (text.trim() === '') return 0;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${fontSize * text.length + fontSize}" height="${fontSize * 2}">` +
		`<text x="0" y="${fontSize * 1.5}" font-family="${CARD_FONT_FAMILY}" font-size="${fontSize}" font-weight="${fontWeight}">${escapeXml(text)}</text></svg>`;
	return new Resvg(svg, { font: fontOptions(root) }).getBBox()?.width ?? 0;
}

/**
 * `text` in lines no wider than `width`, broken at plain spaces only (the
 * no-break spaces of French typography hold), or null when it takes more than
 * `maxLines` or a word alone is too wide.
 */
export function wrapText(
	text: string,
	width: number,
	maxLines: number,
	measure: (line: string) => number
): string[] | null {
	const words = text.split(' ').filter((word) => word !== '');
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else if (measure(word) <= width) lines.push(word);
		else return null;
	}
	return lines.length <= maxLines ? lines : null;
}

/** What ends a line of text cut short. */
export const ELLIPSIS = '…';

/**
 * `text` in at most `maxLines` lines no wider than `width`, broken at plain
 * spaces as `wrapText` does; what does not fit is left out and the last line
 * ends with an ellipsis. A word wider than a line is cut inside the word.
 */
export function clampText(
	text: string,
	width: number,
	maxLines: number,
	measure: (line: string) => number
): string[] {
	const whole = wrapText(text, width, maxLines, measure);
	if (whole) return whole;
	// it does not fit: fill the lines up to the first word that overflows, then cut the last line
	const lines: string[] = [];
	for (const word of text.split(' ').filter((word) => word !== '')) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= width) {
			lines[lines.length - 1] = `${last} ${word}`;
			continue;
		}
		if (lines.length === maxLines) break;
		lines.push(word);
		if (measure(word) > width) break;
	}
	// the last line gives up words, then characters, until it fits with its ellipsis
	let last = lines.pop() ?? '';
	while (last !== '' && measure(`${last}${ELLIPSIS}`) > width) {
		const space = last.lastIndexOf(' ');
		last = space > 0 ? last.slice(0, space) : [...last].slice(0, -1).join('');
	}
	// no space before the ellipsis, nor the punctuation a cut leaves behind
	lines.push(`${last.replace(/[\s,;:]+$/u, '')}${ELLIPSIS}`);
	return lines;
}

/** A text block of the card: the sizes tried in turn until the text fits in `maxLines`. */
interface TextStyle {
	sizes: readonly number[];
	weight: number;
	maxLines: number;
	lineHeight: number;
}

/** The card's type scale, px: large enough to read in a feed at a third of its size. */
const TITLE: TextStyle = { sizes: [56, 48, 40], weight: 700, maxLines: 2, lineHeight: 1.15 };
const SUBTITLE: TextStyle = { sizes: [30, 26], weight: 400, maxLines: 2, lineHeight: 1.25 };
const SOURCE: TextStyle = { sizes: [22, 19], weight: 400, maxLines: 2, lineHeight: 1.3 };
/** Space around everything: feeds round the corners and some crop the edges a little. */
const MARGIN = 56;
/** Between the text blocks and the chart. */
const GAP = 24;
/** Between the title and the subtitle, which belong together. */
const SUBTITLE_GAP = 8;
/** Text may take the card's height down to this share for the chart; below, it is an error. */
const MIN_CHART_SHARE = 1 / 3;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A block of text laid out: its lines, their size, and the top of its first line box. */
export interface LaidText {
	lines: string[];
	size: number;
	weight: number;
	lineHeight: number;
	top: number;
}

const blockHeight = (t: Pick<LaidText, 'lines' | 'size' | 'lineHeight'>) =>
	t.lines.length * t.size * t.lineHeight;

function layText(
	text: string,
	style: TextStyle,
	top: number,
	{ root, overflow }: Required<Pick<CardOptions, 'root' | 'overflow'>>,
	what: string
): LaidText {
	const width = CARD_WIDTH - 2 * MARGIN;
	const laid = (lines: string[], size: number): LaidText => ({
		lines,
		size,
		weight: style.weight,
		lineHeight: style.lineHeight,
		top
	});
	for (const size of style.sizes) {
		const lines = wrapText(text, width, style.maxLines, (line) =>
			measureText(line, size, style.weight, root)
		);
		if (lines) return laid(lines, size);
	}
	const smallest = style.sizes.at(-1)!;
	if (overflow === 'ellipsis')
		return laid(
			clampText(text, width, style.maxLines, (line) =>
				measureText(line, smallest, style.weight, root)
			),
			smallest
		);
	throw new Error(
		`cards: the ${what} "${text}" does not fit in ${style.maxLines} lines at ${style.sizes.at(-1)} px; shorten it`
	);
}

export { FONT_ASCENT_EM, FONT_DESCENT_EM };

/** The `<text>` lines of a block. */
function drawText({ lines, size, weight, lineHeight, top }: LaidText, colour: string): string {
	const step = size * lineHeight;
	return lines
		.map((line, i) => {
			const baseline = top + i * step + baselineInLineBox(size, lineHeight);
			return `<text x="${MARGIN}" y="${baseline.toFixed(1)}" font-family="${CARD_FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`;
		})
		.join('');
}

const SVG_ROOT = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/;

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
	return match ? (match[1] ?? match[2]) : undefined;
}

/** The chart's root `<svg>` moved into a box of the card, scaled to fit it whole. */
function placeChart(chart: string, box: Box): string {
	const trimmed = chart.trim();
	const match = SVG_ROOT.exec(trimmed);
	if (!match || match.index !== 0 || !trimmed.endsWith('</svg>'))
		throw new Error('cards: the chart must be one <svg> element (with its content and </svg>)');
	const attributes = match[1]!;
	const width = Number(attribute(attributes, 'width'));
	const height = Number(attribute(attributes, 'height'));
	const viewBox =
		attribute(attributes, 'viewBox') ??
		(width > 0 && height > 0 ? `0 0 ${width} ${height}` : undefined);
	if (!viewBox)
		throw new Error(
			'cards: the chart <svg> has no viewBox (nor a width and height in px): it cannot be scaled into the card'
		);
	const kept = attributes.replace(
		/\s(?:x|y|width|height|viewBox|preserveAspectRatio)\s*=\s*(?:"[^"]*"|'[^']*')/g,
		''
	);
	const placed = `<svg${kept} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
	return placed + trimmed.slice(match[0].length);
}

/** What a card says around its chart, typeset (no-break spaces are kept together). */
export interface CardText {
	/** the chart's title */
	title: string;
	/** a line under the title; none when absent */
	subtitle?: string;
	/** the source line, as the page prints it */
	source: string;
}

export interface CardContent extends CardText {
	/** the chart: one `<svg>` with a viewBox and inline styles (see the top of this file) */
	chart: string;
}

export interface CardLayout {
	title: LaidText;
	subtitle?: LaidText;
	source: LaidText;
	/**
	 * the space left for the chart, px: draw the chart for a box of this size,
	 * and its labels come out at the size they were drawn at
	 */
	chart: Box;
}

/**
 * Where a card's text goes, CARD_WIDTH × CARD_HEIGHT: the title (and
 * subtitle) at the top, the source at the bottom, the chart in between. Text
 * that cannot fit is an error that says which.
 */
export function layoutCard(
	text: CardText,
	{ root = process.cwd(), overflow = 'error' }: CardOptions = {}
): CardLayout {
	const options = { root, overflow };
	const title = layText(text.title, TITLE, MARGIN, options, 'title');
	let top = MARGIN + blockHeight(title);
	let subtitle: LaidText | undefined;
	if (text.subtitle) {
		subtitle = layText(text.subtitle, SUBTITLE, top + SUBTITLE_GAP, options, 'subtitle');
		top = subtitle.top + blockHeight(subtitle);
	}
	const source = layText(text.source, SOURCE, 0, options, 'source');
	source.top = CARD_HEIGHT - MARGIN - blockHeight(source);
	const chart = {
		x: MARGIN,
		y: top + GAP,
		width: CARD_WIDTH - 2 * MARGIN,
		height: source.top - GAP - (top + GAP)
	};
	if (chart.height < CARD_HEIGHT * MIN_CHART_SHARE)
		throw new Error(
			`cards: the title, subtitle and source leave the chart ${Math.round(chart.height)} px of ${CARD_HEIGHT}; shorten them`
		);
	return { title, subtitle, source, chart };
}

/**
 * The SVG of a whole card, as `layoutCard` places it, in the page's colours
 * (tokens.css), with the chart's `var(--token)`s resolved.
 */
export function composeCard(content: CardContent, options: CardOptions = {}): string {
	const root = options.root ?? process.cwd();
	const tokens = readCssTokens(readFileSync(join(root, TOKENS_FILE), 'utf8'));
	const colour = (name: string) => resolveCssVariables(`var(--${name})`, tokens);
	const layout = layoutCard(content, options);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour('paper')}"/>`,
		drawText(layout.title, colour('ink')),
		layout.subtitle ? drawText(layout.subtitle, colour('ink-muted')) : '',
		placeChart(resolveCssVariables(content.chart, tokens), layout.chart),
		drawText(layout.source, colour('ink-muted')),
		'</svg>'
	].join('');
}
