/**
 * What every browser test needs: Debian's Chromium driven by playwright-core,
 * a static server for build/ on 127.0.0.1 (under a sub-path, to prove the
 * site works from any sub-path), and a watch on console errors and on any
 * request that would leave the host.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this closed network needs (see ../shared and the README): without them Chromium stalls on start-up. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// any host but this one fails at once, while the request still shows in the page's events
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	/** e.g. `http://127.0.0.1:41234/news/2026/alibaba/` (always ends with a slash) */
	url: string;
	server: Server;
	close(): Promise<void>;
}

/**
 * Serves `dir` at `basePath` on 127.0.0.1, like a plain static host:
 * `DIR/` serves `DIR/index.html`, anything else is a 404.
 */
export async function startStaticServer(
	dir: string,
	basePath = '/news/alibaba-ia/'
): Promise<StaticServer> {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(basePath)) {
			res.writeHead(404).end('not under base path');
			return;
		}
		path = normalize(path.slice(basePath.length));
		if (path.startsWith('..')) {
			res.writeHead(403).end();
			return;
		}
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end('not found');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${basePath}`,
		server,
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}

export interface PageWatch {
	consoleErrors: string[];
	/** every request whose host is not 127.0.0.1 or localhost */
	offHostRequests: string[];
}

/** Records console errors, uncaught exceptions and requests that would leave the host. */
export function watchPage(page: Page): PageWatch {
	const watch: PageWatch = { consoleErrors: [], offHostRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
			watch.offHostRequests.push(request.url());
	});
	return watch;
}
