/**
 * The map component as the server renders it (the stacked layout, and the
 * pinned graphic before measurement): the annotations it draws from the
 * copy, the home market's legend entry, the key after the map, and the
 * hooks the browser tests read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '$lib/charts/map/Chart.svelte';
import { map } from '$lib/charts/map/index';
import { parseDatacentres } from '$lib/charts/map/data';
import type { MapState } from '$lib/charts/map/state';
import type { Lang } from '$lib/i18n/languages';

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

	it('leaves the key in the page’s flow after the map until the panel is measured', () => {
		const html = draw(noted);
		expect(html.indexOf('class="frame')).toBeLessThan(html.indexOf('class="key'));
		expect(html).not.toMatch(/class="[^"]*measured/);
		expect(html).toMatch(/aspect-ratio: 360 \/ /);
	});
});
