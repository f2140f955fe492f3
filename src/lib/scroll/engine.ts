/**
 * The scroll engine: tells which step is in view, and nothing about the story.
 *
 * State from position: whatever moved the page (a wheel, a fling, the End
 * and Home keys, an anchor, a resize or a rotation, back and forward), the
 * step in view is read from where the steps are, once the frame's scrolling
 * is done, by `activeStepIndex`: never from the trigger crossings that led
 * there, which a single long scroll skips.
 *
 * What it costs the scroll: nothing reads the layout in a `scroll` event.
 * The handler only asks for an animation frame, and once that frame is on
 * screen the steps are measured, once, however many events arrived: read
 * after the frame's own style and layout pass, the boxes are already
 * computed and cost nothing more (read inside the frame, before that pass,
 * they would force it early, a forced recalculation in every frame while
 * the charts' transitions run). And it listens only while the steps are
 * near the viewport: an IntersectionObserver on the list turns the listener
 * on within a screen of it and off beyond. The observers also measure
 * whenever the list enters or leaves that band or the screen above it, so
 * a jump that lands far from the steps (to the sources at the end, back to
 * the top) still settles on the right step.
 *
 * Why not scrollama, which the engine used to build on: its `setup()` adds a
 * `scroll` listener to the document that reads `window.pageYOffset` on every
 * event, and nothing removes it (not even `destroy()`). A DevTools trace of
 * the phone scroll run (`npm run bench -- --trace`) put 1,166 ms of the
 * 1,418 ms spent in scroll handlers in that listener, of which 498 ms of
 * forced style recalculation and 409 ms of forced layout. Its step triggers
 * would only repeat what the band's observer and the frame already say.
 */
import { activeStepIndex, triggerFraction } from './position';

/**
 * How far from the viewport the steps count as near, as a CSS margin around
 * it: one viewport height above and below. Farther than a frame of the
 * briskest scroll moves the page, so the listener is on before a step can
 * reach the trigger line.
 */
export const NEAR_MARGIN = '100% 0px';

/**
 * A margin that extends the viewport upwards past any page: the observer
 * with it says whether the list has begun above the viewport's bottom, so a
 * jump from far below the steps to far above them (which never crosses the
 * near band) is still seen. px: percentages of the viewport would not cover
 * a page many screens tall.
 */
const ABOVE_EVERYTHING = '1000000px 0px 0px 0px';

/**
 * The step in view among `steps`, for a trigger line `triggerY` px below the
 * top of this document's viewport: one read of the steps' boxes.
 */
export function stepAt(steps: readonly HTMLElement[], triggerY: number): number {
	return activeStepIndex(
		steps.map((step) => step.getBoundingClientRect()),
		triggerY
	);
}

/**
 * Watches the `[data-step]` elements inside `container` and calls `onStep`
 * with the index in view, as soon as the first frame after anything may
 * have moved them is drawn, so that what it changes is drawn in the next
 * (the caller ignores an index it already shows).
 * Returns a function that stops watching.
 */
export function observeSteps(container: HTMLElement, onStep: (index: number) => void): () => void {
	const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
	let frame = 0;
	let pending = false;
	let listening = false;

	const measure = (): void => {
		pending = false;
		onStep(stepAt(steps, window.innerHeight * triggerFraction(window.innerWidth)));
	};
	// a task posted from an animation frame runs once that frame's rendering is done
	const afterFrame = new MessageChannel();
	afterFrame.port1.onmessage = measure;
	const frameDone = (): void => {
		frame = 0;
		afterFrame.port2.postMessage(null);
	};
	// one measurement per frame at most, however many events arrive in it; no layout read here
	const schedule = (): void => {
		if (pending) return;
		pending = true;
		frame = requestAnimationFrame(frameDone);
	};
	const listen = (on: boolean): void => {
		if (on === listening) return;
		listening = on;
		if (on) window.addEventListener('scroll', schedule, { passive: true });
		else window.removeEventListener('scroll', schedule);
	};

	const near = new IntersectionObserver(
		(entries) => {
			listen(entries.at(-1)!.isIntersecting);
			schedule();
		},
		{ rootMargin: NEAR_MARGIN }
	);
	const begun = new IntersectionObserver(schedule, { rootMargin: ABOVE_EVERYTHING });
	near.observe(container);
	begun.observe(container);
	// a resize or a rotation moves the steps and the trigger line without any scroll;
	// a page restored from the back/forward cache may have changed size while away
	window.addEventListener('resize', schedule);
	window.addEventListener('pageshow', schedule);

	return () => {
		if (frame !== 0) cancelAnimationFrame(frame);
		afterFrame.port1.close();
		near.disconnect();
		begun.disconnect();
		listen(false);
		window.removeEventListener('resize', schedule);
		window.removeEventListener('pageshow', schedule);
	};
}
