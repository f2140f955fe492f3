/**
 * An embed below the fold of a busy host: the host page's `load` must fire
 * without the reader scrolling to it. Chromium holds a cross-origin,
 * out-of-view frame's `load` (and so the host's) while an external SVG
 * `<use>` (the map's base map) waits for a style update that such a frame
 * never runs by itself; the embed's child script measures when the `<use>`
 * loads, which runs it. On a slow CPU the `<use>` takes its file in long after
 * the file's resource timing entry, which is how this went unseen: each page
 * is opened several times, the CPU slowed down, so that the late cases come.
 * The pages are those whose built HTML draws an external `<use>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { connectChromium, ownProject } from './browser';
import {
	FRAMES,
	PYM_TRACKING,
	VIEWPORT_HEIGHT,
	openHost,
	startHosts,
	type ServedHosts
} from './hosts/hosts';

/** How many times slower Chromium runs the host and the embed: a mid-range phone, or a loaded machine. */
const CPU_SLOWDOWN = 6;
/** Openings of each page under each parent: before the fix, about half of the story's under pym held the load. */
const REPEATS = 4;
const WIDTH = 375;

const project = ownProject();
const first = project.expected.languages[0]!;
const build = join(project.root, 'build');
const pages = ['story', ...project.expected.charts.map((chart) => chart.name)]
	.map((name) => `embed/${name}/`)
	.filter((page) =>
		/<use\b[^>]*\bhref="[^"#]+#/.test(
			readFileSync(join(build, first.path, page, 'index.html'), 'utf8')
		)
	);

let browser: Browser;
let hosts: ServedHosts;

beforeAll(async () => {
	hosts = await startHosts();
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
	await hosts?.close();
});

it('finds the embeds that draw an external <use>', () => {
	expect(pages).toContain('embed/story/');
});

describe.each([PYM_TRACKING, FRAMES])('below the fold under $name, the CPU slowed down', (host) => {
	it.each(pages)(
		'%s lets the host page load, and gives it its height, without a scroll',
		async (page) => {
			for (let i = 0; i < REPEATS; i++) {
				// openHost waits for the host's load, then the frame's
				const opened = await openHost(
					browser,
					hosts,
					host,
					`${project.url}${first.path}${page}`,
					WIDTH,
					CPU_SLOWDOWN
				);
				const iframe = await opened.page.$eval('#embed iframe', (el) => {
					const box = el.getBoundingClientRect();
					return { top: box.top, height: box.height };
				});
				expect(iframe.top).toBeGreaterThan(VIEWPORT_HEIGHT);
				const height = await opened.frame.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				);
				expect(Math.abs(iframe.height - height)).toBeLessThanOrEqual(1);
				expect(opened.watch.consoleErrors).toEqual([]);
				await opened.page.context().close();
			}
		},
		180_000
	);
});
