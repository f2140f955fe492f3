/**
 * The scrolly section's pinned graphic, as both story islands use it: the
 * story page's (story.svelte.ts) and the story embed's
 * (embed-story.svelte.ts). Mounts StoryGraphic in the section's `.sticky`
 * panel from what its `data-graphic` attribute holds (written by
 * ScrollySection.svelte) and shows a step's state on demand; which step is
 * in view is the caller's business.
 *
 * The charts' data never changes and goes to the components as it is, not
 * as reactive state (whose proxies would stand between every read and the
 * data); the state of every step is worked out once (`graphicStates`), so a
 * step that leaves a chart as it was hands it the very same object and that
 * chart does no work at all.
 *
 * The first step's chart is drawn at once; the others follow one per task,
 * so that the page's load never waits on one long task drawing charts no one
 * sees yet (a chart a step calls for before its turn is drawn then). Each
 * chart is also told every state the story will show it in (`upcoming`),
 * for the one that lays its states out ahead, while the page is idle.
 */
import { mount } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import StoryGraphic from '$lib/components/StoryGraphic.svelte';
import { clampStep, graphicStates, statesByChart } from '$lib/scroll/state';
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
	const states = graphicStates(payload.steps, payload.charts.defaults);
	let view = $state.raw(states[0]!);
	const drawn = new SvelteSet([view.chart]);
	mount(StoryGraphic, {
		target: panel,
		props: {
			get view() {
				return view;
			},
			drawn,
			upcoming: statesByChart(states),
			charts: payload.charts,
			lang: payload.lang,
			root: payload.root
		}
	});
	const drawNext = () => {
		const next = payload.charts.names.find((name) => !drawn.has(name));
		if (next === undefined) return;
		drawn.add(next);
		setTimeout(drawNext);
	};
	setTimeout(drawNext);
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
			view = states[clampStep(index, states.length)]!;
			// drawn for good once on stage, so that it stays mounted when the next step hides it
			drawn.add(view.chart);
		}
	};
}
