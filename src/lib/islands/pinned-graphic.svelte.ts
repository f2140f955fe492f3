/**
 * The scrolly section's pinned graphic, as both story islands use it: the
 * story page's (story.svelte.ts) and the story embed's
 * (embed-story.svelte.ts). Mounts StoryGraphic in the section's `.sticky`
 * panel from what its `data-graphic` attribute holds (written by
 * ScrollySection.svelte) and shows a step's state on demand; which step is
 * in view is the caller's business.
 */
import { mount } from 'svelte';
import StoryGraphic from '$lib/components/StoryGraphic.svelte';
import { graphicStateAt } from '$lib/scroll/state';
import type { GraphicPayload } from '$lib/components/page/graphic-payload';

export interface PinnedGraphic {
	/** the scrolly section */
	section: HTMLElement;
	/** the panel the graphic is mounted in */
	panel: HTMLElement;
	/** the list of steps */
	list: HTMLElement;
	/** the `[data-step]` elements, in order */
	steps: HTMLElement[];
	/** shows step `index`'s state and marks that step `active` */
	show(index: number): void;
}

/** Mounts the graphic in the page's scrolly section, showing the first step; undefined when the page has none. */
export function mountPinnedGraphic(): PinnedGraphic | undefined {
	const panel = document.querySelector<HTMLElement>('[data-graphic]');
	const section = panel?.closest('section');
	const list = section?.querySelector<HTMLElement>('ol');
	if (!panel || !section || !list) return undefined;
	const payload = JSON.parse(panel.dataset.graphic ?? '{}') as GraphicPayload;
	const steps = [...list.querySelectorAll<HTMLElement>('[data-step]')];
	const props = $state({
		view: graphicStateAt(payload.steps, 0, payload.charts.defaults),
		charts: payload.charts,
		lang: payload.lang,
		root: payload.root
	});
	mount(StoryGraphic, { target: panel, props });
	let active = -1;
	return {
		section,
		panel,
		list,
		steps,
		show(index) {
			if (index === active) return;
			steps[active]?.classList.remove('active');
			steps[index]?.classList.add('active');
			active = index;
			props.view = graphicStateAt(payload.steps, index, payload.charts.defaults);
		}
	};
}
