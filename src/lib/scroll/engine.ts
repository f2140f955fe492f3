/**
 * The scroll engine: tells which step is in view, and nothing about the story.
 * scrollama (IntersectionObserver) says *when* to look; `activeStepIndex`
 * says *which* step, from positions alone, so a jump, a fling or a reload
 * lands on the step under the trigger line rather than replaying events.
 */
import scrollama from 'scrollama';
import { activeStepIndex, triggerFraction, WIDE_MIN_WIDTH } from './position';

/**
 * The step in view among `steps`, for a trigger line `triggerY` px below the
 * top of this document's viewport: one read of the steps' boxes. The story
 * embed gives the line as its host's viewport places it (scroll/host.ts).
 */
export function stepAt(steps: readonly HTMLElement[], triggerY: number): number {
	return activeStepIndex(
		steps.map((step) => step.getBoundingClientRect()),
		triggerY
	);
}

/**
 * Watches the `[data-step]` elements inside `container` and calls `onStep`
 * with the index in view now and whenever it may have changed.
 * Returns a function that stops watching.
 */
export function observeSteps(container: HTMLElement, onStep: (index: number) => void): () => void {
	const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
	let frame = 0;
	const measure = () => {
		frame = 0;
		onStep(stepAt(steps, window.innerHeight * triggerFraction(window.innerWidth)));
	};
	// one measurement per frame at most, however many callbacks arrive in it
	const schedule = () => {
		if (frame === 0) frame = requestAnimationFrame(measure);
	};

	let scroller = scrollama();
	const setup = () => {
		scroller.destroy();
		scroller = scrollama();
		scroller
			.setup({ step: steps, offset: triggerFraction(window.innerWidth) })
			.onStepEnter(schedule)
			.onStepExit(schedule);
	};
	// the trigger line moves when the layout crosses its breakpoint
	const wide = window.matchMedia(`(min-width: ${WIDE_MIN_WIDTH}px)`);
	const relayout = () => {
		setup();
		schedule();
	};
	setup();
	wide.addEventListener('change', relayout);
	// a resize moves the steps without crossing a trigger
	window.addEventListener('resize', schedule);
	measure();

	return () => {
		if (frame !== 0) cancelAnimationFrame(frame);
		wide.removeEventListener('change', relayout);
		window.removeEventListener('resize', schedule);
		scroller.destroy();
	};
}
