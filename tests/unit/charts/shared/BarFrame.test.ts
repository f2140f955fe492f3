import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import ChartFrame from '$lib/components/ChartFrame.svelte';

const plot = createRawSnippet(() => ({ render: () => '<svg data-plot=""></svg>' }));

function frame(props: { source: string; height?: number }): string {
	return render(ChartFrame, {
		props: {
			title: 'Titre',
			subtitle: 'Unité',
			children: plot,
			chart: 'capex',
			years: '2023,2025',
			...props
		}
	}).body;
}

describe('ChartFrame (server render)', () => {
	it('puts the test hooks on the figure, and the plot between caption and source', () => {
		const body = frame({ source: 'Source : A' });
		expect(body).toMatch(/<figure[^>]*data-chart="capex"[^>]*data-years="2023,2025"/);
		const order = ['Titre', 'Unité', 'data-plot', 'Source : A'].map((text) => body.indexOf(text));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
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

	it('caps the unmeasured drawing at 1.25 × the 360 px it was laid out at', () => {
		expect(frame({ source: '' })).toContain('--unmeasured-max-width: 450px');
	});
});
