/**
 * The preview page's state, without the page: which of the story's files are
 * the editor's, the requests to the worker, and what each reply means for
 * what the page shows. Pure (no DOM, no worker, no clock: times are given),
 * so the island (src/lib/islands/preview.svelte.ts) only wires it to the
 * page. The files live here, in memory, and nowhere else.
 */
import type { ShownProblem } from '../data/problems.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Problem } from '../types.ts';
import { baseName, sortDropped, type DroppedFile, type SortedFiles } from './files.ts';
import type { CheckReply, CheckRequest } from './protocol.ts';
import type { PreviewStatus, PreviewView } from './view.ts';

/** One of the story's files, as the page lists it. */
export interface FileRow {
	/** the name an editor saves it under: `capex.csv` */
	name: string;
	/** where the checker reads it: `data/capex.csv` */
	path: string;
	/** the size of the editor's file, bytes; absent for the published one */
	bytes?: number;
}

/** What a reply changes on the page; `measured` when it ends a check the editor asked for. */
export interface Update {
	status: PreviewStatus;
	/** the view to show, when it changes */
	view?: PreviewView;
	/** the worker has checked the published files: the page is ready */
	ready?: boolean;
	/** the check's start and end, for its measure */
	measured?: { start: number; end: number };
}

/** The request that checks the published files when the page opens: it warms the worker up. */
export const WARM_UP = 0;

export class PreviewSession {
	/** every file the checker reads, as published, by path */
	readonly shipped: Readonly<Record<string, Uint8Array>>;
	readonly lang: Lang;
	/** the largest file taken, bytes */
	readonly limit: number;
	readonly paths: string[];
	/** the editor's files, by the path they replace */
	readonly #yours = new Map<string, Uint8Array>();
	/** the newest request: replies to older ones are stale */
	#latest = WARM_UP;
	/** when the newest request's drop happened */
	#started = 0;
	/** the problems of a valid check (warnings), shown above the story once it is drawn */
	#warnings: ShownProblem[] = [];

	constructor(shipped: Readonly<Record<string, Uint8Array>>, lang: Lang, limit: number) {
		this.shipped = shipped;
		this.lang = lang;
		this.limit = limit;
		this.paths = Object.keys(shipped);
	}

	/** The story's files, in the checker's order, each the published one or the editor's. */
	rows(): FileRow[] {
		return this.paths.map((path) => ({
			path,
			name: baseName(path),
			bytes: this.#yours.get(path)?.length
		}));
	}

	/** Which dropped files to read, and the problems of those refused (see files.ts). */
	sort(dropped: readonly DroppedFile[]): SortedFiles {
		return sortDropped(dropped, this.paths, this.limit);
	}

	/** The published files, checked when the page opens. */
	warmUp(at: number): CheckRequest {
		this.#started = at;
		return { id: WARM_UP, lang: this.lang, files: { ...this.shipped }, refused: [] };
	}

	/** The editor's files read from a drop, each in place of its namesake; `refused`: the drop's others. */
	take(
		read: readonly (readonly [string, Uint8Array])[],
		refused: Problem[],
		at: number
	): CheckRequest {
		for (const [path, bytes] of read) this.#yours.set(path, bytes);
		return this.#request(refused, at);
	}

	/** Back to the published file at `path`. */
	remove(path: string, at: number): CheckRequest {
		this.#yours.delete(path);
		return this.#request([], at);
	}

	/** Back to the published files, all. */
	forget(at: number): CheckRequest {
		this.#yours.clear();
		return this.#request([], at);
	}

	#request(refused: Problem[], at: number): CheckRequest {
		this.#latest += 1;
		this.#started = at;
		return {
			id: this.#latest,
			lang: this.lang,
			files: { ...this.shipped, ...Object.fromEntries(this.#yours) },
			refused
		};
	}

	/** What a reply from the worker changes, at time `now`; undefined for a stale one. */
	receive(reply: CheckReply, now: number): Update | undefined {
		if (reply.id !== this.#latest) return undefined;
		if (reply.id === WARM_UP) {
			// the published files: the server's HTML already shows them
			if (reply.kind === 'drawn') {
				const view: PreviewView = { kind: 'story', page: reply.page, yours: [], problems: [] };
				return { status: 'idle', view, ready: true };
			}
			if (reply.kind === 'checked' && reply.valid) return { status: 'idle' };
			return { status: 'idle', ready: true };
		}
		if (reply.kind === 'checked') {
			const measured = { start: this.#started, end: now };
			if (reply.valid) {
				this.#warnings = reply.problems;
				return { status: 'drawing', measured };
			}
			const view: PreviewView = {
				kind: 'problems',
				problems: reply.problems,
				summary: reply.summary
			};
			return { status: 'idle', view, measured };
		}
		if (reply.kind === 'drawn') {
			const yours = [...this.#yours.keys()].map(baseName);
			const view: PreviewView = {
				kind: 'story',
				page: reply.page,
				yours,
				problems: this.#warnings
			};
			return { status: 'idle', view };
		}
		return { status: 'idle', view: { kind: 'failed', reason: reply.reason } };
	}
}
