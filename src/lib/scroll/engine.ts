/**
 * The scroll engine: tells which step is in view, and nothing about the story.
 * scrollama (IntersectionObserver) says *when* to look; `activeStepIndex`
 * says *which* step, from positions alone, so a jump, a fling or a reload
 * lands on the step under the trigger line rather than replaying events.
 */
import scrollama from 'scrollama';
import { activeStepIndex, TRIGGER_FRACTION } from './position';

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
		const boxes = steps.map((step) => step.getBoundingClientRect());
		onStep(activeStepIndex(boxes, window.innerHeight * TRIGGER_FRACTION));
	};
	// one measurement per frame at most, however many callbacks arrive in it
	const schedule = () => {
		if (frame === 0) frame = requestAnimationFrame(measure);
	};

	const scroller = scrollama();
	scroller.setup({ step: steps, offset: TRIGGER_FRACTION }).onStepEnter(schedule).onStepExit(schedule);
	// a resize moves the steps without crossing a trigger
	window.addEventListener('resize', schedule);
	measure();

	return () => {
		if (frame !== 0) cancelAnimationFrame(frame);
		window.removeEventListener('resize', schedule);
		scroller.destroy();
	};
}
