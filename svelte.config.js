import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// strict: every route must prerender, so a page that cannot be built fails the build
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// relative asset URLs: build/ works from any sub-path of any static host
		paths: { relative: true },
		// every stylesheet inside the page: a separate file would cost the first paint a round trip
		// (on a phone's network, 560 ms of latency before the first byte of CSS)
		inlineStyleThreshold: Infinity,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// the default is the build's timestamp: the same sources would give different bytes on every build
		version: { name: version }
	}
};

export default config;
