import { defineConfig } from 'vitest/config';

// Browser tests drive a real Chromium against the built site; they run one file at a time
// because the machine has two cores and each file starts its own browser.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
