/**
 * The keyboard's side of the scrolly layout (which keys, which step: keys.ts):
 * a press that moves among the steps scrolls the step it leads to into its
 * place (its `scroll-margin-top`, set by ScrollySection.svelte, puts it past
 * the trigger line), and the scroll engine then moves the graphic, as it does
 * for any scroll. Nothing changes while the pinned graphic is hidden (the
 * stacked layout, print), nor for a key meant for a control.
 */
import { stepAfterMove, stepMove } from './keys.ts';
import { triggerFraction } from './position.ts';

/** Where Space, or an arrow, does something of its own. */
const CONTROLS = 'button, input, select, textarea, summary, [contenteditable]';

/**
 * Moves among `steps` by keyboard while `pinned` (the pinned graphic's
 * panel) is displayed. Returns a function that stops listening.
 */
export function followStepKeys(steps: readonly HTMLElement[], pinned: HTMLElement): () => void {
	let heading: number | null = null;
	const onKey = (event: KeyboardEvent): void => {
		const move = stepMove(event);
		if (move === null || event.defaultPrevented) return;
		if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
		if (getComputedStyle(pinned).display === 'none') return;
		const target = stepAfterMove(
			steps.map((step) => step.getBoundingClientRect()),
			window.innerHeight * triggerFraction(window.innerWidth),
			move,
			heading
		);
		if (target === null) return;
		event.preventDefault();
		heading = target;
		const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
		steps[target]!.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'smooth' });
	};
	// once the page stops, the step in view is the one the next press counts from
	const arrived = (): void => {
		heading = null;
	};
	window.addEventListener('keydown', onKey);
	window.addEventListener('scrollend', arrived);
	return () => {
		window.removeEventListener('keydown', onKey);
		window.removeEventListener('scrollend', arrived);
	};
}
