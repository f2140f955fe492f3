/**
 * A throwaway copy of the project in a temporary folder, for tests that
 * break data files or run builds without touching the real checkout.
 * node_modules is a symlink (installing again would take minutes).
 */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build or the dev server reads; anything else stays behind. */
const COPIED = [
	'src',
	'static',
	'data',
	'tests/fixtures',
	'vite.config.ts',
	'svelte.config.js',
	'tsconfig.json',
	'package.json'
];

export interface Scratch {
	dir: string;
	/** path of a file inside the copy */
	path(file: string): string;
	read(file: string): string;
	write(file: string, content: string | Uint8Array): void;
	remove(): void;
}

export function makeScratchProject(source = process.cwd()): Scratch {
	const dir = mkdtempSync(join(tmpdir(), 'story-scratch-'));
	for (const entry of COPIED) {
		const from = resolve(source, entry);
		if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
	}
	symlinkSync(resolve(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return {
		dir,
		path: (file) => join(dir, file),
		read: (file) => readFileSync(join(dir, file), 'utf8'),
		write: (file, content) => writeFileSync(join(dir, file), content),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}
