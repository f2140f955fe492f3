/**
 * Islands: the few scripts a prerendered page runs, instead of hydrating the
 * whole page. Story pages are plain server HTML (`csr = false`): the header,
 * the copy and every step's chart never change, so they are never hydrated.
 * Only what moves (the pinned graphic and the scroll engine) runs, as a
 * small module of its own.
 *
 * SvelteKit has no notion of such a script, so this plugin builds each
 * island with Vite and Svelte beside the app, before the pages are
 * prerendered, and tells the pages where the files are through the virtual
 * module `virtual:islands` (`islandFiles(name)`); `Island.svelte` writes the
 * tags. The files join SvelteKit's client output when its client build has
 * written it, before the prerender and the adapter copy it to build/. In `vite dev`, the dev server serves each island's source.
 *
 * An island's components bring no CSS: the page already has every chart's
 * styles, from the server-rendered steps (SvelteKit collects a page's CSS
 * from its modules, and the class names hash the same file names). A
 * component only an island draws sets `<svelte:options css="injected" />`.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Manifest, type Plugin } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const VIRTUAL_ID = 'virtual:islands';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Where the islands are built, then copied into SvelteKit's client output. */
const OUT_DIR = '.svelte-kit/islands';
const CLIENT_DIR = '.svelte-kit/output/client';
/** Under the site's root, beside SvelteKit's own immutable files (cached for ever: names carry a hash). */
const ISLAND_PATH = '_app/immutable/islands';

/** An island's files, from the site's root: its module, and the modules it imports (to preload). */
export interface IslandFiles {
	file: string;
	imports: string[];
}

/** The islands' files from the build's manifest: each entry and its static imports, transitively. */
function filesOf(manifest: Manifest, entries: Record<string, string>): Record<string, IslandFiles> {
	const out: Record<string, IslandFiles> = {};
	for (const [name, source] of Object.entries(entries)) {
		const entry = manifest[source];
		if (!entry) throw new Error(`islands: ${source} is not in the island build's manifest`);
		const imports = new Set<string>();
		const visit = (key: string): void => {
			for (const imported of manifest[key]?.imports ?? []) {
				const chunk = manifest[imported];
				if (!chunk || imports.has(chunk.file)) continue;
				imports.add(chunk.file);
				visit(imported);
			}
		};
		visit(source);
		out[name] = { file: entry.file, imports: [...imports] };
	}
	return out;
}

/**
 * `entries`: each island's name and its module, from the project's root,
 * e.g. `{ story: 'src/lib/islands/story.svelte.ts' }`.
 */
export function islands(entries: Record<string, string>): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	let ssrBuild = false;
	let files: Record<string, IslandFiles> = {};

	return {
		name: 'story-islands',
		configResolved(config) {
			root = config.root;
			command = config.command;
			ssrBuild = Boolean(config.build.ssr);
		},
		async buildStart() {
			if (command !== 'build') return;
			const manifestPath = join(root, OUT_DIR, '.vite/manifest.json');
			// SvelteKit builds the server first, then the client with a fresh copy of
			// this plugin: the islands are built once, by the first, and read by the second
			if (ssrBuild || !existsSync(manifestPath)) {
				await build({
					configFile: false,
					root,
					logLevel: 'warn',
					mode: 'production',
					resolve: { alias: { $lib: resolve(root, 'src/lib') } },
					plugins: [
						svelte({
							configFile: false,
							preprocess: vitePreprocess(),
							emitCss: false,
							compilerOptions: { css: 'external' }
						})
					],
					build: {
						outDir: OUT_DIR,
						emptyOutDir: true,
						manifest: true,
						// the pages carry their own modulepreload links (Island.svelte)
						modulePreload: false,
						rollupOptions: {
							input: Object.values(entries),
							output: {
								entryFileNames: `${ISLAND_PATH}/[name].[hash].js`,
								chunkFileNames: `${ISLAND_PATH}/[hash].js`
							}
						}
					}
				});
			}
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
			files = filesOf(manifest, entries);
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const served =
				command === 'serve'
					? Object.fromEntries(
							Object.entries(entries).map(([name, source]) => [name, { file: source, imports: [] }])
						)
					: files;
			return [
				`const files = ${JSON.stringify(served)};`,
				`export const dev = ${command === 'serve'};`,
				'export function islandFiles(name) { return files[name]; }'
			].join('\n');
		},
		writeBundle() {
			// into the client output as soon as SvelteKit's client build has written it: the
			// prerender, which follows, fetches every file a page links (modulepreload included)
			if (command !== 'build' || ssrBuild) return;
			cpSync(join(root, OUT_DIR, ISLAND_PATH), join(root, CLIENT_DIR, ISLAND_PATH), {
				recursive: true
			});
		}
	};
}
