/**
 * The map rendered on the server: its root's hooks, the base map drawn from
 * the file, its words in each language, and every country, marker and label
 * drawn as `mapView` says: zoom, zoomed positions, dimming, hidden rings and
 * labels.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '$lib/charts/map/Chart.svelte';
import { map } from '$lib/charts/map/index';
import { mapView, type MapLayout } from '$lib/charts/map/layout';
import { PLANNED_DASH_PX } from '$lib/charts/map/marks';
import { mapHooks, type MapHighlight, type MapState } from '$lib/charts/map/state';
import { countryName, describeMap } from '$lib/charts/map/text';
import type { DataCentre } from '$lib/charts/map/row';
import type { Lang } from '$lib/types';
import { classesOf, cssArgs, cssVar, escaped, rootHooks, tags } from '../../support/html';
import { tr } from '../../support/rows';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';
import { readFileSync } from 'node:fs';
import { parseDatacentres } from '$lib/charts/map/data';

const SOURCE = 'Alibaba (annonce rapportée par la presse économique française)';
const SOURCE_EN = 'Alibaba (announcement reported by the French business press)';

function row(
	id: string,
	country: string,
	status: DataCentre['status'],
	lat: number,
	lon: number,
	precision: DataCentre['precision'] = 'country',
	source = tr(SOURCE, { en: SOURCE_EN })
): DataCentre {
	return { id, country, status, precision, lat, lon, source };
}

/** Five country markers: two existing, three planned, one of them small (the Netherlands). */
const ROWS = [
	row('us', 'US', 'existing', 39.8, -98.6),
	row('au', 'AU', 'existing', -25.3, 133.8),
	row('br', 'BR', 'planned', -10.8, -52.9),
	row('nl', 'NL', 'planned', 52.2, 5.5),
	row('fr', 'FR', 'planned', 46.6, 2.4)
];

interface Draw {
	focus?: string;
	highlight?: MapHighlight;
	lang?: Lang;
	rows?: DataCentre[];
	root?: string;
}

/** What a page in `lang` ships for the rows, with a step focusing on `focus`. */
function prepared({ focus = 'world', highlight = 'all', lang = 'fr', rows = ROWS }: Draw = {}) {
	return map.prepare(rows, [{ focus, highlight, annotations: [] }], lang);
}

function draw(options: Draw = {}): string {
	const view: MapState = {
		focus: options.focus ?? 'world',
		highlight: options.highlight ?? 'all',
		annotations: []
	};
	return render(Chart, {
		props: {
			prepared: prepared(options),
			view,
			lang: options.lang ?? 'fr',
			root: options.root ?? './'
		}
	}).body;
}

function count(html: string, pattern: RegExp): number {
	return (html.match(pattern) ?? []).length;
}

describe('the map (server render)', { timeout: ATLAS_TIMEOUT_MS }, () => {
	it.each<[string, MapHighlight]>([
		['world', 'all'],
		['NL', 'planned'],
		['CN', 'none']
	])(
		'carries exactly data-chart and its hooks on its root, focus %s, highlight %s',
		(focus, highlight) => {
			expect(rootHooks(draw({ focus, highlight }))).toEqual({
				'data-chart': 'map',
				...mapHooks({ focus, highlight, annotations: [] })
			});
		}
	);

	it('draws one marker per row and one shape per country', () => {
		const html = draw();
		expect(count(html, /data-marker="/g)).toBe(5);
		for (const id of ['us', 'au', 'br', 'nl', 'fr']) expect(html).toContain(`data-marker="${id}"`);
		expect(count(html, /<path class="country/g)).toBe(5);
	});

	it.each([
		['./', 'href="./geo/world.svg#world"'],
		['../../', 'href="../../geo/world.svg#world"']
	])(
		'draws the base map from the file under the site’s root %s, once, not from inline paths',
		(root, href) => {
			const html = draw({ root });
			expect(count(html, /<use /g)).toBe(1);
			expect(html).toContain(href);
			expect(html.length).toBeLessThan(30_000);
		}
	);

	it.each<[Lang, string[]]>([
		[
			'fr',
			[
				'Pays-Bas',
				'États-Unis',
				'Pays avec centres de données existants',
				'Pays avec centres de données prévus',
				'Position indicative\u00A0: pays seulement',
				`Source\u00A0: ${SOURCE}`
			]
		],
		[
			'en',
			[
				'Netherlands',
				'United States',
				'Countries with existing data centres',
				'Countries with planned data centres',
				'Approximate: country only',
				`Source: ${SOURCE_EN}`
			]
		]
	])('writes labels, legend and source in %s', (lang, texts) => {
		const html = draw({ lang });
		for (const text of texts) expect(html).toContain(escaped(text));
	});

	it.each<[string, Lang, string, string, string]>([
		['the English source in English', 'en', SOURCE_EN, `Source: ${SOURCE_EN}`, SOURCE],
		[
			'the French source in French, not the English one',
			'fr',
			SOURCE_EN,
			`Source\u00A0: ${SOURCE}`,
			SOURCE_EN
		],
		[
			'the French source in English when the English one is empty',
			'en',
			'',
			`Source: ${SOURCE}`,
			'reported by'
		]
	])('credits %s', (_name, lang, sourceEn, expected, absent) => {
		const rows = [row('fr', 'FR', 'planned', 46.6, 2.4, 'country', tr(SOURCE, { en: sourceEn }))];
		const html = draw({ lang, rows });
		expect(html).toContain(escaped(expected));
		expect(html).not.toContain(escaped(absent));
	});

	it('gives the map the description of its state as its accessible name', () => {
		const html = draw({ focus: 'FR', lang: 'en' });
		expect(html).toContain(
			`role="img" aria-label="${escaped(describeMap(prepared({ focus: 'FR', lang: 'en' }), { focus: 'FR', highlight: 'all', annotations: [] }, 'en'))}"`
		);
	});

	it('dims the sites it does not highlight, without removing them, and hides their labels', () => {
		const html = draw({ highlight: 'existing' });
		expect(count(html, /class="marker [^"]*planned[^"]*dim/g)).toBe(3);
		expect(count(html, /class="marker [^"]*existing[^"]*dim/g)).toBe(0);
		expect(count(html, /class="label [^"]*hidden/g)).toBe(3);
	});

	it('never draws a country-level row as a dot, and draws a disclosed site as one', () => {
		const html = draw();
		expect(count(html, /class="marker [^"]* site/g)).toBe(0);
		const site = draw({ rows: [row('par', 'FR', 'existing', 48.86, 2.35, 'site')] });
		expect(count(site, /class="marker existing site/g)).toBe(1);
		expect(site).toContain('Site communiqué');
		expect(site).not.toContain('pays seulement');
	});

	it.each<[string, Draw]>([
		['the world', {}],
		['a small country, on the ring threshold', { focus: 'NL', highlight: 'planned' }],
		['a large country, with dimmed sites', { focus: 'US', highlight: 'existing' }],
		['a country without data centres', { focus: 'CN', highlight: 'none' }],
		['an unknown focus, as the world', { focus: 'ZZ' }]
	])('draws everything where mapView puts it for %s', (_name, options) => {
		const view: MapState = {
			focus: options.focus ?? 'world',
			highlight: options.highlight ?? 'all',
			annotations: []
		};
		const html = draw(options);
		const expected = mapView(prepared(options), view, undefined, 0, (code) =>
			countryName(code, options.lang ?? 'fr')
		);

		// the zoomed box moves in percentages of itself, the viewBox as the frame shows it
		const zoom = tags(html, /<div class="zoom[ "][^>]*>/g)[0] ?? '';
		const [px, py] = cssArgs(zoom, 'translate');
		const box = prepared(options);
		expect(cssArgs(zoom, 'scale')[0]).toBe(expected.zoom.k);
		expect(((px ?? NaN) / 100) * box.width).toBeCloseTo(expected.zoom.x, 6);
		expect(((py ?? NaN) / 100) * box.height).toBeCloseTo(expected.zoom.y, 6);
		// strokes and dashes are divided by the zoom, so they keep their width on screen
		expect(cssVar(zoom, '--k')).toBe(expected.zoom.k);
		const dash = /--zoomed-dash:\s*([^;"]+)/.exec(zoom)?.[1] ?? '';
		expect(dash.split(' ').map((px) => Number.parseFloat(px))).toEqual(
			PLANNED_DASH_PX.map((px) => px / expected.zoom.k)
		);

		const countries = tags(html, /<path class="country[^>]*>/g);
		expect(
			countries.map((tag) => ({
				status: classesOf(tag)[1],
				dim: classesOf(tag).includes('dim'),
				d: /\sd="([^"]*)"/.exec(tag)?.[1]
			}))
		).toEqual(expected.countries.map((c) => ({ status: c.status, dim: c.dim, d: c.path })));

		const markers = tags(html, /<span class="marker[^>]*>/g);
		expect(
			markers.map((tag) => ({
				id: /data-marker="([^"]*)"/.exec(tag)?.[1],
				zx: cssVar(tag, '--zx'),
				zy: cssVar(tag, '--zy'),
				dim: classesOf(tag).includes('dim'),
				hidden: classesOf(tag).includes('hidden')
			}))
		).toEqual(
			expected.markers.map((m) => ({ id: m.id, zx: m.zx, zy: m.zy, dim: m.dim, hidden: m.hidden }))
		);

		const labels = tags(html, /<span class="label[^>]*>/g);
		expect(
			labels.map((tag) => ({
				code: /data-label="([^"]*)"/.exec(tag)?.[1],
				side: classesOf(tag)[1],
				zx: cssVar(tag, '--zx'),
				zy: cssVar(tag, '--zy'),
				hidden: classesOf(tag).includes('hidden')
			}))
		).toEqual(
			expected.labels.map((l) => ({
				code: l.code,
				side: l.side,
				zx: l.zx,
				zy: l.zy,
				hidden: l.hidden
			}))
		);
	});

	it('zooms on the focused country, with or without data centres, and shows the world view for an unknown focus', () => {
		const zoomOf = (html: string): string => tags(html, /<div class="zoom[ "][^>]*>/g)[0] ?? '';
		const scale = (html: string): number => cssArgs(zoomOf(html), 'scale')[0] ?? NaN;
		expect(scale(draw({ focus: 'NL' }))).toBeGreaterThan(10);
		expect(scale(draw({ focus: 'CN' }))).toBeGreaterThan(2);
		expect(zoomOf(draw({ focus: 'ZZ' }))).toBe(zoomOf(draw({ focus: 'world' })));
	});

	it('sizes the frame to the layout’s viewBox, at a phone’s width, before any measurement', () => {
		const layout: MapLayout = prepared();
		const html = draw();
		const { frame } = mapView(layout, { focus: 'world', highlight: 'all', annotations: [] });
		expect(frame.width / frame.height).toBeCloseTo(layout.width / layout.height, 9);
		expect(html).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
		expect(html).toContain(`aspect-ratio: ${frame.width} / ${frame.height}`);
		expect(html).toContain(`--vbw: ${layout.width}`);
		expect(html).toContain(`--vbh: ${layout.height}`);
	});

	it('renders an empty map without legend entries it does not need, nor a source line', () => {
		const html = draw({ rows: [] });
		expect(rootHooks(html)).toEqual({
			'data-chart': 'map',
			'data-focus': 'world',
			'data-highlight': 'all',
			'data-annotations': ''
		});
		expect(count(html, /data-marker="/g)).toBe(0);
		expect(html).not.toContain('class="source');
		expect(html).not.toContain('pays seulement');
		expect(html).not.toContain('Site communiqué');
	});
});

/**
 * The map component as the server renders it (the stacked layout, and the
 * pinned graphic before measurement): the annotations it draws from the
 * copy, the home market's legend entry, the key after the map, and the
 * hooks the browser tests read.
 */
describe('annotations, the home market and the key', () => {
	const FILE = 'tests/fixtures/copy/datacenters.csv';
	const { rows } = parseDatacentres(readFileSync(FILE), FILE);

	const noted: MapState = {
		focus: 'world',
		highlight: 'none',
		annotations: [
			{ country: 'IN', label: 'Aucun centre ici' },
			{ country: 'ZA', label: 'Ouverture partielle' }
		]
	};

	function draw(view: MapState, lang: Lang = 'fr'): string {
		const prepared = map.prepare(rows, [view], lang);
		return render(Chart, { props: { prepared, view, lang, root: './' } }).body;
	}

	/** The page's text without tags, no-break spaces made plain. */
	function textOf(html: string): string {
		return html
			.replace(/<[^>]+>/g, ' ')
			.replace(/[\u00a0\u202f]/g, ' ')
			.replace(/\s+/g, ' ');
	}

	describe('the map component', () => {
		it('carries the state’s hooks, annotations included', () => {
			const html = draw(noted);
			expect(html).toMatch(/data-chart="map"/);
			expect(html).toMatch(/data-focus="world"/);
			expect(html).toMatch(/data-highlight="none"/);
			expect(html).toMatch(/data-annotations="IN,ZA"/);
		});

		it('draws each annotation with its country’s name and label, and a dot on its anchor', () => {
			const html = draw(noted);
			const notes = [
				...html.matchAll(/<p class="note[^"]*"[^>]*data-annotation="(\w+)"[^>]*>(.*?)<\/p>/gs)
			];
			expect(notes.map((m) => m[1])).toEqual(['IN', 'ZA']);
			expect(notes.map((m) => textOf(m[2]!).trim())).toEqual([
				'Inde Aucun centre ici',
				'Afrique du Sud Ouverture partielle'
			]);
			expect(html.match(/class="note-dot/g)).toHaveLength(2);
		});

		it('draws no annotation for a step without one', () => {
			const html = draw({ focus: 'world', highlight: 'all', annotations: [] });
			expect(html).not.toMatch(/data-annotation=/);
			expect(html).toMatch(/data-annotations=""/);
		});

		it('lists the home market in the legend, countries not centres, in each language', () => {
			const fr = textOf(draw(noted, 'fr'));
			expect(fr).toContain('Pays avec centres de données existants');
			expect(fr).toContain('Pays avec centres de données prévus');
			expect(fr).toContain('Marché domestique du groupe');
			expect(textOf(draw(noted, 'en'))).toContain('The group’s home market');
		});

		it('says under the source that only the countries the sources name are shown', () => {
			expect(textOf(draw(noted, 'fr'))).toContain(
				'Sources : Rapport annuel ; Communiqué. Seuls figurent les pays cités par les sources.'
			);
		});

		it('writes the key before the map, which a first paint made mid-parse then has, and leaves it in the page’s flow until the panel is measured', () => {
			const html = draw(noted);
			expect(html.indexOf('class="key')).toBeLessThan(html.indexOf('class="frame'));
			expect(html).not.toMatch(/class="[^"]*measured/);
			expect(html).toMatch(/aspect-ratio: 360 \/ /);
		});
	});
});
