/**
 * The story page's island: mounts the pinned graphic in the scrolly
 * section's `.sticky` panel and moves it to the step in view, as the scroll
 * engine reports it. Everything else on the page is server HTML and stays
 * as it is; Page Down, Space and the arrows move from step to step
 * (src/lib/scroll/keyboard.ts).
 */
import { mountPinnedGraphic } from './pinned-graphic.svelte';
import { observeSteps } from '$lib/scroll/engine';
import { followStepKeys } from '$lib/scroll/keyboard';

const graphic = mountPinnedGraphic();
if (graphic) {
	observeSteps(graphic.list, graphic.show);
	followStepKeys(graphic.steps, graphic.panel);
}
