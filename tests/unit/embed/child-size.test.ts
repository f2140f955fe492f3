/**
 * The embed child ships on every embed page: its size, minified by the site's
 * own bundler and gzipped as a server sends it, is held under a budget.
 */
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../e2e/hosts/bundle';
import { gzipBytes } from '../../sizes';

/**
 * Half of pym.v1.min.js (2,818 B gzipped), the script a pym child page would
 * load instead, and this one speaks AMP's messages too.
 */
const CHILD_GZIP_BUDGET = 1400;

describe('src/lib/embed/child.ts', () => {
	it(`bundles to at most ${CHILD_GZIP_BUDGET} B gzipped, with what it imports`, async () => {
		const code = await bundleForBrowser('src/lib/embed/child.ts');
		expect(code).toContain('ResizeObserver');
		const gzip = gzipBytes(code);
		console.log(`src/lib/embed/child.ts: ${code.length} bytes minified, ${gzip} bytes gzip`);
		expect(gzip).toBeLessThanOrEqual(CHILD_GZIP_BUDGET);
	});
});
