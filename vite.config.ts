import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/data/vite-plugin.ts';
import { islands } from './src/lib/islands/vite-plugin.ts';

export default defineConfig({
	// the data check runs first, so an invalid file stops the build before anything is written
	plugins: [
		storyData(),
		islands({
			story: 'src/lib/islands/story.svelte.ts',
			preview: 'src/lib/islands/preview.svelte.ts',
			embed: 'src/lib/islands/embed.ts',
			'embed-story': 'src/lib/islands/embed-story.svelte.ts',
			'embed-index': 'src/lib/islands/embed-index.ts'
		}),
		sveltekit()
	],
	server: { host: 'localhost', port: 5173, strictPort: true },
	build: {
		rolldownOptions: {
			// English's messages are the checker's fallback, imported as they are, and also one
			// language's table among the others, loaded by name (src/lib/i18n/messages.ts): on purpose
			checks: { ineffectiveDynamicImport: false }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					// one build, one server per project and one Chromium, shared by every file (setup.ts)
					globalSetup: ['tests/e2e/setup.ts'],
					// the files share that one browser, two files at a time: most of a browser test's
					// time is spent waiting on the page, so two files keep the machine's two cores busy
					fileParallelism: true,
					maxWorkers: 2,
					testTimeout: 60_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
