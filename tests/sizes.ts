/**
 * What a reader downloads, measured on build/: deterministic byte counts,
 * shared by the budget test and `npm run bench`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipBytes(bytes: Uint8Array | string): number {
	return gzipSync(bytes, { level: 9 }).length;
}

/**
 * JavaScript files fetched on first load of a prerendered page: every module the
 * page preloads or imports (SvelteKit lists the page's whole graph as
 * modulepreload), each gzipped on its own as a server would send it. Inline
 * scripts (SvelteKit's start-up call and the page data) travel inside the HTML
 * and are counted by `inlineScripts`.
 */
export function firstLoadJs(
	buildDir: string,
	page = 'index.html'
): { files: string[]; raw: number; gzip: number } {
	const htmlPath = join(buildDir, page);
	const html = readFileSync(htmlPath, 'utf8');
	const base = dirname(htmlPath);
	const hrefs = new Set<string>();
	for (const link of html.matchAll(/<link\b[^>]*>/g)) {
		if (!/\brel="modulepreload"/.test(link[0])) continue;
		const href = /\bhref="([^"]+)"/.exec(link[0]);
		if (href) hrefs.add(href[1]!);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(match[1]!);
	let raw = 0;
	let gzip = 0;
	const files: string[] = [];
	for (const href of hrefs) {
		const file = resolve(base, href);
		if (!existsSync(file))
			throw new Error(`${page} refers to ${href}, which is not in ${buildDir}`);
		const bytes = readFileSync(file);
		files.push(file);
		raw += bytes.length;
		gzip += gzipBytes(bytes);
	}
	return { files, raw, gzip };
}

/** Bytes of the scripts written inside a page's HTML, raw and gzipped together. */
export function inlineScripts(
	buildDir: string,
	page = 'index.html'
): { raw: number; gzip: number } {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.join('\n');
	return { raw: Buffer.byteLength(scripts), gzip: gzipBytes(scripts) };
}
