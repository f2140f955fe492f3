/**
 * The iframe side of an embed: tells the host page the document's height in
 * both pym.js's and AMP's words (a @newswire/frames parent reads either),
 * answers the parents' own messages, and follows where the iframe sits in
 * the host's viewport when a pym.js parent can say it. Only the embed layout
 * starts it; it ships on every embed page, so it stays small (its gzip size
 * is held by tests/unit/embed/child-size.test.ts).
 *
 * The height is the document element's box, watched by a ResizeObserver:
 * pym's own child measures `body.offsetHeight`, which leaves out the body's
 * margins and gives the viewport's height once the body is `height: 100%`.
 * The page must leave the root element's height `auto`: a root pinned to the
 * viewport (`html { height: 100% }`) would report the iframe's own height.
 *
 * The height is also measured at once, whenever a resource arrives, when an
 * element in the page loads, on `load` and when a parent asks: Chromium skips
 * the rendering steps of a cross-origin iframe that is out of the host's
 * view, ResizeObserver's callbacks included, so an embed below the fold would
 * otherwise keep its default 150 px until the reader reaches it. Measuring
 * forces a layout, which such a frame still does. It also releases the
 * frame's `load` event: Chromium holds it (and so the host page's own) while
 * an SVG `<use>` of an external file (the map's base map) waits for a style
 * update that never comes out of view. The file's resource timing entry is
 * too early for that: the `<use>` takes the file in only once it is parsed,
 * hundreds of milliseconds later on a busy machine, and then fires `load`
 * (or `error`), at itself only, and only when a listener on it or a capturing
 * one on an element above it (not the document, not the window) asks for it.
 */
import {
	formatAmpEmbedSize,
	formatPymHeight,
	formatPymPositionRequest,
	isFramesInit,
	parsePymParams,
	parsePymPosition,
	parsePymWidth,
	type IframePosition
} from './protocol';

/**
 * How long to wait for a pym parent's answer to the position request before
 * saying the host cannot report positions. A pym parent (1.3 and later)
 * answers within one message hop of the host's main thread; a busy host (ads,
 * analytics) may hold that for a few hundred milliseconds. An answer that
 * comes later still counts.
 */
export const POSITION_ANSWER_WAIT_MS = 1000;

/**
 * What the host can tell about the iframe's place in its viewport:
 * - `pending`: asked a pym parent, no answer yet;
 * - `none`: no pym parent (none built this iframe, or it did not answer in
 *   time), or no parent at all: the story shows its stacked layout;
 * - `on-request`: the pym parent answers requests, and has sent nothing
 *   unasked yet; a parent set up without `trackscroll` stays here;
 * - `on-scroll`: the parent has sent a position it was not asked for, so it
 *   reports on every scroll (`trackscroll: true`): a graphic can be pinned.
 */
export type PositionSupport = 'pending' | 'none' | 'on-request' | 'on-scroll';

export interface EmbedChildOptions {
	/** called with each new value, the first one before `startEmbedChild` returns */
	onPositionSupport?(support: PositionSupport): void;
	/** called with each position the parent reports, already checked */
	onPosition?(position: IframePosition): void;
}

/** The part of the document element that is measured, and hears its elements load. */
interface MeasuredRoot {
	getBoundingClientRect(): { height: number };
	addEventListener(type: 'load' | 'error', listener: () => void, capture: true): void;
	removeEventListener(type: 'load' | 'error', listener: () => void, capture: true): void;
}

/** What `startEmbedChild` uses of `window`, so that a test can stand in for it. */
export interface EmbedChildWindow {
	parent: { postMessage(message: unknown, targetOrigin: string): void };
	location: { search: string };
	document: { documentElement: MeasuredRoot };
	ResizeObserver: new (callback: () => void) => {
		observe(target: MeasuredRoot): void;
		disconnect(): void;
	};
	addEventListener(type: 'message' | 'load', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message' | 'load', listener: (event: MessageEvent) => void): void;
	setTimeout(callback: () => void, ms: number): number;
	clearTimeout(id: number | undefined): void;
	/** absent in old browsers: the height is then measured on `load` only */
	PerformanceObserver?: new (callback: () => void) => {
		observe(options: { type: 'resource' }): void;
		disconnect(): void;
	};
}

/** The events of an element whose resource has arrived, or failed to. */
const LOADS = ['load', 'error'] as const;

/**
 * Starts the iframe side; returns the function that stops it. In a page that
 * is not framed it only reports `none` and sends nothing.
 */
export function startEmbedChild(
	win: EmbedChildWindow,
	{ onPositionSupport, onPosition }: EmbedChildOptions = {}
): () => void {
	let support: PositionSupport | undefined;
	const setSupport = (next: PositionSupport) => {
		if (next !== support) onPositionSupport?.((support = next));
	};
	const { parent } = win;
	if ((parent as unknown) === win) {
		setSupport('none');
		return () => {};
	}

	const root = win.document.documentElement;
	const childId = parsePymParams(win.location.search)?.childId;
	let sentHeight: number | undefined;
	// the child asks once, and a pym parent answers each request once: a second position came unasked
	let positions = 0;

	const post = (message: unknown) => {
		if (message !== null) parent.postMessage(message, '*');
	};

	/** Sends the height when it changed, or always (an answer to a parent that just started listening). */
	const sendHeight = (always?: boolean) => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === sentHeight && !always) return;
		sentHeight = height;
		if (childId) post(formatPymHeight(childId, height));
		post(formatAmpEmbedSize(height));
	};

	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		const { data } = event;
		if (isFramesInit(data)) sendHeight(true);
		if (!childId) return;
		// pym's parent sends the width when the host resizes; the height may follow it
		if (parsePymWidth(data, childId) !== null) sendHeight();
		const position = parsePymPosition(data, childId);
		if (position) {
			setSupport(++positions > 1 ? 'on-scroll' : 'on-request');
			onPosition?.(position);
		}
	};

	const sendChangedHeight = () => sendHeight();
	const observer = new win.ResizeObserver(sendChangedHeight);
	observer.observe(root);
	win.addEventListener('message', onMessage);
	// images, late styles and external SVG change the height as they arrive, maybe out of view
	const resources = win.PerformanceObserver && new win.PerformanceObserver(sendChangedHeight);
	resources?.observe({ type: 'resource' });
	win.addEventListener('load', sendChangedHeight);
	// an external <use> has its file only when it loads (or fails): measuring then releases the frame's load
	for (const type of LOADS) root.addEventListener(type, sendChangedHeight, true);
	sendHeight();

	let timer: number | undefined;
	if (childId) {
		setSupport('pending');
		post(formatPymPositionRequest(childId));
		timer = win.setTimeout(() => {
			if (support === 'pending') setSupport('none');
		}, POSITION_ANSWER_WAIT_MS);
	} else setSupport('none');

	return () => {
		observer.disconnect();
		resources?.disconnect();
		win.removeEventListener('message', onMessage);
		win.removeEventListener('load', sendChangedHeight);
		for (const type of LOADS) root.removeEventListener(type, sendChangedHeight, true);
		win.clearTimeout(timer);
	};
}
