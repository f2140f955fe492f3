import { describe, expect, it } from 'vitest';
import { drawBarLengths } from '$lib/charts/market/card';

const bar = (scale: string, x = 40) =>
	`<rect class="bar svelte-1 ytd" x="${x}" y="0" width="1" height="18" style="transform: ${scale};"></rect>`;

describe('drawBarLengths', () => {
	it.each([
		['a rise: from the zero line rightwards', 'scaleX(120.5)', 40, 120.5],
		['a fall: from the zero line leftwards', 'scaleX(-30)', 10, 30],
		['no move', 'scaleX(0)', 40, 0],
		['an exponent', 'scaleX(1e2)', 40, 100]
	])('%s', (_name, scale, x, width) => {
		const out = drawBarLengths(bar(scale));
		expect(out).toBe(
			`<rect class="bar svelte-1 ytd" x="${x}" y="0" width="${width}" height="18"></rect>`
		);
	});

	it('keeps the rest of a bar’s style', () => {
		expect(
			drawBarLengths(
				'<rect class="bar" x="0" width="1" style="fill: red; transform: scaleX(3)"></rect>'
			)
		).toBe('<rect class="bar" x="0" width="3" style="fill: red"></rect>');
	});

	it('leaves other elements alone, transforms included', () => {
		const row =
			'<g class="row" style="transform: translate(0px, 3px);"><rect class="grid" x="1"/></g>';
		expect(drawBarLengths(row)).toBe(row);
	});

	it('says so when a bar is not drawn by scaleX', () => {
		expect(() => drawBarLengths(bar('scale(2)'))).toThrow(/a market bar has no scaleX\(\)/);
		expect(() => drawBarLengths('<rect class="bar" x="0"></rect>')).toThrow(/scaleX/);
	});
});
