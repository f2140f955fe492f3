/**
 * Global set-up of the browser tests, shared by every test file: one fresh
 * build of this project, one build of the fixture project (other data and a
 * third language), a static server for each, and one Chromium that every
 * file connects to. `npm run test:e2e` on its own therefore never tests a
 * stale `build/`: it rebuilds when any source is newer than the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startStaticServer } from './harness';
import { readProject, type ProjectExpectations } from './expectations';
import { makeAltProject } from './projects';
import { BASE_URL_VARIABLE, readBaseUrl } from '../../src/lib/server/site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** where the browser tests connect to the shared Chromium */
		wsEndpoint: string;
		/** the built projects, served, with what their own parsers say they hold */
		projects: ServedProject[];
	}
}

export interface ServedProject {
	/** `data/` for this project's own, `fixture` for tests/fixtures/projects/alt */
	name: string;
	/** the project's root folder */
	root: string;
	/** the site's root URL, ending in `/` */
	url: string;
	/** the public address it was built for (PUBLIC_BASE_URL), if any: pages write absolute URLs for it */
	baseUrl?: string;
	expected: ProjectExpectations;
}

/** What a build reads: when any of these is newer than build/index.html, the build is stale. */
const BUILD_INPUTS = [
	'src',
	'static',
	'data',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * The fixture project is built for a public address, so that the tests see
 * both kinds of page: with absolute URLs (canonical, og:image) and without.
 */
const FIXTURE_BASE_URL = 'https://example.org/news/alibaba-ia/';

function build(root: string, baseUrl?: string): void {
	const result = spawnSync('npx', ['vite', 'build'], {
		cwd: root,
		encoding: 'utf8',
		// Vitest sets NODE_ENV=test, which would make Vite build Svelte's development runtime
		env: {
			...process.env,
			NODE_ENV: 'production',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...(baseUrl === undefined ? {} : { [BASE_URL_VARIABLE]: baseUrl })
		}
	});
	if (result.status !== 0) {
		throw new Error(`vite build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
	}
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
	const root = process.cwd();
	const built = newestMtime(join(root, 'build/index.html'));
	if (built === 0 || BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > built)) {
		console.log('browser tests: build/ is missing or older than its sources; building…');
		build(root);
	}
	const alt = makeAltProject();
	build(alt.dir, FIXTURE_BASE_URL);

	const servers = [
		await startStaticServer(join(root, 'build')),
		await startStaticServer(alt.path('build'))
	];
	const browser = await chromium.launchServer({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	provide('wsEndpoint', browser.wsEndpoint());
	provide('projects', [
		{
			name: 'data/',
			root,
			url: servers[0]!.url,
			// as `npm run build` saw it: this shell's
			baseUrl: readBaseUrl(process.env[BASE_URL_VARIABLE]),
			expected: readProject(root)
		},
		{
			name: 'fixture',
			root: alt.dir,
			url: servers[1]!.url,
			baseUrl: FIXTURE_BASE_URL,
			expected: readProject(alt.dir)
		}
	]);
	return async () => {
		await browser.close();
		await Promise.all(servers.map((server) => server.close()));
		alt.remove();
	};
}
