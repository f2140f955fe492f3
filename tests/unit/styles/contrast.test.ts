/**
 * WCAG 2.1 AA contrast of the design tokens, in both themes, computed from
 * tokens.css itself: text >= 4.5:1 on every background it is set on, marks
 * (bars, sites, country outlines, dots, the focus ring) >= 3:1 on what they
 * are drawn over. A translucent background is laid over what is behind it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTokens, THEMES } from '$lib/styles/themes';

type Rgba = [number, number, number, number];

/** `#rgb`, `#rrggbb` or `rgba(r, g, b, a)`. */
function parseColour(value: string): Rgba {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
	if (hex) {
		const digits = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c) : hex[1]!.match(/../g)!;
		const [r, g, b] = digits.map((d) => parseInt(d, 16)) as [number, number, number];
		return [r, g, b, 1];
	}
	const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(
		value
	);
	if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4] ?? 1)];
	throw new Error(`not a colour this test reads: ${value}`);
}

/** `top` laid over an opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
	const a = top[3];
	return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
}

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: Rgba): number {
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

const CSS = readFileSync('src/lib/styles/tokens.css', 'utf8');

/** Text tokens, and the backgrounds each is set on (a note's box is over the map's land). */
const TEXT = ['ink', 'ink-muted', 'planned', 'existing'];
const TEXT_GROUNDS = ['paper', 'step-bg', 'sea', 'note-bg'];
/** Marks, and what they are drawn over. */
const MARKS = [
	'existing',
	'planned',
	'home',
	'bar',
	'rise',
	'fall',
	'ink',
	'ink-muted',
	'focus-ring'
];
const MARK_GROUNDS = ['paper', 'land'];

describe('the contrast formula', () => {
	it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
		expect(contrast(parseColour('#000'), parseColour('#fff'))).toBeCloseTo(21, 5);
		expect(contrast(parseColour('#1d3557'), parseColour('#1d3557'))).toBe(1);
	});

	it('lays a translucent colour over its ground', () => {
		expect(over(parseColour('rgba(0, 0, 0, 0.5)'), parseColour('#ffffff'))).toEqual([
			127.5, 127.5, 127.5, 1
		]);
	});
});

describe.each(THEMES)('the %s theme', (theme) => {
	const tokens = readTokens(CSS, theme);
	const paper = parseColour(tokens.paper!);
	/** A token as seen: translucent backgrounds over paper, a note's box over land. */
	const seen = (name: string): Rgba => {
		const value = tokens[name];
		if (value === undefined) throw new Error(`tokens.css declares no --${name}`);
		const under = name === 'note-bg' ? over(parseColour(tokens.land!), paper) : paper;
		return over(parseColour(value), under);
	};

	it('declares every colour for both themes', () => {
		for (const line of CSS.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
			if (line[1]!.startsWith('font-')) continue;
			expect(line[2], `--${line[1]}`).toMatch(/^light-dark\(/);
		}
	});

	it.each(TEXT.flatMap((text) => TEXT_GROUNDS.map((ground) => [text, ground])))(
		'sets --%s text on --%s at 4.5:1 or more',
		(text, ground) => {
			expect(contrast(seen(text!), seen(ground!))).toBeGreaterThanOrEqual(4.5);
		}
	);

	it.each(['fall', 'planned'])('sets --paper text on a --%s badge at 4.5:1 or more', (badge) => {
		expect(contrast(seen('paper'), seen(badge))).toBeGreaterThanOrEqual(4.5);
	});

	it.each(MARKS.flatMap((mark) => MARK_GROUNDS.map((ground) => [mark, ground])))(
		'draws --%s marks on --%s at 3:1 or more',
		(mark, ground) => {
			expect(contrast(seen(mark!), seen(ground!))).toBeGreaterThanOrEqual(3);
		}
	);

	it('hatches estimates with --bar lines on --bar-muted at 3:1 or more', () => {
		expect(contrast(seen('bar'), seen('bar-muted'))).toBeGreaterThanOrEqual(3);
	});
});

describe('the two themes', () => {
	it('differ in every colour', () => {
		const light = readTokens(CSS, 'light');
		const dark = readTokens(CSS, 'dark');
		const colours = Object.keys(light).filter((name) => !name.startsWith('font-'));
		expect(colours.length).toBeGreaterThan(10);
		for (const name of colours) expect(dark[name], `--${name}`).not.toBe(light[name]);
	});
});
