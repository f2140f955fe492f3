/**
 * The story page's island: mounts the pinned graphic in the scrolly
 * section's `.sticky` panel and moves it to the step in view, as the scroll
 * engine reports it. Everything else on the page is server HTML and stays
 * as it is. What the graphic needs comes from the panel's `data-graphic`
 * attribute, written by ScrollySection.svelte.
 */
import { mount } from 'svelte';
import StoryGraphic from '$lib/components/StoryGraphic.svelte';
import { observeSteps } from '$lib/scroll/engine';
import { graphicStateAt } from '$lib/scroll/state';
import type { GraphicPayload } from '$lib/components/page/graphic-payload';

function start(): void {
	const panel = document.querySelector<HTMLElement>('[data-graphic]');
	const steps = panel?.closest('section')?.querySelector<HTMLElement>('ol');
	if (!panel || !steps) return;
	const payload = JSON.parse(panel.dataset.graphic ?? '{}') as GraphicPayload;
	const items = [...steps.querySelectorAll<HTMLElement>('[data-step]')];
	const props = $state({
		view: graphicStateAt(payload.steps, 0, payload.charts.defaults),
		charts: payload.charts,
		lang: payload.lang,
		root: payload.root
	});
	mount(StoryGraphic, { target: panel, props });
	let active = -1;
	observeSteps(steps, (index) => {
		if (index === active) return;
		items[active]?.classList.remove('active');
		items[index]?.classList.add('active');
		active = index;
		props.view = graphicStateAt(payload.steps, index, payload.charts.defaults);
	});
}

start();
