/**
 * The story inside an iframe that grows to its content, seen through the
 * host page's viewport: the iframe never scrolls, so its own viewport says
 * nothing of what the reader sees. A pym.js parent reports where the iframe
 * is in its viewport (src/lib/embed/child.ts); from that, the trigger line
 * and the pinned graphic's place, in the iframe's coordinates. Pure.
 */
import { triggerFraction } from './position.ts';

/**
 * The host's viewport below which the story embed stays stacked: the same
 * height as the story page's own `min-height: 560px` (ScrollySection.svelte),
 * where a pinned chart and a step no longer fit one screen.
 */
export const PINNED_MIN_HEIGHT_PX = 560;

/** The host's viewport, as the iframe sees it. */
export interface HostViewport {
	/** the iframe's top edge from the host viewport's top, px; negative once scrolled past */
	top: number;
	/** the host viewport's height, px */
	height: number;
}

/** Whether the host's viewport is tall enough for the scrolly layout. */
export function hostCanPin(host: HostViewport): boolean {
	return host.height >= PINNED_MIN_HEIGHT_PX;
}

/**
 * The trigger line in the iframe's coordinates (px from the iframe's top):
 * the story page's own line (`triggerFraction`, chosen by the layout's width,
 * which in an iframe is the iframe's), placed in the host's viewport.
 */
export function hostTriggerY(host: HostViewport, layoutWidth: number): number {
	return host.height * triggerFraction(layoutWidth) - host.top;
}

/** The box that holds the pinned graphic, in the iframe's coordinates. */
export interface PinBox {
	/** its top, px from the iframe's top */
	top: number;
	/** its height, px */
	height: number;
}

/**
 * How far to move the graphic down from its place at the top of its section
 * so that it stays at the top of the host's viewport, as `position: sticky`
 * would in a page of its own: 0 until the section's top reaches the
 * viewport's top, then following the scroll, and no farther than the
 * section's end. px, never negative.
 */
export function pinnedOffset(section: PinBox, panelHeight: number, host: HostViewport): number {
	const travel = Math.max(0, section.height - panelHeight);
	const scrolledPast = -(host.top + section.top);
	return Math.min(travel, Math.max(0, scrolledPast));
}
