/**
 * The story embed's island (/embed/story/). The page arrives stacked: each
 * step followed by its chart in that step's state, which works in any iframe.
 * It turns scrolly only when the host can keep the graphic in view: a pym.js
 * parent that reports the iframe's place in its viewport as the host scrolls
 * (`trackscroll`), in a viewport tall enough (scroll/host.ts). Then the
 * graphic is moved, one transform per frame, to stay against the host
 * viewport's top, and the step in view is the one past the story page's own
 * trigger line, placed in the host's viewport. A host that cannot say where
 * the iframe is never gets a graphic that scrolls away half-drawn.
 *
 * What the embed child reports is written on the root element, where tests
 * and a host's developer can read it: `data-embed-position-support`,
 * `data-embed-position` (JSON) and `data-embed-position-count`.
 */
import { startEmbedChild, type PositionSupport } from '$lib/embed/child';
import type { IframePosition } from '$lib/embed/protocol';
import { stepAt } from '$lib/scroll/engine';
import { hostCanPin, hostTriggerY, pinnedOffset, type HostViewport } from '$lib/scroll/host';
import { mountPinnedGraphic, type PinnedGraphic } from './pinned-graphic.svelte';

/** The class on the root element that turns the embedded section scrolly (ScrollySection.svelte). */
const PINNED_CLASS = 'host-pins';

const root = document.documentElement;
let support: PositionSupport = 'pending';
let host: HostViewport | undefined;
let graphic: PinnedGraphic | undefined;
let positions = 0;
let frame = 0;

/** Once a frame: one read of the layout (the section, the steps, the panel), then the writes. */
function follow(): void {
	frame = 0;
	if (!graphic || !host || !root.classList.contains(PINNED_CLASS)) return;
	const section = graphic.section.getBoundingClientRect();
	const index = stepAt(graphic.steps, hostTriggerY(host, window.innerWidth));
	const offset = pinnedOffset(section, graphic.panel.offsetHeight, host);
	graphic.show(index);
	graphic.panel.style.transform = `translate3d(0, ${offset}px, 0)`;
}

function schedule(): void {
	if (frame === 0) frame = requestAnimationFrame(follow);
}

/**
 * Scrolly when the host reports on scroll and is tall enough, else stacked.
 * Only the scrolly layout takes its heights from the host's viewport (the
 * `--vh` of ScrollySection.svelte): the stacked one keeps the heights it was
 * served with, so that it never changes height when a host answers.
 */
function chooseLayout(): void {
	const pinned = support === 'on-scroll' && host !== undefined && hostCanPin(host);
	if (pinned && !graphic) graphic = mountPinnedGraphic();
	const unit = pinned && graphic && host ? `${host.height / 100}px` : '';
	// written only when it changes: a new value restyles the whole section
	if (unit !== root.style.getPropertyValue('--vh')) {
		root.style.setProperty('--vh', unit);
		root.style.setProperty('--svh', unit);
		root.classList.toggle(PINNED_CLASS, unit !== '');
	}
	if (unit !== '') schedule();
}

function onPosition(position: IframePosition): void {
	root.dataset.embedPosition = JSON.stringify(position);
	root.dataset.embedPositionCount = String(++positions);
	host = { top: position.top, height: position.viewportHeight };
	chooseLayout();
}

startEmbedChild(window, {
	onPositionSupport(next) {
		support = next;
		root.dataset.embedPositionSupport = next;
		chooseLayout();
	},
	onPosition
});
