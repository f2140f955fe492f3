/**
 * First-load bytes as the budget test and the bench count them, on a small
 * build in tests/fixtures/first-load/: nested pages with `../` paths, a base
 * URL, query strings and fragments, duplicates, inline scripts with dynamic
 * imports, stylesheets with `@import` and `url()`, inert and lazy references.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	firstLoad,
	gzipBytes,
	listPages,
	pagePath,
	readPageHtml,
	scriptImports,
	stylesheetReferences,
	type Category
} from '../sizes';

const BUILD = 'tests/fixtures/first-load';

function fixture(path: string): string {
	return readFileSync(join(BUILD, path), 'utf8');
}

function gzipOf(path: string): number {
	return gzipBytes(readFileSync(join(BUILD, path)));
}

describe('readPageHtml', () => {
	it('lists what the markup fetches, in document order, duplicates kept', () => {
		expect(readPageHtml(fixture('index.html')).references).toEqual([
			{ kind: 'icon', url: './favicon.svg' },
			{ kind: 'stylesheet', url: './_app/s.css' },
			{ kind: 'modulepreload', url: './_app/a.js' },
			{ kind: 'modulepreload', url: './_app/a.js?v=2' },
			{ kind: 'use', url: './geo/world.svg#world' },
			{ kind: 'use', url: './geo/world.svg#world' },
			{ kind: 'image', url: './img/dot.svg?x=1#frag' }
		]);
	});

	it('leaves out links to pages, prefetches, frames, `<use href="#id">` and inert templates', () => {
		const urls = readPageHtml(fixture('index.html')).references.map((r) => r.url);
		for (const absent of ['./en/', './_app/lazy.js', './embed/map/', '#local', './img/inert.svg'])
			expect(urls).not.toContain(absent);
	});

	it('keeps inline scripts that run and skips JSON data blocks', () => {
		const scripts = readPageHtml(fixture('index.html')).inlineScripts;
		expect(scripts).toHaveLength(2);
		expect(scripts.every((script) => !script.module)).toBe(true);
		expect(scripts.some((script) => script.text.includes("'./_app/lazy.js'"))).toBe(false);
	});

	it('reads module scripts, inline styles and the base URL', () => {
		const nested = readPageHtml(fixture('en/index.html'));
		expect(nested.references).toEqual([
			{ kind: 'stylesheet', url: '../_app/s.css' },
			{ kind: 'script', url: '../_app/island.js' },
			{ kind: 'use', url: '../geo/world.svg#world' }
		]);
		expect(nested.inlineStyles).toHaveLength(1);
		const based = readPageHtml(fixture('embed/map/index.html'));
		expect(based.base).toBe('../../');
		expect(based.inlineScripts).toEqual([expect.objectContaining({ module: true })]);
	});

	it('finds nothing in an empty document', () => {
		expect(readPageHtml('')).toEqual({
			references: [],
			inlineScripts: [],
			inlineStyles: [],
			base: null
		});
	});
});

describe('scriptImports', () => {
	it.each([
		['static imports only, in a module file', false, ['./b.js']],
		['static and literal dynamic imports, in a page script', true, ['./b.js', './lazy.js']]
	])('%s', (_, dynamic, expected) => {
		const code =
			"import { b } from './b.js'; const l = () => import('./lazy.js'); import.meta.url;";
		expect(scriptImports(code, { dynamic })).toEqual(expected);
	});

	it('skips a dynamic import whose specifier is computed', () => {
		expect(scriptImports('const n = 1; import(`./step-${n}.js`);', { dynamic: true })).toEqual([]);
	});

	it('reads a bare block with two dynamic imports, as SvelteKit writes its start-up', () => {
		expect(
			scriptImports('{ Promise.all([import("./start.js"), import("./app.js")]); }', {
				dynamic: true
			})
		).toEqual(['./start.js', './app.js']);
	});
});

describe('stylesheetReferences', () => {
	it('separates @import from url(), and leaves out url(#id)', () => {
		expect(
			stylesheetReferences(
				'@import \'a.css\'; .x { background: url("b.svg?v=1"); fill: url(#g); } .y { background: url(data:image/gif;base64,R0lG); }'
			)
		).toEqual({ imports: ['a.css'], urls: ['b.svg?v=1', 'data:image/gif;base64,R0lG'] });
	});
});

describe('listPages and pagePath', () => {
	it('finds every .html file of a build, sorted by URL path', () => {
		expect(listPages(BUILD)).toEqual(['index.html', 'embed/map/index.html', 'en/index.html']);
	});

	it.each([
		['index.html', '/'],
		['en/index.html', '/en/'],
		['embed/step/12/index.html', '/embed/step/12/'],
		['404.html', '/404.html']
	])('%s is served at %s', (page, path) => {
		expect(pagePath(page)).toBe(path);
	});
});

describe('firstLoad', () => {
	/** path → how the page reached it */
	function reached(page: string): Record<string, string> {
		return Object.fromEntries(firstLoad(BUILD, page).files.map((f) => [f.path, f.via]));
	}

	it('counts what the root page loads, each file once', () => {
		expect(reached('index.html')).toEqual({
			'index.html': 'page',
			'favicon.svg': 'icon',
			'_app/s.css': 'stylesheet',
			'_app/a.js': 'modulepreload',
			'geo/world.svg': 'use',
			'img/dot.svg': 'image',
			'_app/entry.js': 'import',
			'_app/b.js': 'import',
			'_app/t.css': 'css-import',
			'img/bg.svg': 'css-url'
		});
	});

	it('resolves ../ from a nested page, and follows inline styles and module scripts', () => {
		expect(reached('en/index.html')).toEqual({
			'en/index.html': 'page',
			'_app/s.css': 'stylesheet',
			'_app/island.js': 'script',
			'geo/world.svg': 'use',
			'_app/b.js': 'import',
			'_app/t.css': 'css-import',
			'img/bg.svg': 'css-url',
			'fonts/f.woff2': 'css-url'
		});
	});

	it('resolves against <base href>, and leaves computed dynamic imports for later', () => {
		expect(reached('embed/map/index.html')).toEqual({
			'embed/map/index.html': 'page',
			'_app/b.js': 'import'
		});
	});

	it('splits the gzip bytes by category, and the categories add up to the total', () => {
		const load = firstLoad(BUILD, 'index.html');
		const expected: Record<Category, string[]> = {
			html: ['index.html'],
			js: ['_app/a.js', '_app/b.js', '_app/entry.js'],
			css: ['_app/s.css', '_app/t.css'],
			geography: ['geo/world.svg'],
			other: ['favicon.svg', 'img/dot.svg', 'img/bg.svg']
		};
		let total = 0;
		for (const [category, files] of Object.entries(expected) as [Category, string[]][]) {
			const bytes = files.reduce((sum, file) => sum + gzipOf(file), 0);
			expect(load.gzip[category], category).toBe(bytes);
			total += bytes;
		}
		expect(load.gzip.total).toBe(total);
		expect(load.raw.total).toBeGreaterThan(load.gzip.total);
		expect(load.external).toEqual([]);
	});

	it('measures code written inside the HTML apart', () => {
		const root = firstLoad(BUILD, 'index.html');
		expect(root.inline.scripts).toBeGreaterThan(0);
		expect(root.inline.styles).toBe(0);
		expect(firstLoad(BUILD, 'en/index.html').inline.styles).toBeGreaterThan(0);
	});

	it('reports resources on other hosts instead of counting them', () => {
		const load = firstLoad('tests/fixtures/first-load-elsewhere', 'index.html');
		expect(load.external).toEqual([
			'http://fonts.example.com/css?family=Serif',
			'https://cdn.example.com/tracker.js'
		]);
		expect(load.files.map((f) => f.path)).toEqual(['index.html']);
	});

	it('names the page and the reference when a file is missing', () => {
		expect(() => firstLoad('tests/fixtures/first-load-missing', 'index.html')).toThrow(
			'index.html: index.html refers to ./_app/gone.js, which is not a file in tests/fixtures/first-load-missing'
		);
	});
});
