import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MapChart from '$lib/charts/map/Chart.svelte';
import { completeMapSvg } from '$lib/charts/map/card';
import { layoutMap } from '$lib/charts/map/geography';
import { mapView } from '$lib/charts/map/layout';
import type { DataCentre } from '$lib/charts/map/row';
import type { MapState } from '$lib/charts/map/state';
import { countryName } from '$lib/charts/map/text';
import { firstSvg } from '$lib/server/chart-card';

const source = { base: 'Rapport annuel', byLang: {} };
const rows: DataCentre[] = [
	{
		id: 'tokyo',
		country: 'JP',
		status: 'existing',
		precision: 'site',
		lat: 35.68,
		lon: 139.69,
		source
	},
	{
		id: 'sg',
		country: 'SG',
		status: 'existing',
		precision: 'country',
		lat: 1.35,
		lon: 103.82,
		source
	},
	{ id: 'de', country: 'DE', status: 'planned', precision: 'country', lat: 51.2, lon: 10.4, source }
];
const layout = layoutMap(rows, ['DE'], 'fr');
/** a card's chart box, at the page's scale */
const SIZE = { width: 620, height: 170 };

function card(state: MapState): string {
	const html = render(MapChart, {
		props: { prepared: layout, view: state, lang: 'fr', root: './' }
	}).body;
	return completeMapSvg(firstSvg(html), layout, state, 'fr', SIZE);
}

const number = (svg: string, pattern: RegExp) => Number(pattern.exec(svg)?.[1]);

describe('completeMapSvg', () => {
	const world = card({ focus: 'world', highlight: 'all', annotations: [] });
	const germany = card({ focus: 'DE', highlight: 'planned', annotations: [] });

	it('inlines the base map instead of referring to world.svg', () => {
		expect(world).not.toContain('<use');
		expect(world).toMatch(/<g class="world" stroke-width="[\d.]+">\s*<path /);
	});

	it('zooms as mapView does for the card’s size, with an SVG transform', () => {
		const { zoom } = mapView(layout, { focus: 'DE', highlight: 'planned', annotations: [] }, SIZE);
		expect(zoom.k).toBeGreaterThan(1);
		expect(germany).toContain(`transform="translate(${zoom.x} ${zoom.y}) scale(${zoom.k})"`);
		expect(germany).not.toMatch(/class="zoom[^"]*"[^>]*style=/);
	});

	it('keeps the outlines at their page width whatever the zoom', () => {
		// a world view is framed on its countries too: each drawing at its own zoom
		const zoomOf = (state: MapState) => mapView(layout, state, SIZE).zoom.k;
		const k = zoomOf({ focus: 'DE', highlight: 'planned', annotations: [] });
		const kWorld = zoomOf({ focus: 'world', highlight: 'all', annotations: [] });
		expect(k).not.toBeCloseTo(kWorld, 1);
		const countryStroke = /<path class="country[^"]*"[^>]*stroke-width="([\d.e-]+)"/;
		const worldStroke = /<g class="world" stroke-width="([\d.e-]+)"/;
		expect(number(germany, countryStroke) * k).toBeCloseTo(
			number(world, countryStroke) * kWorld,
			9
		);
		expect(number(germany, worldStroke) * k).toBeCloseTo(number(world, worldStroke) * kWorld, 9);
	});

	it('draws the markers and the labels of the highlighted countries, in the page’s language', () => {
		const drawing = mapView(layout, { focus: 'world', highlight: 'all', annotations: [] }, SIZE);
		const shown = drawing.markers.filter((m) => !m.hidden).length;
		expect(world.match(/<circle /g)?.length).toBe(shown);
		for (const label of drawing.labels.filter((l) => !l.hidden))
			expect(world).toContain(`>${countryName(label.code, 'fr')}</text>`);
		expect(world).toContain('>Allemagne</text>');
	});

	it('dims with fill and stroke opacities, never opacity (resvg aborts on it off-canvas)', () => {
		const dimmed = card({ focus: 'world', highlight: 'planned', annotations: [] });
		expect(dimmed).toContain('fill-opacity="0.3" stroke-opacity="0.3"');
		expect(dimmed).not.toMatch(/[\s"]opacity=/);
	});

	it('says so when the map draws no base map to inline', () => {
		expect(() =>
			completeMapSvg(
				'<svg viewBox="0 0 1 1"></svg>',
				layout,
				{ focus: 'world', highlight: 'all', annotations: [] },
				'fr',
				SIZE
			)
		).toThrow(/no <use> of the base map/);
	});
});
