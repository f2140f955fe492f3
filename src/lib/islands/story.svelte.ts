/**
 * The story page's island: mounts the pinned graphic in the scrolly
 * section's `.sticky` panel and moves it to the step in view, as the scroll
 * engine reports it. Everything else on the page is server HTML and stays
 * as it is; Page Down, Space and the arrows move from step to step
 * (keyboard.ts). What the graphic needs comes from the panel's `data-graphic`
 * attribute, written by ScrollySection.svelte.
 *
 * The charts' data never changes and goes to the components as it is, not
 * as reactive state (whose proxies would stand between every read and the
 * data); the state of every step is worked out once (`graphicStates`), so a
 * step that leaves a chart as it was hands it the very same object and that
 * chart does no work at all.
 */
import { mount } from 'svelte';
import StoryGraphic from '$lib/components/StoryGraphic.svelte';
import { observeSteps } from '$lib/scroll/engine';
import { followStepKeys } from '$lib/scroll/keyboard';
import { clampStep, graphicStates } from '$lib/scroll/state';
import type { GraphicPayload } from '$lib/components/page/graphic-payload';

function start(): void {
	const panel = document.querySelector<HTMLElement>('[data-graphic]');
	const list = panel?.closest('section')?.querySelector<HTMLElement>('ol');
	if (!panel || !list) return;
	const payload = JSON.parse(panel.dataset.graphic ?? '{}') as GraphicPayload;
	const items = [...list.querySelectorAll<HTMLElement>('[data-step]')];
	const states = graphicStates(payload.steps, payload.charts.defaults);
	let view = $state.raw(states[0]!);
	mount(StoryGraphic, {
		target: panel,
		props: {
			get view() {
				return view;
			},
			charts: payload.charts,
			lang: payload.lang,
			root: payload.root
		}
	});
	let active = -1;
	observeSteps(list, (index) => {
		if (index === active) return;
		items[active]?.classList.remove('active');
		items[index]?.classList.add('active');
		active = index;
		view = states[clampStep(index, states.length)]!;
	});
	followStepKeys(items, panel);
}

start();
