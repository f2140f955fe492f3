/**
 * `vite dev` in a folder (a scratch copy of the project), on a free port of
 * 127.0.0.1: for the tests and the bench that watch what an editor sees
 * after saving a file. Never port 5173, which `npm run dev` keeps.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Vite's first start optimises dependencies and compiles the page: slow on two cores. */
const START_TIMEOUT_MS = 180_000;

export interface DevServer {
	/** the story's URL, ending in `/` */
	url: string;
	/** everything the server printed so far */
	output(): string;
	stop(): void;
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

/** Starts `vite dev` in `dir` and resolves once it answers. */
export async function startDevServer(dir: string): Promise<DevServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}/`;
	let output = '';
	const child = spawn(
		'npx',
		['vite', 'dev', '--port', String(port), '--host', '127.0.0.1', '--strictPort'],
		{
			cwd: dir,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			// its own process group, so that stopping it also stops the node process npx starts
			detached: true
		}
	);
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = (): void => {
		if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
	};
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`vite dev exited with ${child.exitCode}:\n${output}`);
		try {
			if ((await fetch(url)).ok) return { url, output: () => output, stop };
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 250));
	}
	stop();
	throw new Error(
		`vite dev did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output}`
	);
}
