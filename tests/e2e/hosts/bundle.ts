/**
 * Bundles a browser entry with Vite's own `build()` (the bundler and minifier
 * that build the site), in memory: the test child for the browser tests, and
 * the embed child alone for its size budget.
 */
import { build, type Rolldown } from 'vite';

/** The entry's code, minified, as one ES module. */
export async function bundleForBrowser(entry: string): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			// an application build, as SvelteKit's (a library build keeps the whitespace); the
			// entry keeps its exports, as the embed layout's chunk keeps what it imports
			rolldownOptions: { input: entry, preserveEntrySignatures: 'exports-only' }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const chunks = outputs.flatMap((o) => o.output).filter((file) => file.type === 'chunk');
	if (chunks.length !== 1)
		throw new Error(`expected ${entry} to bundle into one chunk, got ${chunks.length}`);
	return chunks[0]!.code;
}
