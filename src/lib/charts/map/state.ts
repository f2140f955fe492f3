/** What the map shows at one step, its default, and the attributes tests read it by. Pure and browser-safe. */
import type { CentreStatus } from './row.ts';

/** Which data centres a map step highlights (the home market always shows). */
export type MapHighlight = 'all' | CentreStatus | 'none';
export const MAP_HIGHLIGHTS: readonly MapHighlight[] = ['all', 'existing', 'planned', 'none'];

/** The world map as a state's `focus`. */
export const WORLD = 'world';

/** A note the copy pins on a country: `annotation: CN: Régulateur : …`. */
export interface MapAnnotation {
	/** ISO 3166-1 alpha-2 of a country on the atlas */
	country: string;
	/** plain text, in the page's language, typeset like the step's text */
	label: string;
}

export interface MapState {
	/** `world`, or the ISO alpha-2 code of a country on the atlas to frame */
	focus: string;
	highlight: MapHighlight;
	/** in the copy's order; empty when the step has none */
	annotations: MapAnnotation[];
}

/** The whole world with every site, and no note. */
export function mapDefaults(): MapState {
	return { focus: WORLD, highlight: 'all', annotations: [] };
}

export function mapHooks(state: MapState): {
	'data-focus': string;
	'data-highlight': string;
	'data-annotations': string;
} {
	return {
		'data-focus': state.focus,
		'data-highlight': state.highlight,
		'data-annotations': state.annotations.map((a) => a.country).join(',')
	};
}
