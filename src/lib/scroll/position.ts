/**
 * Which step is in view, from the steps' positions alone (no event history):
 * the last step whose top has crossed the trigger line. A reader who reloads,
 * jumps or flings gets the step under the line, whatever happened before.
 */

/**
 * Where the trigger line sits, as a fraction of the viewport height from the top.
 * Wide screens: half way, since the steps sit beside the graphic and the one a
 * reader reads is in the middle. Phones: the graphic holds the top of the
 * screen (two thirds) and the steps scroll in the strip below it, so the line sits in
 * that strip (see `.sticky` in StoryPage.svelte).
 */
export const TRIGGER_WIDE = 0.5 as const;
export const TRIGGER_NARROW = 0.8 as const;
/** Viewport width (CSS px) from which the steps sit beside the graphic; the same breakpoint as the page's CSS. */
export const WIDE_MIN_WIDTH = 960;

export function triggerFraction(
	viewportWidth: number
): typeof TRIGGER_WIDE | typeof TRIGGER_NARROW {
	return viewportWidth >= WIDE_MIN_WIDTH ? TRIGGER_WIDE : TRIGGER_NARROW;
}

export interface StepBox {
	/** distance from the viewport's top to the step's top, px (negative once scrolled past) */
	top: number;
	/** distance from the viewport's top to the step's bottom, px */
	bottom: number;
}

/**
 * Index of the step in view for a trigger line `triggerY` px below the viewport's
 * top. Before the first step: 0. Steps are in document order.
 */
export function activeStepIndex(boxes: readonly StepBox[], triggerY: number): number {
	let active = 0;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i]!.top <= triggerY) active = i;
		else break;
	}
	return active;
}
