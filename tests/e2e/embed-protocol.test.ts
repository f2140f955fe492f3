/**
 * The embed height protocols in Chromium, against the real parents: pym.js
 * (with and without scroll tracking) and @newswire/frames, each in a host page
 * (tests/e2e/hosts/) served from one 127.0.0.1 port while the child comes from
 * another (another origin). The children: a test page built from
 * src/lib/embed/child.ts, which goes through every protocol case, and each
 * embed page of the build (`EMBEDS`, from the project's own parsers), which
 * must pass the same checks of height, resize and junk under each parent; the
 * story embed also reports what the host says of its position.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startStaticServer } from './harness';
import {
	FRAMES,
	FRAMES_LATE,
	HOSTS,
	PYM,
	PYM_TRACKING,
	VIEWPORT_HEIGHT,
	hostSlug,
	openHost as openHostWith,
	scrollIframeTopTo,
	startHosts,
	type Host,
	type Opened,
	type ServedHosts
} from './hosts/hosts';
import { connectChromium, ownProject } from './browser';
import { bundleForBrowser } from './hosts/bundle';
import type { IframePosition } from '../../src/lib/embed/protocol';
import type { PositionSupport } from '../../src/lib/embed/child';

/** How far the iframe's height may be from the child document's (the tolerance). */
const HEIGHT_TOLERANCE_PX = 4;
/** How far a reported position may be from the iframe's real box: pym sends the same floats. */
const POSITION_TOLERANCE_PX = 0.5;
/** What the tests add to the child's content to see the iframe follow. */
const GROWTH_PX = 300;
/** pym's parent reports the position at most every `scrollwait` ms (100 by default); wait three. */
const PYM_SCROLL_QUIET_MS = 300;
const WIDTHS = [1280, 375] as const;
const SCREENSHOTS = 'tests/screenshots';

interface ServedChild {
	url: string;
	close(): Promise<void>;
}

interface ChildUnderTest {
	/** in test names */
	name: string;
	/** serves the child; hosts frame the URL it gives */
	start(): Promise<ServedChild>;
}

/** The test child: hosts/test-child.html with its script bundled from src/lib/embed/child.ts. */
async function startTestChild(): Promise<ServedChild> {
	const dir = mkdtempSync(join(tmpdir(), 'embed-child-'));
	cpSync('tests/e2e/hosts/test-child.html', join(dir, 'test-child.html'));
	writeFileSync(
		join(dir, 'test-child.js'),
		await bundleForBrowser('tests/e2e/hosts/test-child.ts')
	);
	const server = await startStaticServer(dir, '/');
	return {
		url: `${server.url}test-child.html`,
		close: async () => {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A page of the build, which the global set-up serves: nothing to start or stop. */
function servedAt(url: string): () => Promise<ServedChild> {
	return async () => ({ url, close: async () => {} });
}

/** This project's build, read by its own parsers: its embed pages in its first language. */
const project = ownProject();
const first = project.expected.languages[0]!;
const embedUrl = (path: string) => `${project.url}${first.path}embed/${path}`;

/** Each chart's embed and the story's, which every parent gets; `path` under `embed/`. */
const EMBEDS = [
	...project.expected.charts.map((chart) => ({ name: chart.name, path: `${chart.name}/` })),
	{ name: 'story', path: 'story/' }
];
/** Each step's embed: one page each, the same layout; each goes under one of the parents in turn. */
const STEP_EMBEDS = first.steps.map((_, i) => ({ name: `step ${i}`, path: `step/${i}/` }));

const TEST_CHILD: ChildUnderTest = { name: 'test child', start: startTestChild };
/** Children that go through every case of the protocols. */
const CHILDREN: ChildUnderTest[] = [TEST_CHILD];
/**
 * Children that expose what the embed child reports about positions
 * (`data-embed-position-support`, `-position`, `-position-count` on the root
 * element; see hosts/test-child.ts): the test child, and the story embed,
 * which pins its graphic by them.
 */
const POSITION_CHILDREN: ChildUnderTest[] = [
	TEST_CHILD,
	{ name: 'the story embed', start: servedAt(embedUrl('story/')) }
];
/** Every step's embed in turn, under one test: the pages share their layout, and a test each would cost minutes. */
const STEPS_TIMEOUT_MS = 240_000;

let browser: Browser;
let hosts: ServedHosts;

const openHost = (host: Host, childUrl: string, width: number) =>
	openHostWith(browser, hosts, host, childUrl, width);

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	hosts = await startHosts();
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
	await hosts?.close();
});

interface Sizes {
	/** the iframe's height in the host, px */
	iframe: number;
	/** the child's document element, px */
	document: number;
	scrollHeight: number;
	clientHeight: number;
}

async function sizes({ page, frame }: Opened): Promise<Sizes> {
	const iframe = await page.$eval('#embed iframe', (el) => el.getBoundingClientRect().height);
	const child = await frame.evaluate(() => {
		const root = document.documentElement;
		return {
			document: root.getBoundingClientRect().height,
			scrollHeight: root.scrollHeight,
			clientHeight: root.clientHeight
		};
	});
	return { iframe, ...child };
}

const fits = (s: Sizes) =>
	Math.abs(s.iframe - s.document) <= HEIGHT_TOLERANCE_PX && s.scrollHeight <= s.clientHeight;

/** Waits until the iframe holds the child's document without a scrollbar, and whatever else `also` asks. */
async function expectFitted(opened: Opened, also: (s: Sizes) => boolean = () => true) {
	await expect
		.poll(() => sizes(opened), { timeout: 5000 })
		.toSatisfy((s: Sizes) => fits(s) && also(s));
	return sizes(opened);
}

function expectNoErrors({ watch }: Opened) {
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.offHostRequests).toEqual([]);
}

interface Reported {
	support: PositionSupport | undefined;
	position: IframePosition | undefined;
	count: number;
}

async function reported(frame: Frame): Promise<Reported> {
	return frame.evaluate(() => {
		const data = document.documentElement.dataset;
		return {
			support: data.embedPositionSupport as PositionSupport | undefined,
			position: data.embedPosition ? (JSON.parse(data.embedPosition) as IframePosition) : undefined,
			count: Number(data.embedPositionCount ?? 0)
		};
	});
}

/** Where the iframe really is in the host's viewport, in pym's terms. */
async function realPosition(page: Page): Promise<IframePosition> {
	return page.$eval('#embed iframe', (el) => {
		const box = el.getBoundingClientRect();
		return {
			viewportWidth: innerWidth,
			viewportHeight: innerHeight,
			top: box.top,
			left: box.left,
			bottom: box.bottom,
			right: box.right
		};
	});
}

const samePosition = (a: IframePosition | undefined, b: IframePosition) =>
	a !== undefined &&
	(Object.keys(b) as (keyof IframePosition)[]).every(
		(key) => Math.abs(a[key] - b[key]) <= POSITION_TOLERANCE_PX
	);

describe.each(CHILDREN)('$name', (child) => {
	let served: ServedChild;
	beforeAll(async () => {
		served = await child.start();
	});
	afterAll(async () => {
		await served?.close();
	});

	describe.each(HOSTS)('under a $name parent', (host) => {
		it.each(WIDTHS)(
			'at %i px: the iframe holds the document without a scrollbar, and follows its content',
			async (width) => {
				const opened = await openHost(host, served.url, width);
				const start = await expectFitted(opened);
				await scrollIframeTopTo(opened.page, 80);
				await opened.page.screenshot({
					path: `${SCREENSHOTS}/embed-${hostSlug(host)}-test-child-${width}.png`
				});

				await opened.frame.evaluate((px) => {
					const spacer = document.createElement('div');
					spacer.id = 'embed-test-spacer';
					spacer.style.height = `${px}px`;
					document.body.append(spacer);
				}, GROWTH_PX);
				await expectFitted(opened, (s) => s.iframe >= start.iframe + GROWTH_PX);

				await opened.frame.evaluate(() => document.getElementById('embed-test-spacer')!.remove());
				await expectFitted(opened, (s) => Math.abs(s.iframe - start.iframe) <= 1);
				expectNoErrors(opened);
				await opened.page.context().close();
			}
		);

		it('follows the host from 1280 px to 375 px', async () => {
			const opened = await openHost(host, served.url, 1280);
			// in view: out of view, Chromium does not lay out a cross-origin frame until it nears the viewport
			await scrollIframeTopTo(opened.page, 80);
			const wide = await expectFitted(opened);
			await opened.page.setViewportSize({ width: 375, height: VIEWPORT_HEIGHT });
			const narrow = await expectFitted(
				opened,
				(s) => Math.abs(s.iframe - wide.iframe) > HEIGHT_TOLERANCE_PX
			);
			expect(narrow.iframe).not.toBeCloseTo(wide.iframe, 0);
			expectNoErrors(opened);
			await opened.page.context().close();
		});

		it('ignores junk from the host: no error in either page, no resize message', async () => {
			const opened = await openHost(host, served.url, 1280);
			await expectJunkIgnored(opened, host);
			await opened.page.context().close();
		});
	});

	it('answers a frames parent that starts listening after the child has loaded', async () => {
		const opened = await openHost(FRAMES_LATE, served.url, 1280);
		const { page } = opened;
		// the child has loaded and sent its height, to nobody; the frames-init answer is the only way
		// the same height can be sent again (the child sends its height only when it changes)
		const unheard = await sizes(opened);
		expect(Math.abs(unheard.iframe - unheard.document)).toBeGreaterThan(HEIGHT_TOLERANCE_PX);
		await page.evaluate(() => {
			const { newswireFrames } = window as unknown as {
				newswireFrames: { observeIframe(iframe: HTMLIFrameElement): () => void };
			};
			newswireFrames.observeIframe(document.querySelector<HTMLIFrameElement>('#embed iframe')!);
		});
		await expectFitted(opened);
		expectNoErrors(opened);
		await page.context().close();
	});
});

describe.each(POSITION_CHILDREN)('$name: position in the host viewport', (child) => {
	let served: ServedChild;
	beforeAll(async () => {
		served = await child.start();
	});
	afterAll(async () => {
		await served?.close();
	});

	it.each(WIDTHS)(
		'at %i px under a pym parent with trackscroll: the child follows the iframe as the host scrolls',
		async (width) => {
			const opened = await openHost(PYM_TRACKING, served.url, width);
			const { page, frame } = opened;
			await expectFitted(opened);
			// the answer to the child's request, before any scroll
			await expect.poll(() => reported(frame)).toMatchObject({ support: 'on-request' });
			expect(samePosition((await reported(frame)).position, await realPosition(page))).toBe(true);
			// a first report on scroll tells the child that the host tracks it: the story embed
			// then turns scrolly, and its height changes after what the host last reported
			await scrollIframeTopTo(page, 600);
			await expect.poll(() => reported(frame)).toMatchObject({ support: 'on-scroll' });

			const { iframe: height } = await expectFitted(opened);
			for (const offset of [400, 0, -height / 2, -height + 100]) {
				await scrollIframeTopTo(page, offset);
				const real = await realPosition(page);
				await expect
					.poll(async () => (await reported(frame)).position, { timeout: 5000 })
					.toSatisfy((position: IframePosition | undefined) => samePosition(position, real));
			}
			expect((await reported(frame)).support).toBe('on-scroll');
			expectNoErrors(opened);
			await page.context().close();
		}
	);

	it('under a pym parent without trackscroll: positions on request only', async () => {
		const opened = await openHost(PYM, served.url, 1280);
		const { page, frame } = opened;
		await expect.poll(() => reported(frame)).toMatchObject({ support: 'on-request', count: 1 });
		await scrollIframeTopTo(page, 100);
		await page.waitForTimeout(PYM_SCROLL_QUIET_MS);
		expect(await reported(frame)).toMatchObject({ support: 'on-request', count: 1 });
		expectNoErrors(opened);
		await page.context().close();
	});

	it('under a frames parent: no position info', async () => {
		const opened = await openHost(FRAMES, served.url, 1280);
		const { page, frame } = opened;
		await expectFitted(opened);
		expect(await reported(frame)).toEqual({ support: 'none', position: undefined, count: 0 });
		await scrollIframeTopTo(page, 100);
		await page.waitForTimeout(PYM_SCROLL_QUIET_MS);
		expect(await reported(frame)).toEqual({ support: 'none', position: undefined, count: 0 });
		expectNoErrors(opened);
		await page.context().close();
	});
});

/**
 * A page of the build under a parent: at 1280 px, the iframe holds its
 * document to within the tolerance, without an inner scrollbar; when the host
 * narrows to 375 px, the iframe takes the document's new height. With
 * `name`, pictures at both widths; with `junk`, junk from the host then
 * changes nothing.
 */
async function expectEmbedFits(
	host: Host,
	url: string,
	{ name, junk = false }: { name?: string; junk?: boolean } = {}
): Promise<void> {
	const opened = await openHost(host, url, 1280);
	const { page } = opened;
	// in view: out of view, Chromium does not lay out a cross-origin frame until it nears the viewport
	await scrollIframeTopTo(page, 80);
	const wide = await expectFitted(opened);
	if (name)
		await page.screenshot({ path: `${SCREENSHOTS}/embed-${hostSlug(host)}-${name}-1280.png` });
	await page.setViewportSize({ width: 375, height: VIEWPORT_HEIGHT });
	await scrollIframeTopTo(page, 80);
	const narrow = await expectFitted(
		opened,
		(s) => Math.abs(s.iframe - wide.iframe) > HEIGHT_TOLERANCE_PX
	);
	// the figures, as the build's budget tests print theirs
	const figures = (s: Sizes) => `iframe ${s.iframe} px, document ${s.document.toFixed(1)} px`;
	console.log(
		`${url.slice(url.indexOf('embed/'))} under ${host.name}: 1280 px: ${figures(wide)}; 375 px: ${figures(narrow)}`
	);
	if (name)
		await page.screenshot({ path: `${SCREENSHOTS}/embed-${hostSlug(host)}-${name}-375.png` });
	if (junk) await expectJunkIgnored(opened, host);
	expectNoErrors(opened);
	await page.context().close();
}

describe('the build’s embed pages', () => {
	describe.each(HOSTS)('under a $name parent', (host) => {
		it.each(EMBEDS)(
			'embed/$path fits at 1280 px, follows the host to 375 px, and ignores junk',
			async (embed) => {
				await expectEmbedFits(host, embedUrl(embed.path), { name: embed.name, junk: true });
			}
		);
	});

	it(
		'each step’s embed fits at 1280 px and follows the host to 375 px, under each parent in turn',
		async () => {
			for (const [i, step] of STEP_EMBEDS.entries())
				await expectEmbedFits(HOSTS[i % HOSTS.length]!, embedUrl(step.path));
		},
		STEPS_TIMEOUT_MS
	);
});

/**
 * Posts junk to the child from the host (random strings, look-alike pym
 * messages, objects, null, wrong types, huge numbers) and expects no error in
 * either page, no message back and no resize.
 */
async function expectJunkIgnored(opened: Opened, host: Host): Promise<void> {
	const { page, frame } = opened;
	const fitted = await expectFitted(opened);
	const childId = await page.$eval('#embed iframe', (el) =>
		new URL((el as HTMLIFrameElement).src).searchParams.get('childId')
	);
	expect(childId !== null).toBe(host.pym);
	const junkStrings = junkFor(childId ?? 'embed');
	// The sync: a listener the test adds in the child echoes a token back to the host.
	// Messages from one window to another arrive in the order they were posted, so once
	// the echo of a token posted after the junk is back, every piece of junk has been
	// handled and whatever the child sent about it has arrived.
	const token = `embed-protocol-test-sync-${Date.now()}`;
	await frame.evaluate((token) => {
		addEventListener('message', (event) => {
			if (event.data === token) parent.postMessage(token, '*');
		});
	}, token);
	const received = await page.evaluate(
		async ({ junkStrings, token, timeoutMs }) => {
			const child = document.querySelector<HTMLIFrameElement>('#embed iframe')!.contentWindow!;
			const fromChild: unknown[] = [];
			const synced = new Promise<void>((done) =>
				addEventListener('message', (event) => {
					if (event.source !== child) return;
					if (event.data === token) done();
					else fromChild.push(event.data);
				})
			);
			const junk: unknown[] = [
				...junkStrings,
				null,
				undefined,
				0,
				-1,
				NaN,
				Infinity,
				-Infinity,
				Number.MAX_VALUE,
				2 ** 53,
				true,
				[],
				['amp', 'frames-init'],
				{},
				{ sentinel: 'amp' },
				{ sentinel: 'amp', type: 'frames-init ' },
				{ sentinel: 'AMP', type: 'frames-init' },
				{ sentinel: ['amp'], type: 'frames-init' },
				{ sentinel: null, type: 'frames-init' },
				{ type: 'frames-init' },
				{ sentinel: 'amp', type: 'embed-size', height: 999 },
				{ sentinel: 'amp', type: 'embed-size', height: -5 },
				{ sentinel: 'amp', type: 'embed-size', height: 1e308 },
				new Date(0),
				new Map([['sentinel', 'amp']]),
				new ArrayBuffer(16),
				new Uint8Array([112, 121, 109]),
				'x'.repeat(1_000_000)
			];
			for (const message of junk) child.postMessage(message, '*');
			child.postMessage(token, '*');
			const late = new Promise<never>((_, fail) =>
				setTimeout(() => fail(new Error('the child did not echo the sync token')), timeoutMs)
			);
			await Promise.race([synced, late]);
			return fromChild;
		},
		{ junkStrings, token, timeoutMs: 5000 }
	);
	expect(received).toEqual([]);
	expect((await sizes(opened)).iframe).toBe(fitted.iframe);
	await expectFitted(opened);
	expectNoErrors(opened);
}

/**
 * Strings a host might post that are not, or not quite, messages for this
 * child: random text, pym messages for other ids or of the wrong direction,
 * and valid-looking ones whose payload is not a number.
 */
function junkFor(childId: string): string[] {
	const pym = (id: string, type: string, payload: string) =>
		['pym', id, type, payload].join('xPYMx');
	const position = 'viewport-iframe-position';
	return [
		'',
		'hello',
		'pym',
		'xPYMx',
		'pymxPYMx',
		`pymxPYMx${childId}`,
		`pymxPYMx${childId}xPYMxwidth`,
		'{"sentinel":"amp","type":"frames-init"}',
		pym('other', 'width', '300'),
		pym(`${childId}x`, 'width', '300'),
		pym(childId.slice(0, -1), 'width', '300'),
		pym(`${childId} `, 'width', '300'),
		pym(childId, 'WIDTH', '300'),
		pym(childId, 'widths', '300'),
		pym(childId, 'width', ''),
		pym(childId, 'width', '-300'),
		pym(childId, 'width', '3e2'),
		pym(childId, 'width', '300.5'),
		pym(childId, 'width', ' 300'),
		pym(childId, 'width', '0x12c'),
		pym(childId, 'width', 'NaN'),
		pym(childId, 'width', 'Infinity'),
		pym(childId, 'width', '9'.repeat(400)),
		pym(childId, 'width', '300xPYMx5'),
		pym(childId, 'height', '300'),
		pym(childId, 'parentPositionInfo', ''),
		pym(childId, position, ''),
		pym(childId, position, '1280 800 10 0 500'),
		pym(childId, position, '1280 800 10 0 500 1280 7'),
		pym(childId, position, '1280  800 10 0 500 1280'),
		pym(childId, position, '1280 800 10 0 500 1280\n'),
		pym(childId, position, 'a b c d e f'),
		pym(childId, position, '1280 800 NaN 0 500 1280'),
		pym(childId, position, '1280 800 1e400 0 500 1280'),
		pym(childId, position, '-1280 800 10 0 500 1280'),
		pym(childId, position, '1280 800 500 0 10 1280'),
		pym('other', position, '1280 800 10 0 500 1280'),
		`PYMxPYMx${childId}xPYMxwidthxPYMx300`,
		` pymxPYMx${childId}xPYMxwidthxPYMx300`
	];
}
