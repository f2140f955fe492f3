/**
 * What a reader downloads on a page's first load, read from build/: byte
 * counts that do not vary from run to run, shared by the budget test
 * (tests/e2e/build-output.test.ts) and `npm run bench`.
 *
 * Pages are found in build/, not listed: a new page is measured the day it
 * is built. What a page loads is read from its HTML with real parsers (parse5
 * for the HTML, es-module-lexer for scripts, Lightning CSS for stylesheets),
 * and every file it reaches is gzipped on its own at level 9, as a static
 * host sends it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { transform } from 'lightningcss';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';

initSync();

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The byte budgets of every page, gzip (1 KB = 1024 bytes). */
export const BYTE_BUDGETS = {
	/** JavaScript files fetched on first load */
	js: 45 * 1024,
	/** everything fetched on first load, the HTML included */
	total: 150 * 1024,
	/** the map's geometry (files under geo/) */
	geography: 40 * 1024
} as const;

export function gzipBytes(bytes: Uint8Array | string): number {
	return gzipSync(bytes, { level: 9 }).length;
}

/** How a file is reached: from the page's HTML, or from a file the page loads. */
export type ReferenceKind =
	| 'stylesheet'
	| 'modulepreload'
	| 'preload'
	| 'script'
	| 'import'
	| 'image'
	| 'icon'
	| 'use'
	| 'css-import'
	| 'css-url';

export interface Reference {
	kind: ReferenceKind;
	/** as written in the HTML, query and fragment included */
	url: string;
}

export interface InlineScript {
	/** `type="module"`: static imports load too, not only `import("…")` */
	module: boolean;
	text: string;
}

export interface PageHtml {
	/** what the markup asks the browser to fetch, in document order, duplicates kept */
	references: Reference[];
	/** scripts written in the page, JSON data blocks excluded */
	inlineScripts: InlineScript[];
	/** the text of every `<style>` element */
	inlineStyles: string[];
	/** `<base href>`, when the page sets one: relative URLs resolve against it */
	base: string | null;
}

/** Script types a browser runs: anything else (JSON, templates) is data. */
const CLASSIC_SCRIPT_TYPES = new Set([
	'',
	'text/javascript',
	'application/javascript',
	'text/ecmascript'
]);

function attribute(element: Element, name: string): string | null {
	// parse5 files `xlink:href` under name "href" with prefix "xlink": both spellings are one attribute here
	const found = element.attrs.find((attr) => attr.name === name);
	return found ? found.value : null;
}

function textOf(element: Element): string {
	return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** `<link rel>` is a list of tokens, case-insensitive: `rel="Shortcut Icon"` is an icon. */
function relTokens(element: Element): Set<string> {
	return new Set((attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean));
}

/**
 * Reads what a page's markup makes the browser fetch on load: stylesheets,
 * module preloads, preloads, icons, scripts, images, and the files behind
 * `<use href="file.svg#id">`. Links to other pages (`<a href>`) and frames
 * are not resources of this page. Pure: no file is read.
 */
export function readPageHtml(html: string): PageHtml {
	const page: PageHtml = { references: [], inlineScripts: [], inlineStyles: [], base: null };
	// a <template>'s markup sits in its own fragment, not in childNodes: inert, it fetches nothing;
	// <noscript> parses as text, as in a browser that runs scripts
	const visit = (node: Node): void => {
		if ('tagName' in node) collect(node, page);
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(parseHtml(html));
	return page;
}

function collect(element: Element, page: PageHtml): void {
	const add = (kind: ReferenceKind, url: string | null): void => {
		if (url !== null && url.trim() !== '') page.references.push({ kind, url: url.trim() });
	};
	switch (element.tagName) {
		case 'base':
			page.base ??= attribute(element, 'href');
			break;
		case 'link': {
			const rel = relTokens(element);
			const href = attribute(element, 'href');
			if (rel.has('stylesheet')) add('stylesheet', href);
			else if (rel.has('modulepreload')) add('modulepreload', href);
			else if (rel.has('preload')) add('preload', href);
			else if (rel.has('icon')) add('icon', href);
			break;
		}
		case 'script': {
			const src = attribute(element, 'src');
			const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
			const module = type === 'module';
			if (!module && !CLASSIC_SCRIPT_TYPES.has(type)) break;
			if (src !== null) add('script', src);
			else page.inlineScripts.push({ module, text: textOf(element) });
			break;
		}
		case 'style':
			page.inlineStyles.push(textOf(element));
			break;
		case 'img':
			add('image', attribute(element, 'src'));
			break;
		case 'image':
			add('image', attribute(element, 'href'));
			break;
		case 'use': {
			const href = attribute(element, 'href');
			// `#id` alone points into this document: nothing to fetch
			if (href !== null && !href.startsWith('#')) add('use', href);
			break;
		}
	}
}

/**
 * The modules a script makes the browser load: static imports always,
 * `import("…")` with a literal specifier only when asked (in a page's inline
 * script it runs on load; in a module file it is loaded later, on demand).
 */
export function scriptImports(code: string, options: { dynamic: boolean }): string[] {
	const [imports] = parseModule(code);
	const found: string[] = [];
	for (const entry of imports) {
		// d: -1 static import, -2 import.meta, >= 0 dynamic import
		const isStatic = entry.d === -1;
		const isDynamic = entry.d >= 0;
		if (entry.n === undefined) continue;
		if (isStatic || (isDynamic && options.dynamic)) found.push(entry.n);
	}
	return found;
}

/** `@import` and `url()` of a stylesheet, as written. `url(#id)` points into the page and is left out. */
export function stylesheetReferences(
	css: string,
	file = 'inline.css'
): { imports: string[]; urls: string[] } {
	const { dependencies = [] } = transform({
		filename: file,
		code: Buffer.from(css),
		analyzeDependencies: true,
		errorRecovery: true
	});
	const imports: string[] = [];
	const urls: string[] = [];
	for (const dependency of dependencies) {
		if (dependency.type === 'import') imports.push(dependency.url);
		else if (dependency.type === 'url' && !dependency.url.startsWith('#'))
			urls.push(dependency.url);
	}
	return { imports, urls };
}

/** Every prerendered page in a build, as paths relative to it (`index.html`, `en/index.html`), sorted. */
export function listPages(buildDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html'))
				pages.push(relative(buildDir, path).split(sep).join('/'));
		}
	};
	walk(buildDir);
	return pages.sort((a, b) => pagePath(a).localeCompare(pagePath(b)));
}

/** The URL path a static host serves a page at: `en/index.html` → `/en/`. */
export function pagePath(page: string): string {
	return '/' + page.replace(/(^|\/)index\.html$/, '$1');
}

/** Where a file's bytes are counted. Geography is whatever lives under geo/, whatever its type. */
export type Category = 'html' | 'js' | 'css' | 'geography' | 'other';

export interface LoadedFile {
	/** relative to the build folder, with `/` */
	path: string;
	category: Category;
	/** how the file was first reached */
	via: ReferenceKind | 'page';
	raw: number;
	gzip: number;
}

export type ByCategory = Record<Category | 'total', number>;

export interface FirstLoad {
	page: string;
	/** each file once, however many times it is referred to */
	files: LoadedFile[];
	gzip: ByCategory;
	raw: ByCategory;
	/** code written inside the HTML (counted in its bytes), each kind gzipped alone */
	inline: { scripts: number; styles: number };
	/** references to another host: no bytes counted, and none should exist */
	external: string[];
}

/** Any origin works here: only paths matter, and a URL that leaves it is on another host. */
const SITE = 'http://site.invalid/';

function categorise(path: string): Category {
	if (path.startsWith('geo/')) return 'geography';
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.endsWith('.html')) return 'html';
	return 'other';
}

function emptyCounts(): ByCategory {
	return { html: 0, js: 0, css: 0, geography: 0, other: 0, total: 0 };
}

/**
 * First-load bytes of one page of a build: the HTML, then every stylesheet
 * (and its `@import`s and `url()`s), module preload, preload, icon, script
 * (its `src`, the `import("…")` of the page's inline scripts, and every static
 * import of each module, transitively), image and `<use>` file the page
 * refers to. Throws when a reference points to a file the build lacks.
 */
export function firstLoad(buildDir: string, page: string): FirstLoad {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const parsed = readPageHtml(html);
	const pageUrl = new URL(parsed.base ?? '', new URL(page, SITE));
	const files = new Map<string, LoadedFile>();
	const external: string[] = [];

	const count = (path: string, via: LoadedFile['via']): void => {
		if (files.has(path)) return;
		const bytes = readFileSync(join(buildDir, path));
		files.set(path, {
			path,
			category: categorise(path),
			via,
			raw: bytes.length,
			gzip: gzipBytes(bytes)
		});
	};

	/** The build-relative path of `url` seen from `from`, or null when it is inline data or on another host. */
	const locate = (url: string, from: URL, referrer: string): string | null => {
		const target = new URL(url, from);
		if (target.protocol === 'data:' || target.protocol === 'blob:') return null;
		if (target.origin !== new URL(SITE).origin) {
			external.push(target.href);
			return null;
		}
		let path = decodeURIComponent(target.pathname).slice(1);
		if (path === '' || path.endsWith('/')) path += 'index.html';
		const isFile = statSync(join(buildDir, path), { throwIfNoEntry: false })?.isFile() ?? false;
		if (!isFile)
			throw new Error(`${page}: ${referrer} refers to ${url}, which is not a file in ${buildDir}`);
		return path;
	};

	// every file the HTML names is counted first, so `via` says how the page asks for it
	// (a chunk both preloaded and imported is a module preload), then what those files load
	count(page, 'page');
	const modules: string[] = [];
	const stylesheets: string[] = [];
	for (const reference of parsed.references) {
		const path = locate(reference.url, pageUrl, page);
		if (path === null) continue;
		count(path, reference.kind);
		if (reference.kind === 'stylesheet') stylesheets.push(path);
		else if (/\.m?js$/.test(path)) modules.push(path);
	}
	for (const script of parsed.inlineScripts)
		for (const specifier of scriptImports(script.text, { dynamic: true })) {
			const path = locate(specifier, pageUrl, `${page} (inline script)`);
			if (path === null) continue;
			count(path, 'import');
			modules.push(path);
		}

	const followed = new Set<string>();
	const followModule = (path: string): void => {
		if (followed.has(path)) return;
		followed.add(path);
		const code = readFileSync(join(buildDir, path), 'utf8');
		for (const specifier of scriptImports(code, { dynamic: false })) {
			if (!/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier))
				throw new Error(
					`${page}: ${path} imports "${specifier}", a bare name a browser cannot load without an import map`
				);
			const target = locate(specifier, new URL(path, SITE), path);
			if (target === null) continue;
			count(target, 'import');
			followModule(target);
		}
	};
	const followStylesheet = (css: string, from: URL, referrer: string): void => {
		const references = stylesheetReferences(css, referrer);
		for (const url of references.imports) {
			const path = locate(url, from, referrer);
			if (path === null || followed.has(path)) continue;
			followed.add(path);
			count(path, 'css-import');
			followStylesheet(readFileSync(join(buildDir, path), 'utf8'), new URL(path, SITE), path);
		}
		for (const url of references.urls) {
			const path = locate(url, from, referrer);
			if (path !== null) count(path, 'css-url');
		}
	};

	for (const path of modules) followModule(path);
	for (const path of stylesheets) {
		if (followed.has(path)) continue;
		followed.add(path);
		followStylesheet(readFileSync(join(buildDir, path), 'utf8'), new URL(path, SITE), path);
	}
	for (const style of parsed.inlineStyles)
		followStylesheet(style, pageUrl, `${page} (inline style)`);

	const gzip = emptyCounts();
	const raw = emptyCounts();
	for (const file of files.values()) {
		gzip[file.category] += file.gzip;
		gzip.total += file.gzip;
		raw[file.category] += file.raw;
		raw.total += file.raw;
	}
	const inlineScriptText = parsed.inlineScripts.map((script) => script.text).join('\n');
	const inlineStyleText = parsed.inlineStyles.join('\n');
	return {
		page,
		files: [...files.values()],
		gzip,
		raw,
		inline: {
			scripts: inlineScriptText ? gzipBytes(inlineScriptText) : 0,
			styles: inlineStyleText ? gzipBytes(inlineStyleText) : 0
		},
		external
	};
}
