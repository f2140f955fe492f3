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
import { mapHooks, type MapHighlight, type MapState } from '$lib/charts/map/state';
import { describeMap } from '$lib/charts/map/text';
import type { DataCentre } from '$lib/charts/map/row';
import type { Lang } from '$lib/types';
import { classesOf, cssArgs, cssVar, escaped, rootHooks, tags } from '../../support/html';
import { tr } from '../../support/rows';
import { ATLAS_TIMEOUT_MS } from '../../support/atlas';

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
	return map.prepare(rows, [{ focus, highlight }], lang);
}

function draw(options: Draw = {}): string {
	const view: MapState = { focus: options.focus ?? 'world', highlight: options.highlight ?? 'all' };
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
				...mapHooks({ focus, highlight })
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
				'Centre de données existant',
				'Centre de données prévu',
				'Position indicative\u00A0: pays seulement',
				`Source\u00A0: ${SOURCE}`
			]
		],
		[
			'en',
			[
				'Netherlands',
				'United States',
				'Existing data centre',
				'Planned data centre',
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
			`role="img" aria-label="${escaped(describeMap(prepared({ focus: 'FR', lang: 'en' }), { focus: 'FR', highlight: 'all' }, 'en'))}"`
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
			highlight: options.highlight ?? 'all'
		};
		const html = draw(options);
		const expected = mapView(prepared(options), view);

		const zoom = tags(html, /<g class="zoom[ "][^>]*>/g)[0] ?? '';
		const [x, y] = cssArgs(zoom, 'translate');
		expect({ k: cssArgs(zoom, 'scale')[0], x, y }).toEqual(expected.zoom);

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

	it('zooms on the focused country, with or without data centres, and shows the world for an unknown focus', () => {
		const scale = (html: string): number =>
			cssArgs(tags(html, /<g class="zoom[ "][^>]*>/g)[0] ?? '', 'scale')[0] ?? NaN;
		expect(scale(draw({ focus: 'NL' }))).toBeGreaterThan(10);
		expect(scale(draw({ focus: 'CN' }))).toBeGreaterThan(2);
		expect(scale(draw({ focus: 'ZZ' }))).toBe(1);
		expect(draw({ focus: 'ZZ' })).toContain('translate(0px, 0px) scale(1)');
	});

	it('sizes the frame to the layout’s viewBox, before any measurement', () => {
		const layout: MapLayout = prepared();
		const html = draw();
		expect(html).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
		expect(html).toContain(`aspect-ratio: ${layout.width} / ${layout.height}`);
		expect(html).toContain(`--vbw: ${layout.width}`);
		expect(html).toContain(`--vbh: ${layout.height}`);
	});

	it('renders an empty map without legend entries it does not need, nor a source line', () => {
		const html = draw({ rows: [] });
		expect(rootHooks(html)).toEqual({
			'data-chart': 'map',
			'data-focus': 'world',
			'data-highlight': 'all'
		});
		expect(count(html, /data-marker="/g)).toBe(0);
		expect(html).not.toContain('class="source');
		expect(html).not.toContain('pays seulement');
		expect(html).not.toContain('Site communiqué');
	});
});
