/**
 * startEmbedChild's decisions, with a stand-in window: what it sends, when,
 * and what it reports. The real browsers and parents are in
 * tests/e2e/embed-protocol.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
	POSITION_ANSWER_WAIT_MS,
	startEmbedChild,
	type EmbedChildWindow,
	type PositionSupport
} from '$lib/embed/child';
import type { IframePosition } from '$lib/embed/protocol';

const PYM_QUERY = '?initialWidth=1248&childId=embed&parentTitle=T&parentUrl=u';
const HEIGHT = (h: number) => [
	`pymxPYMxembedxPYMxheightxPYMx${h}`,
	{ sentinel: 'amp', type: 'embed-size', height: h }
];
const POSITION_REQUEST = 'pymxPYMxembedxPYMxparentPositionInfoxPYMx';
const position = (top: number) =>
	`pymxPYMxembedxPYMxviewport-iframe-positionxPYMx1280 800 ${top} 16 ${top + 400} 1264`;

type Listener = (event: MessageEvent) => void;

/** A window with a parent that records what it is sent and throws on null, as a frames parent does. */
class FakeWindow implements EmbedChildWindow {
	sent: unknown[] = [];
	height = 395;
	observing = 0;
	listeners = new Map<string, Set<Listener>>();
	timers = new Map<number, () => void>();
	private resizeCallbacks = new Set<() => void>();
	private resourceCallbacks = new Set<() => void>();
	private nextTimer = 1;

	parent: EmbedChildWindow['parent'];
	location: { search: string };
	document: EmbedChildWindow['document'];
	ResizeObserver: EmbedChildWindow['ResizeObserver'];
	PerformanceObserver: EmbedChildWindow['PerformanceObserver'];

	constructor(search: string, framed = true) {
		this.location = { search };
		this.parent = framed
			? {
					postMessage: (message: unknown) => {
						if (message === null || message === undefined)
							throw new TypeError("Cannot read properties of null (reading 'sentinel')");
						this.sent.push(message);
					}
				}
			: (this as unknown as EmbedChildWindow['parent']);
		// only capturing listeners on the root hear its elements load: those events do not bubble
		const capturing = (capture: boolean) => expect(capture).toBe(true);
		this.document = {
			documentElement: {
				getBoundingClientRect: () => ({ height: this.height }),
				addEventListener: (type, listener, capture) => {
					capturing(capture);
					this.addEventListener(`root ${type}`, listener);
				},
				removeEventListener: (type, listener, capture) => {
					capturing(capture);
					this.removeEventListener(`root ${type}`, listener);
				}
			}
		};
		const callbacks = this.resizeCallbacks;
		const count = (change: number) => (this.observing += change);
		this.ResizeObserver = class {
			constructor(private callback: () => void) {}
			observe() {
				count(1);
				callbacks.add(this.callback);
			}
			disconnect() {
				count(-1);
				callbacks.delete(this.callback);
			}
		};
		const resources = this.resourceCallbacks;
		this.PerformanceObserver = class {
			constructor(private callback: () => void) {}
			observe(options: { type: 'resource' }) {
				expect(options).toEqual({ type: 'resource' });
				count(1);
				resources.add(this.callback);
			}
			disconnect() {
				count(-1);
				resources.delete(this.callback);
			}
		};
	}

	postMessage(): void {
		throw new Error('the child must not post to itself');
	}
	/** A resource (an image, a stylesheet, an external SVG) has arrived; the document may now be `height` tall, unobserved. */
	resourceArrives(height = this.height) {
		this.height = height;
		for (const callback of this.resourceCallbacks) callback();
	}
	addEventListener(type: string, listener: Listener) {
		if (!this.listeners.has(type)) this.listeners.set(type, new Set());
		this.listeners.get(type)!.add(listener);
	}
	removeEventListener(type: string, listener: Listener) {
		this.listeners.get(type)?.delete(listener);
	}
	/** An element of the page (an external `<use>`, an image) loads or fails, maybe out of view: the document may now be `height` tall, unobserved. */
	elementLoads(type: 'load' | 'error', height = this.height) {
		this.height = height;
		this.fire(`root ${type}`);
	}
	setTimeout(callback: () => void) {
		this.timers.set(this.nextTimer, callback);
		return this.nextTimer++;
	}
	clearTimeout(id: number | undefined) {
		if (id !== undefined) this.timers.delete(id);
	}

	/** The document's height becomes `height`, and the observer says so. */
	resize(height: number) {
		this.height = height;
		for (const callback of this.resizeCallbacks) callback();
	}
	/** A message arrives, from the parent unless told otherwise. */
	receive(data: unknown, source: unknown = this.parent) {
		const event = { data, source } as MessageEvent;
		for (const listener of this.listeners.get('message') ?? []) listener(event);
	}
	fire(type: string) {
		for (const listener of this.listeners.get(type) ?? []) listener({} as MessageEvent);
	}
	runTimers() {
		for (const [id, callback] of this.timers) {
			this.timers.delete(id);
			callback();
		}
	}
	listenerCount() {
		return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
	}
}

function start(win: FakeWindow) {
	const supports: PositionSupport[] = [];
	const positions: IframePosition[] = [];
	const stop = startEmbedChild(win, {
		onPositionSupport: (s) => supports.push(s),
		onPosition: (p) => positions.push(p)
	});
	return { supports, positions, stop };
}

describe('startEmbedChild under a pym parent', () => {
	it('sends its height in both languages at once, then asks where the iframe is', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports } = start(win);
		expect(win.sent).toEqual([...HEIGHT(395), POSITION_REQUEST]);
		expect(supports).toEqual(['pending']);
		// the document's box, and the resources that arrive
		expect(win.observing).toBe(2);
	});

	it('measures whenever a resource arrives: out of the host’s view, no observer says the height changed', () => {
		const win = new FakeWindow(PYM_QUERY);
		start(win);
		win.sent = [];
		win.resourceArrives(395);
		win.resourceArrives(720);
		expect(win.sent).toEqual([...HEIGHT(720)]);
	});

	it('measures whenever an element in the page loads or fails: an external <use> takes its file in after the resource arrives', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { stop } = start(win);
		win.resourceArrives();
		win.sent = [];
		win.elementLoads('load', 720);
		win.elementLoads('error', 840);
		win.elementLoads('load', 840);
		expect(win.sent).toEqual([...HEIGHT(720), ...HEIGHT(840)]);
		stop();
		expect(win.listenerCount()).toBe(0);
	});

	it('does without resource timing where a browser has none, measuring on load', () => {
		const win = new FakeWindow(PYM_QUERY);
		win.PerformanceObserver = undefined;
		const { stop } = start(win);
		win.sent = [];
		win.height = 720;
		win.fire('load');
		expect(win.sent).toEqual([...HEIGHT(720)]);
		stop();
		expect(win.observing).toBe(0);
	});

	it('sends a height only when it changes, rounded up', () => {
		const win = new FakeWindow(PYM_QUERY);
		start(win);
		win.sent = [];
		win.resize(395);
		win.resize(394.2);
		win.resize(395);
		win.resize(600.5);
		win.fire('load');
		expect(win.sent).toEqual([...HEIGHT(601)]);
	});

	it('answers a width with its height when that changed, as pym’s child does', () => {
		const win = new FakeWindow(PYM_QUERY);
		start(win);
		win.sent = [];
		win.receive('pymxPYMxembedxPYMxwidthxPYMx375');
		expect(win.sent).toEqual([]);
		// a reflow the observer has not reported yet (a frame out of the host's view)
		win.height = 720;
		win.receive('pymxPYMxembedxPYMxwidthxPYMx375');
		expect(win.sent).toEqual([...HEIGHT(720)]);
	});

	it('answers frames-init with its height even when unchanged: the parent has just started listening', () => {
		const win = new FakeWindow(PYM_QUERY);
		start(win);
		win.sent = [];
		win.receive({ sentinel: 'amp', type: 'frames-init' });
		win.receive({ sentinel: 'amp', type: 'frames-init' });
		expect(win.sent).toEqual([...HEIGHT(395), ...HEIGHT(395)]);
	});

	it('reports positions: on request, then on scroll once the parent sends one unasked', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports, positions } = start(win);
		win.receive(position(1235));
		expect(supports).toEqual(['pending', 'on-request']);
		win.receive(position(-100.5));
		win.receive(position(-300));
		expect(supports).toEqual(['pending', 'on-request', 'on-scroll']);
		expect(positions.map((p) => p.top)).toEqual([1235, -100.5, -300]);
		expect(positions[1]).toEqual({
			viewportWidth: 1280,
			viewportHeight: 800,
			top: -100.5,
			left: 16,
			bottom: 299.5,
			right: 1264
		});
	});

	it(`says "none" when no answer comes within ${POSITION_ANSWER_WAIT_MS} ms, and takes a late one`, () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports } = start(win);
		win.runTimers();
		expect(supports).toEqual(['pending', 'none']);
		win.receive(position(0));
		expect(supports).toEqual(['pending', 'none', 'on-request']);
	});

	it('keeps what an answer said when the wait ends after it', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports } = start(win);
		win.receive(position(0));
		win.runTimers();
		expect(supports).toEqual(['pending', 'on-request']);
	});

	it('ignores messages from any window but its parent', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports, positions } = start(win);
		win.sent = [];
		const sibling = {};
		win.receive({ sentinel: 'amp', type: 'frames-init' }, sibling);
		win.receive(position(0), sibling);
		win.height = 500;
		win.receive('pymxPYMxembedxPYMxwidthxPYMx375', null);
		expect(win.sent).toEqual([]);
		expect(supports).toEqual(['pending']);
		expect(positions).toEqual([]);
	});

	it('ignores junk, pym messages for other children included', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { supports, positions } = start(win);
		win.sent = [];
		win.height = 500;
		for (const junk of [
			null,
			undefined,
			NaN,
			1e308,
			'pymxPYMxotherxPYMxwidthxPYMx375',
			'pymxPYMxembedxxPYMxwidthxPYMx375',
			'pymxPYMxembedxPYMxwidthxPYMx-375',
			'pymxPYMxembedxPYMxheightxPYMx375',
			'pymxPYMxotherxPYMxviewport-iframe-positionxPYMx1280 800 0 16 400 1264',
			'pymxPYMxembedxPYMxviewport-iframe-positionxPYMx1280 800 0 16 400',
			{ sentinel: 'amp', type: 'frames-init ' },
			{ sentinel: 'amp', type: 'embed-size', height: 10 },
			['amp', 'frames-init']
		])
			win.receive(junk);
		expect(win.sent).toEqual([]);
		expect(supports).toEqual(['pending']);
		expect(positions).toEqual([]);
	});

	it('posts nothing, never null, for a height that is not one', () => {
		const win = new FakeWindow(PYM_QUERY);
		win.height = NaN;
		start(win);
		win.resize(Infinity);
		win.resize(1e300);
		win.receive({ sentinel: 'amp', type: 'frames-init' });
		expect(win.sent).toEqual([POSITION_REQUEST]);
	});

	it('stops: no observer, no listener, no timer, nothing sent', () => {
		const win = new FakeWindow(PYM_QUERY);
		const { stop, supports } = start(win);
		stop();
		expect(win.observing).toBe(0);
		expect(win.listenerCount()).toBe(0);
		expect(win.timers.size).toBe(0);
		win.sent = [];
		win.resize(800);
		win.resourceArrives(900);
		win.receive({ sentinel: 'amp', type: 'frames-init' });
		expect(win.sent).toEqual([]);
		expect(supports).toEqual(['pending']);
	});
});

describe('startEmbedChild under another parent (frames, AMP, a plain iframe)', () => {
	it('speaks AMP only, and says at once that no position info is available', () => {
		const win = new FakeWindow('?lang=fr');
		const { supports } = start(win);
		expect(win.sent).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 395 }]);
		expect(supports).toEqual(['none']);
		expect(win.timers.size).toBe(0);
	});

	it('answers frames-init, and ignores pym messages whatever their id', () => {
		const win = new FakeWindow('');
		const { positions } = start(win);
		win.sent = [];
		win.height = 420;
		win.receive('pymxPYMxembedxPYMxwidthxPYMx375');
		win.receive('pymxPYMxundefinedxPYMxwidthxPYMx375');
		win.receive(position(0));
		expect(win.sent).toEqual([]);
		expect(positions).toEqual([]);
		win.receive({ sentinel: 'amp', type: 'frames-init' });
		expect(win.sent).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 420 }]);
	});
});

describe('startEmbedChild in a page that is not framed', () => {
	it('sends nothing, listens to nothing, and says "none"', () => {
		const win = new FakeWindow(PYM_QUERY, false);
		const { supports, stop } = start(win);
		expect(supports).toEqual(['none']);
		expect(win.observing).toBe(0);
		expect(win.listenerCount()).toBe(0);
		stop();
	});
});
