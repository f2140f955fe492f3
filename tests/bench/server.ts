/**
 * A static host for the bench: a folder served on 127.0.0.1 with gzip,
 * correct content types and the caching headers a static host sends (an
 * entity tag on every file, answered with 304; a year for SvelteKit's
 * hashed files under `_app/immutable/`). Every file is read and compressed
 * once at start, so the server's own work never lands inside a measurement.
 */
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, { type: string; compress: boolean }> = {
	'.html': { type: 'text/html; charset=utf-8', compress: true },
	'.js': { type: 'text/javascript; charset=utf-8', compress: true },
	'.mjs': { type: 'text/javascript; charset=utf-8', compress: true },
	'.css': { type: 'text/css; charset=utf-8', compress: true },
	'.json': { type: 'application/json; charset=utf-8', compress: true },
	'.svg': { type: 'image/svg+xml', compress: true },
	'.xml': { type: 'application/xml; charset=utf-8', compress: true },
	'.txt': { type: 'text/plain; charset=utf-8', compress: true },
	'.webmanifest': { type: 'application/manifest+json', compress: true },
	'.ico': { type: 'image/x-icon', compress: true },
	// already compressed formats go as they are
	'.png': { type: 'image/png', compress: false },
	'.jpg': { type: 'image/jpeg', compress: false },
	'.jpeg': { type: 'image/jpeg', compress: false },
	'.webp': { type: 'image/webp', compress: false },
	'.avif': { type: 'image/avif', compress: false },
	'.woff2': { type: 'font/woff2', compress: false },
	'.woff': { type: 'font/woff', compress: false }
};
const UNKNOWN = { type: 'application/octet-stream', compress: false };

interface Entry {
	type: string;
	etag: string;
	raw: Buffer;
	/** present when the type compresses */
	gzip?: Buffer;
}

export interface Host {
	/** e.g. `http://127.0.0.1:41234/` */
	url: string;
	close(): Promise<void>;
}

function readTree(root: string): Map<string, Entry> {
	const files = new Map<string, Entry>();
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const { type, compress } = TYPES[extname(entry.name).toLowerCase()] ?? UNKNOWN;
			const raw = readFileSync(path);
			const key = '/' + relative(root, path).split(sep).join('/');
			files.set(key, {
				type,
				etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
				raw,
				gzip: compress ? gzipSync(raw, { level: 9 }) : undefined
			});
		}
	};
	walk(root);
	return files;
}

/**
 * Serves `dir` at the root of a free port: `/x/` is `x/index.html`, `/x` redirects
 * to `/x/` when that is a folder, anything else is a 404.
 */
export async function serveStatic(dir: string): Promise<Host> {
	const files = readTree(dir);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end();
			return;
		}
		if (!files.has(path) && !path.endsWith('/') && files.has(`${path}/index.html`)) {
			response.writeHead(301, { location: `${path}/${url.search}` }).end();
			return;
		}
		const entry = files.get(path.endsWith('/') ? `${path}index.html` : path);
		if (!entry) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
			return;
		}
		// a file's name under _app/immutable/ changes with its content: it never needs asking again
		const caching = path.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'public, max-age=0, must-revalidate';
		if (request.headers['if-none-match'] === entry.etag) {
			response.writeHead(304, { etag: entry.etag, 'cache-control': caching }).end();
			return;
		}
		const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = gzip ? entry.gzip! : entry.raw;
		response.writeHead(200, {
			'content-type': entry.type,
			'content-length': body.length,
			etag: entry.etag,
			'cache-control': caching,
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
