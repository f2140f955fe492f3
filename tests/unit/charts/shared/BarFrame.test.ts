/** The frame the bar charts share, rendered on the server: caption, plot and source in order, its height for a sticky panel, and no hooks of its own. */
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import BarFrame from '$lib/charts/shared/BarFrame.svelte';
import { SERVER_WIDTH_PX } from '$lib/charts/shared/bars';
import { rootHooks } from '../../support/html';

const plot = createRawSnippet(() => ({ render: () => '<svg data-plot=""></svg>' }));

function frame(props: { source: string; height?: number; stretch?: boolean }): string {
	return render(BarFrame, {
		props: { title: 'Titre', subtitle: 'Unité', children: plot, ...props }
	}).body;
}

describe('BarFrame (server render)', () => {
	it('puts the plot between caption and source', () => {
		const body = frame({ source: 'Source : A' });
		const order = ['Titre', 'Unité', 'data-plot', 'Source : A'].map((text) => body.indexOf(text));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('carries no test hooks itself: the chart’s root around it does', () => {
		expect(rootHooks(frame({ source: '' }))).toEqual({});
		expect(frame({ source: '' })).not.toContain('data-chart');
	});

	it.each([
		['an empty source', '', false],
		['a source', 'Source : A', true]
	])('prints a source line only for %s', (_name, source, printed) => {
		expect(frame({ source }).includes('<p class="source')).toBe(printed);
	});

	it.each([
		['no height: the figure is as tall as its content', undefined, null],
		['a height for a sticky panel', 480, 'height: 480px']
	])('sizes the figure with %s', (_name, height, style) => {
		const figure = /<figure[^>]*>/.exec(frame({ source: '', height }))?.[0] ?? '';
		if (style === null) expect(figure).not.toContain('height:');
		else expect(figure).toContain(style);
	});

	it.each([
		['stretches by default', undefined, true],
		['stretches when asked', true, true],
		['keeps its own height when asked', false, false]
	])('%s', (_name, stretch, stretched) => {
		const figure = /<figure[^>]*>/.exec(frame({ source: '', height: 480, stretch }))?.[0] ?? '';
		expect(/class="[^"]*\bstretch\b/.test(figure)).toBe(stretched);
		expect(figure).toMatch(/class="[^"]*\bfixed-height\b/);
	});

	it(`caps the unmeasured drawing at 1.25 × the ${SERVER_WIDTH_PX} px it was laid out at`, () => {
		expect(frame({ source: '' })).toContain(`--unmeasured-max-width: ${SERVER_WIDTH_PX * 1.25}px`);
		expect(SERVER_WIDTH_PX * 1.25).toBe(450);
	});
});
