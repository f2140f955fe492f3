/**
 * `mapView` remembered: the drawing of each state, worked out once for one
 * layout, language, frame size and key height (any of them changing starts
 * afresh). The pinned graphic's map lays out the states it will show while
 * the page is idle (Chart.svelte), so that a step change finds its drawing
 * ready and only updates the page: laying out was a third of a step
 * change's script (mapView, 94 of 273 ms in a scroll with the CPU slowed 4×).
 */
import type { Lang } from '$lib/i18n/languages';
import { mapView, type MapLayout, type MapView, type Viewport } from './layout';
import type { MapState } from './state';
import { countryName } from './text';

export type MapDrawings = (
	layout: MapLayout,
	state: MapState,
	viewport: Viewport | undefined,
	keyHeight: number,
	lang: Lang
) => MapView;

/** A new, empty memory of drawings (one per map on the page). */
export function mapDrawings(): MapDrawings {
	let drawings = new Map<MapState, MapView>();
	let madeFor: unknown[] = [];
	return (layout, state, viewport, keyHeight, lang) => {
		const key = [layout, lang, viewport?.width, viewport?.height, keyHeight];
		if (key.some((part, i) => part !== madeFor[i])) {
			drawings = new Map();
			madeFor = key;
		}
		let drawing = drawings.get(state);
		if (!drawing) {
			drawing = mapView(layout, state, viewport, keyHeight, (code) => countryName(code, lang));
			drawings.set(state, drawing);
		}
		return drawing;
	};
}

/**
 * Runs `work` when the browser is idle (after a timer where it has no
 * `requestIdleCallback`, as in Safari); returns what cancels it.
 */
export function whenIdle(work: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(() => work());
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(work);
	return () => clearTimeout(handle);
}
