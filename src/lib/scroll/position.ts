/**
 * Which step is in view, from the steps' positions alone (no event history):
 * the last step whose top has crossed the trigger line. A reader who reloads,
 * jumps or flings gets the step under the line, whatever happened before.
 */

/** Where the trigger line sits, as a fraction of the viewport height from the top. Half way: the step a reader is reading is the one in the middle. */
export const TRIGGER_FRACTION = 0.5 as const;

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
