/**
 * npm run bench: prints the figures the performance targets are about.
 * Times vary from run to run; bytes do not (the budget test checks those).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, gzipBytes } from '../sizes';

const BUILD = 'build';

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

const started = performance.now();
execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

console.log(`build time: ${buildSeconds.toFixed(1)} s (vite build, 2 cores)`);
for (const page of ['index.html', 'en/index.html']) {
	const load = firstLoad(BUILD, page);
	console.log(
		`${page}: first-load JS ${kb(load.gzip.js)} gzip (target 45 KB); all first-load bytes ${kb(load.gzip.total)} gzip; inline scripts ${kb(load.inline.scripts)} gzip`
	);
}
const world = readFileSync(join(BUILD, 'geo/world.svg'));
console.log(`map geometry (geo/world.svg): ${kb(gzipBytes(world))} gzip (${kb(world.length)} raw)`);
const css = readdirSync(join(BUILD, '_app/immutable/assets')).filter((f) => f.endsWith('.css'));
const cssBytes = css.reduce(
	(sum, f) => sum + gzipBytes(readFileSync(join(BUILD, '_app/immutable/assets', f))),
	0
);
console.log(`CSS: ${kb(cssBytes)} gzip in ${css.length} files`);

execFileSync('npx', ['tsx', 'tests/bench/data.ts'], { stdio: 'inherit' });
