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
 *
 * Each island is built on its own, so that one page's island never shares a
 * chunk with another's: the story pages load exactly what they did before
 * the preview page's island existed. An island may start a module worker
 * (`new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`): it
 * is built beside it, and found relative to it, from any sub-path.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Alias, type Manifest, type Plugin } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const VIRTUAL_ID = 'virtual:islands';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Where the islands are built, then copied into SvelteKit's client output. */
const OUT_DIR = '.svelte-kit/islands';
const CLIENT_DIR = '.svelte-kit/output/client';
/** Under the site's root, beside SvelteKit's own immutable files (cached for ever: names carry a hash). */
const ISLAND_PATH = '_app/immutable/islands';

/**
 * Modules whose default export is for Node: csv-parse's `csv-parse/sync`
 * reads Node's global Buffer, which browsers lack; its browser build is the
 * same parser with Buffer bundled in. Islands and their workers get that one.
 */
const BROWSER_BUILDS: Record<string, string> = {
	'csv-parse/sync': 'csv-parse/browser/esm/sync'
};

/** An island's files, from the site's root: its module, and the modules it imports (to preload). */
export interface IslandFiles {
	file: string;
	imports: string[];
}

/** An island's files from its build's manifest: its entry and its static imports, transitively. */
function filesOf(manifest: Manifest, source: string): IslandFiles {
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
	return { file: entry.file, imports: [...imports] };
}

/** Where an island's build writes, and its manifest. */
function outDir(root: string, name: string): string {
	return join(root, OUT_DIR, name);
}

function manifestPath(root: string, name: string): string {
	return join(outDir(root, name), '.vite/manifest.json');
}

/** Builds one island, and the workers it starts, into its own folder. */
async function buildIsland(root: string, name: string, source: string): Promise<void> {
	const output = {
		entryFileNames: `${ISLAND_PATH}/[name].[hash].js`,
		chunkFileNames: `${ISLAND_PATH}/[hash].js`
	};
	// as in vite.config.ts: English's messages are both the fallback and a table loaded by name
	const checks = { ineffectiveDynamicImport: false };
	const alias: Alias[] = [
		{ find: '$lib', replacement: resolve(root, 'src/lib') },
		...Object.entries(BROWSER_BUILDS).map(([find, replacement]) => ({
			find: new RegExp(`^${find}$`),
			replacement
		}))
	];
	await build({
		configFile: false,
		root,
		// relative: a worker is found from its island's URL, whatever the page's path
		base: './',
		logLevel: 'warn',
		mode: 'production',
		resolve: { alias },
		plugins: [
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				emitCss: false,
				compilerOptions: { css: 'external' }
			})
		],
		worker: { format: 'es', rolldownOptions: { output, checks } },
		build: {
			outDir: outDir(root, name),
			emptyOutDir: true,
			manifest: true,
			// the pages carry their own modulepreload links (Island.svelte)
			modulePreload: false,
			rolldownOptions: { input: [source], output, checks }
		}
	});
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
		config() {
			// the dev server would pre-bundle these modules' Node builds for the browser: resolveId swaps them instead
			return { optimizeDeps: { exclude: Object.keys(BROWSER_BUILDS) } };
		},
		configResolved(config) {
			root = config.root;
			command = config.command;
			ssrBuild = Boolean(config.build.ssr);
		},
		async buildStart() {
			if (command !== 'build') return;
			files = {};
			for (const [name, source] of Object.entries(entries)) {
				// SvelteKit builds the server first, then the client with a fresh copy of
				// this plugin: the islands are built once, by the first, and read by the second
				if (ssrBuild || !existsSync(manifestPath(root, name))) {
					await buildIsland(root, name, source);
				}
				const manifest = JSON.parse(readFileSync(manifestPath(root, name), 'utf8')) as Manifest;
				files[name] = filesOf(manifest, source);
			}
		},
		resolveId: {
			// before Vite's own resolution, which would find the Node build
			order: 'pre',
			handler(id, importer, options) {
				if (id === VIRTUAL_ID) return RESOLVED_ID;
				// in the dev server, islands and their workers are served from source: the same swap as in their build
				const browserBuild = BROWSER_BUILDS[id];
				if (command === 'serve' && browserBuild && !options.ssr) {
					return this.resolve(browserBuild, importer, { skipSelf: true });
				}
				return undefined;
			}
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
			for (const name of Object.keys(entries)) {
				cpSync(join(outDir(root, name), ISLAND_PATH), join(root, CLIENT_DIR, ISLAND_PATH), {
					recursive: true
				});
			}
		}
	};
}
