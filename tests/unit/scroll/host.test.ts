import { describe, expect, it } from 'vitest';
import {
	PINNED_MIN_HEIGHT_PX,
	hostCanPin,
	hostTriggerY,
	pinnedOffset,
	type HostViewport
} from '$lib/scroll/host';
import {
	TRIGGER_NARROW,
	TRIGGER_WIDE,
	WIDE_MIN_WIDTH,
	activeStepIndex
} from '$lib/scroll/position';

describe('hostTriggerY', () => {
	it.each([
		['the iframe at the viewport’s top, wide', { top: 0, height: 800 }, 1280, 800 * TRIGGER_WIDE],
		[
			'the iframe at the viewport’s top, narrow',
			{ top: 0, height: 800 },
			375,
			800 * TRIGGER_NARROW
		],
		['the iframe 300 px below the top', { top: 300, height: 800 }, 1280, 400 - 300],
		['the iframe scrolled 2,000 px past the top', { top: -2000, height: 800 }, 1280, 2400],
		['a short host viewport', { top: -100, height: 600 }, 375, 600 * TRIGGER_NARROW + 100]
	])('%s', (_name, host, width, expected) => {
		expect(hostTriggerY(host, width)).toBeCloseTo(expected, 9);
	});

	it('follows the layout’s breakpoint, the iframe’s width, not the host’s', () => {
		const host = { top: 0, height: 1000 };
		expect(hostTriggerY(host, WIDE_MIN_WIDTH - 1)).toBe(1000 * TRIGGER_NARROW);
		expect(hostTriggerY(host, WIDE_MIN_WIDTH)).toBe(1000 * TRIGGER_WIDE);
	});

	it('picks the step a reader of the host sees past the line, as the page would', () => {
		// steps 700 px apart from 1,000 px down the iframe; the host has scrolled the iframe 1,900 px up
		const steps = [0, 1, 2, 3].map((i) => ({ top: 1000 + i * 700, bottom: 1500 + i * 700 }));
		const host: HostViewport = { top: -1900, height: 800 };
		// in the host's viewport the steps start at -900, -200, 500, 1200: the line is at 400
		expect(activeStepIndex(steps, hostTriggerY(host, 1280))).toBe(1);
	});
});

describe('pinnedOffset', () => {
	// the section starts 500 px down the iframe and is 5,000 px tall; the panel is 800 px
	const section = { top: 500, height: 5000 };
	const panel = 800;

	it.each([
		['the section below the viewport’s top', { top: 100, height: 800 }, 0],
		['the section’s top on the viewport’s top', { top: -500, height: 800 }, 0],
		['scrolled 1,234.5 px into the section', { top: -1734.5, height: 800 }, 1234.5],
		['at the end of its travel', { top: -4700, height: 800 }, 4200],
		['past the section’s end', { top: -90_000, height: 800 }, 4200]
	])('%s', (_name, host, expected) => {
		expect(pinnedOffset(section, panel, host)).toBe(expected);
	});

	it('keeps the panel’s top on the host viewport’s top while it pins', () => {
		for (const top of [-600, -1000, -3000]) {
			const host = { top, height: 800 };
			// the panel's top in the host's viewport: the iframe's top + the section's top + the offset
			expect(top + section.top + pinnedOffset(section, panel, host)).toBe(0);
		}
	});

	it('never moves a panel as tall as its section', () => {
		expect(pinnedOffset({ top: 0, height: 700 }, 800, { top: -400, height: 800 })).toBe(0);
	});
});

describe('hostCanPin', () => {
	it('asks for the same height as the story page’s own scrolly layout', () => {
		expect(hostCanPin({ top: 0, height: PINNED_MIN_HEIGHT_PX })).toBe(true);
		expect(hostCanPin({ top: 0, height: PINNED_MIN_HEIGHT_PX - 1 })).toBe(false);
	});

	it('matches the min-height of ScrollySection’s scrolly media query', async () => {
		const { readFileSync } = await import('node:fs');
		const css = readFileSync('src/lib/components/page/ScrollySection.svelte', 'utf8');
		expect(css).toContain(`(min-height: ${PINNED_MIN_HEIGHT_PX}px)`);
	});
});
