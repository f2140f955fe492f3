/** The map's mark sizes: one set of numbers, which Chart.svelte's styles read as custom properties and a card draws with. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	FILL_STRENGTH,
	KEY_MARK_GAP_PX,
	LEGEND_FONT_PX,
	MARK_STYLE,
	PLANNED_DASH_PX,
	RING_DIAMETER_PX,
	ROOT_FONT_PX
} from '$lib/charts/map/marks';
import { MAP_STATUSES } from '$lib/charts/map/row';

/** MARK_STYLE as a map from property to value. */
const properties = new Map(
	MARK_STYLE.split('; ').map((declaration) => {
		const [name, value] = declaration.split(': ');
		return [name, value];
	})
);
const component = readFileSync('src/lib/charts/map/Chart.svelte', 'utf8');
const tokens = readFileSync('src/lib/styles/tokens.css', 'utf8');

/** The custom properties a CSS text reads with var() and no fallback, and those it sets (`--x:` or Svelte's `style:--x`). */
const read = (css: string) => new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
const set = (css: string) =>
	new Set([...css.matchAll(/(?:^|[\s;{:])(--[\w-]+)[=:]/g)].map((m) => m[1]));

describe('MARK_STYLE', () => {
	it('sets each property once, a length, a percentage or a plain number', () => {
		expect(properties.size).toBe(MARK_STYLE.split('; ').length);
		for (const [name, value] of properties) {
			expect(name).toMatch(/^--[a-z-]+$/);
			expect(value).toMatch(/^(\d+(\.\d+)?(px|rem|%)?)( \d+(\.\d+)?)*$/);
		}
	});

	it('writes the numbers of marks.ts, with their units', () => {
		expect(properties.get('--ring')).toBe(`${RING_DIAMETER_PX}px`);
		expect(properties.get('--planned-dash')).toBe(PLANNED_DASH_PX.join(' '));
		for (const status of MAP_STATUSES)
			expect(properties.get(`--fill-${status}`)).toBe(`${FILL_STRENGTH[status] * 100}%`);
		// the legend follows the reader's font size: rem on the page, px at the default root size on a card
		expect(properties.get('--legend-font')).toBe('0.875rem');
		expect(parseFloat(properties.get('--legend-font')!) * ROOT_FONT_PX).toBe(LEGEND_FONT_PX);
		expect(parseFloat(properties.get('--key-mark-gap')!) * ROOT_FONT_PX).toBe(KEY_MARK_GAP_PX);
	});

	it('is the figure’s style, and every property it sets is read by the component', () => {
		expect(component).toContain('style={MARK_STYLE}');
		const used = read(component);
		for (const name of properties.keys()) expect(used, name).toContain(name);
	});

	it('leaves the component no property that nothing sets (a design token, the component itself or marks.ts)', () => {
		const defined = new Set([...properties.keys(), ...set(tokens), ...set(component)]);
		for (const name of read(component)) expect(defined, name).toContain(name);
	});
});
