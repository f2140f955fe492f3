/**
 * The keyboard in the scrolly layout: Page Down, Space and Arrow Down go to
 * the next step, Page Up, Shift+Space and Arrow Up to the previous one, so
 * that each press shows one step and its graphic (the browser's own steps,
 * a screen or 40 px, skip steps or stop between them). Pure: which key
 * means which move, and which step a move leads to, from the steps' boxes
 * as the scroll engine reads them. Outside the steps (the intro above, the
 * text after) and past either end, the browser scrolls as it always does.
 */
import { activeStepIndex, type StepBox } from './position.ts';

/** Towards the end of the story (1) or its start (-1). */
export type StepMove = 1 | -1;

/** The keys of a keydown, as `KeyboardEvent` gives them. */
export interface KeyPress {
	key: string;
	shiftKey: boolean;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

/**
 * The move a key asks for, or null: any other key, or one held with Alt,
 * Control or Meta (the browser's and the system's shortcuts). Shift turns
 * Space round, as the browser's own scroll does.
 */
export function stepMove(press: KeyPress): StepMove | null {
	if (press.altKey || press.ctrlKey || press.metaKey) return null;
	switch (press.key) {
		case 'PageDown':
		case 'ArrowDown':
			return press.shiftKey ? null : 1;
		case 'PageUp':
		case 'ArrowUp':
			return press.shiftKey ? null : -1;
		case ' ':
			return press.shiftKey ? -1 : 1;
		default:
			return null;
	}
}

/**
 * The step a move leads to, or null when the browser should scroll as usual:
 * the trigger line is not within the steps (before the first has reached
 * it, after the last has left it), or the move goes past either end.
 * `heading` is the step an earlier press already leads to while its smooth
 * scroll runs, so that quick presses count one step each; null otherwise.
 */
export function stepAfterMove(
	boxes: readonly StepBox[],
	triggerY: number,
	move: StepMove,
	heading: number | null
): number | null {
	const first = boxes[0];
	const last = boxes.at(-1);
	if (!first || !last) return null;
	if (heading === null && (first.top > triggerY || last.bottom <= triggerY)) return null;
	const target = (heading ?? activeStepIndex(boxes, triggerY)) + move;
	return target >= 0 && target < boxes.length ? target : null;
}
