/**
 * The data check inside Vite. `vite build` checks data/ before anything is
 * built and fails on any error, so an invalid file never reaches build/.
 * `vite dev` watches data/, prints the problems in the terminal and reloads
 * the open page on every change, so an editor sees the result of a save
 * within a second. Put it before `sveltekit()` in vite.config.ts.
 */
import { basename, extname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkProject, formatProblem, hasErrors, summarise } from './check.ts';

/**
 * Saves arrive as bursts of events (Excel writes a temporary file, then
 * renames; editors emit change twice). 80 ms gathers a burst and stays far
 * below the one-second budget for the page to update.
 */
const SETTLE_MS = 80;

/**
 * SvelteKit builds the client after the server with a fresh copy of this
 * plugin; this environment variable lets that run skip re-printing a
 * passing report the first run already printed. Failing reports always print.
 */
const REPORTED_ENV = 'STORY_DATA_REPORTED';

/** The files the check reads: .csv and .aml, not the lock and temporary files spreadsheets leave (`~$x.csv`, `.~lock.x.csv#`). */
export function isDataFile(path: string): boolean {
	const name = basename(path);
	return (
		(extname(name) === '.csv' || extname(name) === '.aml') &&
		!name.startsWith('~') &&
		!name.startsWith('.')
	);
}

function report(root: string): { lines: string[]; failed: boolean } {
	const check = checkProject(root);
	return {
		lines: [...check.problems.map(formatProblem), summarise(check)],
		failed: hasErrors(check.problems)
	};
}

export function storyData(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'story-data',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
			command = config.command;
		},
		buildStart() {
			if (command !== 'build') return;
			const { lines, failed } = report(root);
			const text = lines.join('\n');
			if (failed || process.env[REPORTED_ENV] !== text) console.error(text);
			process.env[REPORTED_ENV] = text;
			if (failed)
				throw new Error(
					`invalid data, nothing was built: ${lines[lines.length - 1] ?? ''} (see the lines above)`
				);
		},
		configureServer(server) {
			const dataDir = resolve(root, 'data');
			const logger = server.config.logger;
			const print = (): void => {
				const { lines, failed } = report(root);
				// bare lines, no timestamp prefix: editors' tools jump to FILE:LINE:COLUMN at the start of a line
				for (const line of lines) {
					if (failed) logger.warn(line);
					else logger.info(line);
				}
			};
			server.watcher.add(dataDir);
			let timer: ReturnType<typeof setTimeout> | undefined;
			server.watcher.on('all', (event, path) => {
				const inData = !relative(dataDir, resolve(path)).startsWith('..');
				if (!inData || !isDataFile(path) || !['add', 'change', 'unlink'].includes(event)) return;
				clearTimeout(timer);
				timer = setTimeout(() => {
					print();
					server.ws.send({ type: 'full-reload', path: '*' });
				}, SETTLE_MS);
			});
			print();
		}
	};
}
