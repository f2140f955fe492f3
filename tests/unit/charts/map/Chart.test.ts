import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MapChart from '$lib/components/MapChart.svelte';
import { layoutMap } from '$lib/charts/geography';
import { describeMap } from '$lib/charts/map-text';
import type { DataCentre, Lang, MapHighlight } from '$lib/types';

const SOURCE = 'Alibaba (annonce rapportée par la presse économique française)';
const SOURCE_EN = 'Alibaba (announcement reported by the French business press)';

function row(
	id: string,
	country: string,
	status: DataCentre['status'],
	lat: number,
	lon: number,
	precision: DataCentre['precision'] = 'country'
): DataCentre {
	return { id, country, status, precision, lat, lon, source: SOURCE, sourceEn: SOURCE_EN };
}

const layout = layoutMap([
	row('us', 'US', 'existing', 39.8, -98.6),
	row('au', 'AU', 'existing', -25.3, 133.8),
	row('br', 'BR', 'planned', -10.8, -52.9),
	row('nl', 'NL', 'planned', 52.2, 5.5),
	row('fr', 'FR', 'planned', 46.6, 2.4)
]);

function draw(
	props: { focus?: string; highlight?: MapHighlight; lang?: Lang; data?: typeof layout } = {}
): string {
	return render(MapChart, {
		props: {
			layout: props.data ?? layout,
			focus: props.focus ?? 'world',
			highlight: props.highlight ?? 'all',
			lang: props.lang ?? 'fr',
			worldHref: 'geo/world.svg'
		}
	}).body;
}

function count(html: string, pattern: RegExp): number {
	return (html.match(pattern) ?? []).length;
}

/** Svelte escapes text and attributes; the tests compare with the same escaping. */
function escaped(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

describe('MapChart', () => {
	it('marks its root for tests and hosts, with its state', () => {
		const html = draw({ focus: 'NL', highlight: 'planned' });
		expect(html).toMatch(/<figure[^>]*data-chart="map"/);
		expect(html).toContain('data-focus="NL"');
		expect(html).toContain('data-highlight="planned"');
	});

	it('draws one marker per row and one shape per country', () => {
		const html = draw();
		expect(count(html, /data-marker="/g)).toBe(5);
		for (const id of ['us', 'au', 'br', 'nl', 'fr']) expect(html).toContain(`data-marker="${id}"`);
		expect(count(html, /<path class="country/g)).toBe(5);
	});

	it('draws the base map from the file, once, not from inline paths', () => {
		const html = draw();
		expect(html).toContain('href="geo/world.svg#world"');
		expect(html.length).toBeLessThan(30_000);
	});

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
		const html = draw({
			lang,
			data: layoutMap([{ ...row('fr', 'FR', 'planned', 46.6, 2.4), sourceEn }])
		});
		expect(html).toContain(escaped(expected));
		expect(html).not.toContain(escaped(absent));
	});

	it('gives the map the description of its state as its accessible name', () => {
		const html = draw({ focus: 'FR', lang: 'en' });
		expect(html).toContain(
			`role="img" aria-label="${escaped(describeMap(layout, { focus: 'FR', highlight: 'all' }, 'en'))}"`
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
		const withSite = layoutMap([row('par', 'FR', 'existing', 48.86, 2.35, 'site')]);
		const site = draw({ data: withSite });
		expect(count(site, /class="marker existing site/g)).toBe(1);
		expect(site).toContain('Site communiqué');
		expect(site).not.toContain('pays seulement');
	});

	it('zooms on the focused country and shows the world for an unknown focus', () => {
		const zoomed = draw({ focus: 'NL' }).match(/--k: ([\d.]+)/)?.[1];
		expect(Number(zoomed)).toBeGreaterThan(10);
		expect(draw({ focus: 'ZZ' })).toMatch(/--k: 1;/);
	});

	it('renders an empty map without legend entries it does not need, nor a source line', () => {
		const html = draw({ data: layoutMap([]) });
		expect(html).toContain('data-chart="map"');
		expect(count(html, /data-marker="/g)).toBe(0);
		expect(html).not.toContain('class="source');
		expect(html).not.toContain('pays seulement');
	});
});
