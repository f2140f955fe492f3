/** What the map shows at one step, its default, and the attributes tests read it by. Pure and browser-safe. */
import type { SiteStatus } from './row.ts';

/** Which sites a map step highlights. */
export type MapHighlight = 'all' | SiteStatus | 'none';
export const MAP_HIGHLIGHTS: readonly MapHighlight[] = ['all', 'existing', 'planned', 'none'];

/** The world map as a state's `focus`. */
export const WORLD = 'world';

export interface MapState {
	/** `world`, or the ISO alpha-2 code of a country on the atlas to frame */
	focus: string;
	highlight: MapHighlight;
}

/** The whole world with every site. */
export function mapDefaults(): MapState {
	return { focus: WORLD, highlight: 'all' };
}

export function mapHooks(state: MapState): { 'data-focus': string; 'data-highlight': string } {
	return { 'data-focus': state.focus, 'data-highlight': state.highlight };
}
