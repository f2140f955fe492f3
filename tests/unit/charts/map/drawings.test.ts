/** `mapView` remembered by state (drawings.ts), on the fixture's geography: the same drawing while nothing it depends on changes, a fresh one as soon as anything does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatacentres } from '$lib/charts/map/data';
import { mapDrawings, whenIdle } from '$lib/charts/map/drawings';
import { layoutMap } from '$lib/charts/map/geography';
import { mapView } from '$lib/charts/map/layout';
import type { MapState } from '$lib/charts/map/state';
import type { Lang } from '$lib/i18n/languages';
import { countryName } from '$lib/charts/map/text';

const FILE = 'tests/fixtures/copy/datacenters.csv';
const layout = layoutMap(parseDatacentres(readFileSync(FILE), FILE).rows, ['NL'], 'en');
const world: MapState = { focus: 'world', highlight: 'all', annotations: [] };
const closeUp: MapState = { focus: 'NL', highlight: 'planned', annotations: [] };
const PHONE = { width: 366, height: 440 };

function fresh(state: MapState, viewport = PHONE, keyHeight = 130, lang: Lang = 'en') {
	return mapView(layout, state, viewport, keyHeight, (code) => countryName(code, lang));
}

describe('mapDrawings', () => {
	it('gives mapView’s drawing, the same object each time a state is asked for again', () => {
		const drawingOf = mapDrawings();
		const first = drawingOf(layout, world, PHONE, 130, 'en');
		expect(first).toEqual(fresh(world));
		drawingOf(layout, closeUp, PHONE, 130, 'en');
		expect(drawingOf(layout, world, PHONE, 130, 'en')).toBe(first);
	});

	it('tells states apart by identity: an equal state given as another object is laid out on its own', () => {
		const drawingOf = mapDrawings();
		const first = drawingOf(layout, world, PHONE, 130, 'en');
		const again = drawingOf(layout, { ...world }, PHONE, 130, 'en');
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});

	it.each([
		['the frame’s width', { ...PHONE, width: 390 }, 130, 'en'],
		['the frame’s height', { ...PHONE, height: 600 }, 130, 'en'],
		['the key’s height', PHONE, 96, 'en'],
		['the language', PHONE, 130, 'fr']
	] as const)('lays out afresh when %s changes', (_, viewport, keyHeight, lang) => {
		const drawingOf = mapDrawings();
		const before = drawingOf(layout, closeUp, PHONE, 130, 'en');
		const after = drawingOf(layout, closeUp, viewport, keyHeight, lang);
		expect(after).not.toBe(before);
		expect(after).toEqual(fresh(closeUp, viewport, keyHeight, lang));
	});

	it('lays out afresh for another layout, and before measurement', () => {
		const drawingOf = mapDrawings();
		const measured = drawingOf(layout, world, PHONE, 130, 'en');
		const other = layoutMap(parseDatacentres(readFileSync(FILE), FILE).rows, [], 'en');
		expect(drawingOf(other, world, PHONE, 130, 'en')).not.toBe(measured);
		const unmeasured = drawingOf(layout, world, undefined, 0, 'en');
		expect(unmeasured).toEqual(
			mapView(layout, world, undefined, 0, (code) => countryName(code, 'en'))
		);
		expect(unmeasured.keyTop).toBeUndefined();
	});
});

describe('whenIdle', () => {
	it('runs the work later, once, and not at all once cancelled', async () => {
		const ran: string[] = [];
		whenIdle(() => ran.push('kept'));
		const cancel = whenIdle(() => ran.push('cancelled'));
		cancel();
		expect(ran).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(ran).toEqual(['kept']);
	});
});
