/**
 * The data check inside Vite. `vite build` checks data/ before anything is
 * built and fails on any error, so an invalid file never reaches build/.
 * `vite dev` watches data/, prints the problems in the terminal and reloads
 * the open page on every change, so an editor sees the result of a save
 * within a second. Put it before `sveltekit()` in vite.config.ts. The
 * terminal gets the lines in the environment's language (LC_ALL,
 * LC_MESSAGES, LANG, else English), as `npm run data:check` prints them.
 */
import { basename, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { environmentLang } from '../i18n/locale.ts';
import {
	messagesFile,
	message,
	renderMessage,
	type CheckerMessages,
	type EditorMessages
} from '../i18n/messages.ts';
import { checkProject, hasErrors, reportLines } from './check.ts';

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

/**
 * The environment's language's table. Vite bundles this plugin into its
 * config file, where `loadMessages`'s import by language cannot be followed,
 * so the table is loaded from the project's folder with tsx.
 */
async function terminalMessages(root: string): Promise<CheckerMessages> {
	const file = pathToFileURL(join(root, messagesFile(environmentLang(process.env)))).href;
	const module = (await tsImport(file, import.meta.url)) as { messages: EditorMessages };
	return module.messages.checker;
}

async function report(
	root: string
): Promise<{ lines: string[]; failed: boolean; refusal: string }> {
	const check = checkProject(root);
	const checker = await terminalMessages(root);
	const lines = reportLines(check, checker);
	const summary = lines[lines.length - 1] ?? '';
	return {
		lines,
		failed: hasErrors(check.problems),
		refusal: renderMessage(message('buildRefused', { summary }), checker)
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
		async buildStart() {
			if (command !== 'build') return;
			const { lines, failed, refusal } = await report(root);
			const text = lines.join('\n');
			if (failed || process.env[REPORTED_ENV] !== text) console.error(text);
			process.env[REPORTED_ENV] = text;
			if (failed) throw new Error(refusal);
		},
		configureServer(server) {
			const dataDir = resolve(root, 'data');
			const logger = server.config.logger;
			const print = async (): Promise<void> => {
				const { lines, failed } = await report(root);
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
					void print().then(() => server.ws.send({ type: 'full-reload', path: '*' }));
				}, SETTLE_MS);
			});
			void print();
		}
	};
}
