/**
 * The built site, read as files: the story pages prerendered, only relative
 * URLs (so build/ works from any sub-path), and every page within the byte
 * budgets. Pages are found in build/, so a new page is budgeted the day it
 * is built, without editing this file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BYTE_BUDGETS, firstLoad, gzipBytes, listPages } from '../sizes';

const BUILD = 'build';
/** the story in each language: the contract's pages, whatever else the build holds */
const STORY_PAGES = ['index.html', 'en/index.html'];
const PAGES = listPages(BUILD);

function kb(bytes: number): string {
	return `${bytes} B (${(bytes / 1024).toFixed(1)} KB)`;
}

describe('build/', () => {
	it('holds every story page among its pages', () => {
		expect(PAGES).toEqual(expect.arrayContaining(STORY_PAGES));
	});

	it.each(STORY_PAGES)('has %s prerendered with the story in it', (page) => {
		const html = readFileSync(`${BUILD}/${page}`, 'utf8');
		expect(html).toContain('data-step="0"');
		expect(html).toContain('data-chart="map"');
		expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
	});

	it.each(PAGES)('%s refers to its assets by relative URLs only', (page) => {
		const html = readFileSync(`${BUILD}/${page}`, 'utf8');
		const absolute = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
		expect(absolute).toEqual([]);
	});

	it.each(PAGES)('%s stays within the first-load byte budgets (gzip)', (page) => {
		const load = firstLoad(BUILD, page);
		console.log(
			`${page}: first-load ${load.gzip.total} B gzip (JS ${load.gzip.js}, CSS ${load.gzip.css}, HTML ${load.gzip.html}, geography ${load.gzip.geography}, other ${load.gzip.other}) in ${load.files.length} files`
		);
		expect(load.external, `${page} loads files from another host`).toEqual([]);
		expect(
			load.gzip.js,
			`${page}: first-load JavaScript is ${kb(load.gzip.js)} gzip, over its budget of ${kb(BYTE_BUDGETS.js)}`
		).toBeLessThanOrEqual(BYTE_BUDGETS.js);
		expect(
			load.gzip.total,
			`${page}: all first-load bytes are ${kb(load.gzip.total)} gzip, over their budget of ${kb(BYTE_BUDGETS.total)}`
		).toBeLessThanOrEqual(BYTE_BUDGETS.total);
		expect(
			load.gzip.geography,
			`${page}: first-load geography is ${kb(load.gzip.geography)} gzip, over its budget of ${kb(BYTE_BUDGETS.geography)}`
		).toBeLessThanOrEqual(BYTE_BUDGETS.geography);
	});

	it('ships the base map, geo/world.svg, within the geography budget', () => {
		const bytes = gzipBytes(readFileSync(`${BUILD}/geo/world.svg`));
		expect(
			bytes,
			`geo/world.svg is ${kb(bytes)} gzip, over the geography budget of ${kb(BYTE_BUDGETS.geography)}`
		).toBeLessThanOrEqual(BYTE_BUDGETS.geography);
	});
});
