import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/data/vite-plugin.ts';

export default defineConfig({
	// the data check runs first, so an invalid file stops the build before anything is written
	plugins: [storyData(), sveltekit()],
	server: { host: 'localhost', port: 5173, strictPort: true },
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
					// each file starts its own Chromium; the machine has two cores
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
