/**
 * The map's entry in the registry: what a page ships for the steps'
 * annotations (a frame and an anchor for an annotated country without
 * rows), and their labels typeset like the step's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { map } from '$lib/charts/map/index';
import { parseDatacentres } from '$lib/charts/map/data';
import { typeset } from '$lib/text/typography';
import type { MapState } from '$lib/charts/map/state';

const FILE = 'tests/fixtures/copy/datacenters.csv';
const { rows } = parseDatacentres(readFileSync(FILE), FILE);

const noted: MapState = {
	focus: 'world',
	highlight: 'none',
	annotations: [
		{ country: 'IN', label: 'Régulateur : achats interdits (selon la presse)' },
		{ country: 'JP', label: 'the group\'s "home"' }
	]
};

describe('map.prepare', () => {
	it('frames an annotated country without rows and gives it an anchor inside its box', () => {
		const layout = map.prepare(rows, [noted], 'fr');
		const india = layout.frames.find((f) => f.code === 'IN');
		expect(india).toBeDefined();
		const [[x0, y0], [x1, y1]] = india!.bbox;
		expect(india!.anchor.x).toBeGreaterThan(x0);
		expect(india!.anchor.x).toBeLessThan(x1);
		expect(india!.anchor.y).toBeGreaterThan(y0);
		expect(india!.anchor.y).toBeLessThan(y1);
		// Japan has a row: it is a country of the layout, not a frame
		expect(layout.frames.map((f) => f.code)).toEqual(['IN']);
	});
});

describe('map.typesetState', () => {
	it('typesets annotation labels for the page’s language, and nothing else', () => {
		const fr = map.typesetState!(noted, (text) => typeset(text, 'fr'));
		expect(fr.annotations[0]?.label).toBe('Régulateur\u00a0: achats interdits (selon la presse)');
		const en = map.typesetState!(noted, (text) => typeset(text, 'en'));
		expect(en.annotations[1]?.label).toBe('the group’s “home”');
		expect({ ...en, annotations: [] }).toEqual({ ...noted, annotations: [] });
	});
});

describe('map.hooks', () => {
	it('carries the annotated countries for the browser tests', () => {
		expect(map.hooks(noted)).toEqual({
			'data-focus': 'world',
			'data-highlight': 'none',
			'data-annotations': 'IN,JP'
		});
	});
});
