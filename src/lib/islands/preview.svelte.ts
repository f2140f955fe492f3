/**
 * The preview page's island: takes the files an editor drops on the page
 * (or chooses with its input), has the worker (preview-worker.ts) check them
 * with the published files in place of the others, and draws what comes
 * back: the problems, or the story with the editor's data. What it holds and
 * what each reply means is the session's (src/lib/preview/session.ts); this
 * wires it to the page. Nothing is uploaded or stored: reloading the page
 * forgets the files.
 *
 * Test and bench hooks: `data-preview-ready` on the page's `[data-preview]`
 * once the worker has checked the published files (and so loaded the
 * atlas); each check is a User Timing measure, `CHECK_MEASURE`, from the
 * editor's drop to the worker's verdict (tests/bench/preview.ts).
 */
import { mount } from 'svelte';
import PreviewFiles from '$lib/components/preview/PreviewFiles.svelte';
import PreviewResult from '$lib/components/preview/PreviewResult.svelte';
import { loadMessages } from '$lib/i18n/messages';
import { CHECK_MEASURE, type PreviewConfig } from '$lib/preview/config';
import { PreviewSession, type Update } from '$lib/preview/session';
import type { CheckReply, CheckRequest } from '$lib/preview/protocol';
import type { PreviewStatus, PreviewView } from '$lib/preview/view';

function fromBase64(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function start(): Promise<void> {
	const page = document.querySelector<HTMLElement>('[data-preview]');
	const filesPanel = document.querySelector<HTMLElement>('[data-preview-files]');
	const resultPanel = document.querySelector<HTMLElement>('[data-preview-result]');
	if (!page || !filesPanel || !resultPanel) return;
	const config = JSON.parse(page.dataset.preview ?? '{}') as PreviewConfig;
	const shipped = Object.fromEntries(
		Object.entries(config.shipped).map(([path, base64]) => [path, fromBase64(base64)])
	);
	const session = new PreviewSession(shipped, config.lang, config.limit);
	const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
	const { preview: words } = await loadMessages(config.lang);

	const send = (request: CheckRequest): void => {
		files.files = session.rows();
		result.status = 'checking';
		worker.postMessage(request);
	};

	async function take(dropped: File[], at: number): Promise<void> {
		const sorted = session.sort(dropped);
		const read = await Promise.all(
			sorted.accepted.map(async ({ index, path }) => {
				const bytes = (await dropped[index]?.arrayBuffer()) ?? new ArrayBuffer(0);
				return [path, new Uint8Array(bytes)] as const;
			})
		);
		send(session.take(read, sorted.refused, at));
	}

	const files = $state({
		files: session.rows(),
		words,
		limit: config.limit,
		dragging: false,
		onfiles: (chosen: File[]) => void take(chosen, performance.now()),
		onremove: (path: string) => send(session.remove(path, performance.now())),
		onforget: () => send(session.forget(performance.now()))
	});
	filesPanel.replaceChildren();
	mount(PreviewFiles, { target: filesPanel, props: files });

	const result = $state<{ view: PreviewView | undefined; status: PreviewStatus }>({
		view: undefined,
		status: 'idle'
	});
	/** the server's HTML stays until the first view comes */
	let mounted = false;
	const apply = (update: Update): void => {
		if (update.measured) performance.measure(CHECK_MEASURE, update.measured);
		result.status = update.status;
		if (update.view) result.view = update.view;
		if (update.ready) page.dataset.previewReady = '';
		const first = result.view;
		if (mounted || !first) return;
		mounted = true;
		resultPanel.replaceChildren();
		mount(PreviewResult, {
			target: resultPanel,
			props: {
				get view() {
					return result.view ?? first;
				},
				get status() {
					return result.status;
				},
				words,
				lang: config.lang,
				root: config.root
			}
		});
	};

	worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
		const update = session.receive(data, performance.now());
		if (update) apply(update);
	};
	worker.onerror = (event) =>
		apply({ status: 'idle', view: { kind: 'failed', reason: event.message } });

	document.addEventListener('dragover', (event) => {
		if (!event.dataTransfer?.types.includes('Files')) return;
		// without this the browser would open the file instead of dropping it here
		event.preventDefault();
		event.dataTransfer.dropEffect = 'copy';
		files.dragging = true;
	});
	document.addEventListener('dragleave', (event) => {
		// leaving the window, not just one element for another
		if (event.relatedTarget === null) files.dragging = false;
	});
	document.addEventListener('drop', (event) => {
		if (!event.dataTransfer?.types.includes('Files')) return;
		event.preventDefault();
		files.dragging = false;
		void take([...event.dataTransfer.files], performance.now());
	});

	worker.postMessage(session.warmUp(performance.now()));
}

void start();
