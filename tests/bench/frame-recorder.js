// Injected into every page of the scroll run before its own scripts, as text
// (a function passed through tsx would carry helpers the page lacks).
// Between start() and stop() it records every animation-frame interval and
// when it ended, and when the story's graphic changed step (its
// `data-active-step`), so that the bench can tell the slow frames a step
// change accounts for; it keeps every long task of the page, so that the
// bench can wait for the page to settle after loading and then count the
// long tasks of the scroll alone.
(() => {
	const state = {
		recording: false,
		startedAt: 0,
		previousFrame: undefined,
		intervals: [],
		/** when each interval ended */
		ends: [],
		/** when the graphic changed step (a MutationObserver's time: the end of the script that changed it) */
		stepChanges: [],
		/** [startTime, duration] of every long task since the page began */
		longTasks: [],
		/** ms since the last long task ended (or since the page began) */
		quietFor() {
			const ends = state.longTasks.map(([start, duration]) => start + duration);
			return performance.now() - Math.max(0, ...ends);
		},
		start() {
			state.intervals = [];
			state.ends = [];
			state.stepChanges = [];
			state.previousFrame = undefined;
			state.startedAt = performance.now();
			state.recording = true;
		},
		stop() {
			state.recording = false;
			const stoppedAt = performance.now();
			return {
				intervals: state.intervals,
				ends: state.ends,
				stepChanges: state.stepChanges,
				longTasks: state.longTasks
					.filter(([start, duration]) => start + duration > state.startedAt && start < stoppedAt)
					.map(([, duration]) => duration),
				milliseconds: stoppedAt - state.startedAt
			};
		}
	};
	window.__benchFrames = state;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const onFrame = (time) => {
		if (state.recording) {
			if (state.previousFrame !== undefined) {
				state.intervals.push(time - state.previousFrame);
				state.ends.push(time);
			}
			state.previousFrame = time;
		}
		requestAnimationFrame(onFrame);
	};
	requestAnimationFrame(onFrame);
	new MutationObserver(() => {
		if (state.recording) state.stepChanges.push(performance.now());
	}).observe(document, { subtree: true, attributeFilter: ['data-active-step'] });
})();
