/**
 * What the story island needs to draw the pinned graphic, written by the
 * server into the panel's `data-graphic` attribute as JSON: the steps'
 * states (not their text), each chart's prepared data and default state,
 * the language and the site's root.
 */
import type { GraphicCharts } from '$lib/server/story-page';
import type { StepState } from '$lib/scroll/state';
import type { Lang } from '$lib/i18n/languages';

export interface GraphicPayload {
	steps: { state: StepState }[];
	charts: GraphicCharts;
	lang: Lang;
	root: string;
}
