import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MapChart from '$lib/charts/map/Chart.svelte';
import {
	cardMapView,
	completeMapSvg,
	mapCard,
	layoutLegend,
	swatchWidth
} from '$lib/charts/map/card';
import { pixelsPerUnit } from '$lib/charts/map/frame';
import { layoutMap } from '$lib/charts/map/geography';
import { mapView } from '$lib/charts/map/layout';
import type { DataCentre } from '$lib/charts/map/row';
import type { MapState } from '$lib/charts/map/state';
import {
	DOT_DIAMETER_PX,
	FILL_STRENGTH,
	KEY_MARK_GAP_PX,
	LEGEND_ENTRY_GAP_PX,
	LEGEND_FONT_PX,
	LEGEND_LINE_HEIGHT,
	LEGEND_ROW_GAP_PX,
	NOTE_LINE_PX,
	RING_BORDER_PX
} from '$lib/charts/map/marks';
import { estimateTextWidth } from '$lib/charts/shared/bars';
import { countryName, legendKeys, legendText } from '$lib/charts/map/text';
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

	it('zooms as mapView does for the card’s size and legend, with an SVG transform', () => {
		const state: MapState = { focus: 'DE', highlight: 'planned', annotations: [] };
		const { drawing, legend } = cardMapView(layout, state, 'fr', SIZE);
		const { zoom } = drawing;
		expect(zoom).toEqual(mapView(layout, state, SIZE, legend.height).zoom);
		expect(zoom.k).toBeGreaterThan(1);
		expect(germany).toContain(`transform="translate(${zoom.x} ${zoom.y}) scale(${zoom.k})"`);
		expect(germany).not.toMatch(/class="zoom[^"]*"[^>]*style=/);
	});

	it('keeps the outlines at their page width whatever the zoom', () => {
		// a world view is framed on its countries too: each drawing at its own zoom
		const zoomOf = (state: MapState) => cardMapView(layout, state, 'fr', SIZE).drawing.zoom.k;
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
		const { drawing } = cardMapView(
			layout,
			{ focus: 'world', highlight: 'all', annotations: [] },
			'fr',
			SIZE
		);
		const shown = drawing.markers.filter((m) => !m.hidden).length;
		// the markers, then the legend's ring and dot swatches
		expect(world.match(/<circle /g)?.length).toBe(shown + 2);
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

/** The rows above, with the group's home market: a country, as data/ gives it. */
const homeLayout = layoutMap(
	[
		...rows,
		{ id: 'cn', country: 'CN', status: 'home', precision: 'country', lat: 35.9, lon: 104.2, source }
	],
	['DE'],
	'fr'
);
/** px per viewBox unit at the card's size */
const u = pixelsPerUnit(homeLayout, SIZE);

function homeCard(state: MapState, lang: 'fr' | 'en' = 'fr'): string {
	const html = render(MapChart, {
		props: { prepared: homeLayout, view: state, lang, root: './' }
	}).body;
	return completeMapSvg(firstSvg(html), homeLayout, state, lang, SIZE);
}

/** The numbers an attribute takes on the elements a pattern matches. */
function attributes(svg: string, element: RegExp, name: string): number[] {
	return [...svg.matchAll(element)].map((m) =>
		Number(new RegExp(`\\s${name}="([^"]+)"`).exec(m[0])?.[1])
	);
}

describe('the card’s home market, annotations and legend', () => {
	const annotated: MapState = {
		focus: 'world',
		highlight: 'none',
		annotations: [{ country: 'DE', label: 'Un centre prévu, pas encore de date' }]
	};
	const svg = homeCard(annotated);

	it('fills the home market in its colour', () => {
		expect(svg).toMatch(/<path class="country home[^"]*"/);
		expect(mapCard.style).toContain(
			`.country.home { fill: var(--home); fill-opacity: ${FILL_STRENGTH.home}; stroke: var(--home); }`
		);
	});

	it('lists each legend entry of the page once, in the page’s order and language', () => {
		const keys = legendKeys(homeLayout);
		expect(keys).toEqual(['existing', 'planned', 'home', 'ring', 'dot']);
		for (const lang of ['fr', 'en'] as const) {
			const card = homeCard(annotated, lang);
			const texts = [...card.matchAll(/<text [^>]*fill="var\(--ink\)">([^<]*)<\/text>/g)].map((m) =>
				String(m[1])
			);
			const entries = keys.map((key) => legendText(key, lang));
			expect(texts.filter((t) => entries.includes(t))).toEqual(entries);
		}
		expect(svg).toContain('>Marché domestique du groupe</text>');
	});

	it('leaves out the entries of statuses the data lacks', () => {
		const noHome = card({ focus: 'world', highlight: 'all', annotations: [] });
		expect(noHome).not.toContain(legendText('home', 'fr'));
		expect(noHome).toContain(legendText('existing', 'fr'));
	});

	it('draws an annotation as the page: a dot, the country in bold, then the note, in a box', () => {
		const { drawing } = cardMapView(homeLayout, annotated, 'fr', SIZE);
		expect(drawing.annotations).toHaveLength(1);
		expect(svg).toContain('font-weight="700" fill="var(--ink)">Allemagne</text>');
		const noteText = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => String(m[1]));
		const from = noteText.indexOf('Allemagne');
		expect(noteText.slice(from + 1).join(' ')).toContain('Un centre prévu, pas encore de date');
		expect(svg).toMatch(/<rect [^>]*fill="var\(--note-bg\)" stroke="var\(--rule\)"/);
	});

	it('draws the marks’ strokes at their page width: px divided by the card’s scale', () => {
		const ring = attributes(
			svg,
			/<circle [^>]*fill="none" stroke="var\(--(existing|planned)\)"[^>]*>/g,
			'stroke-width'
		);
		expect(ring.length).toBeGreaterThan(0);
		for (const width of ring) expect(width * u).toBeCloseTo(RING_BORDER_PX, 3);
		const box = attributes(svg, /<rect [^>]*fill="var\(--note-bg\)"[^>]*>/g, 'stroke-width');
		expect(box).toHaveLength(1);
		expect((box[0] ?? NaN) * u).toBeCloseTo(NOTE_LINE_PX, 3);
		const words = attributes(svg, /<text [^>]*>Marché domestique du groupe</g, 'font-size');
		expect((words[0] ?? NaN) * u).toBeCloseTo(LEGEND_FONT_PX, 3);
		const dot = attributes(svg, /<circle [^>]*fill="var\(--ink-muted\)"[^>]*>/g, 'r');
		expect((dot[0] ?? NaN) * 2 * u).toBeCloseTo(DOT_DIAMETER_PX, 3);
	});
});

describe('layoutLegend', () => {
	const items = [
		{ key: 'existing', text: 'Existants' },
		{ key: 'planned', text: 'Prévus' },
		{ key: 'dot', text: 'Site' }
	] as const;
	const widthOf = (item: (typeof items)[number]) =>
		swatchWidth(item.key) + KEY_MARK_GAP_PX + estimateTextWidth(item.text, LEGEND_FONT_PX);
	const line = LEGEND_FONT_PX * LEGEND_LINE_HEIGHT;

	it('puts the entries side by side when they fit, a gap apart', () => {
		const legend = layoutLegend(items, 1000);
		expect(legend.entries.map((e) => [e.x, e.y])).toEqual([
			[0, 0],
			[widthOf(items[0]) + LEGEND_ENTRY_GAP_PX, 0],
			[widthOf(items[0]) + widthOf(items[1]) + 2 * LEGEND_ENTRY_GAP_PX, 0]
		]);
		expect(legend.height).toBe(line);
	});

	it('starts a new row with an entry that does not fit, as the page’s wrapping legend', () => {
		const width = widthOf(items[0]) + LEGEND_ENTRY_GAP_PX + widthOf(items[1]);
		const legend = layoutLegend(items, width);
		expect(legend.entries.map((e) => e.y)).toEqual([0, 0, line + LEGEND_ROW_GAP_PX]);
		expect(legend.entries[2]?.x).toBe(0);
		expect(legend.height).toBe(2 * line + LEGEND_ROW_GAP_PX);
		// narrower than any entry: one a row, never an empty row
		expect(layoutLegend(items, 1).entries.map((e) => e.y)).toEqual([
			0,
			line + LEGEND_ROW_GAP_PX,
			2 * (line + LEGEND_ROW_GAP_PX)
		]);
	});

	it('takes no room without entries', () => {
		expect(layoutLegend([], 500)).toEqual({ entries: [], height: 0 });
	});
});
