/**
 * The embeds as the build writes them, read as files, for each built project
 * (this one, and the fixture built for a public address): every page in every
 * language, each chart in its state in the server HTML (no script sets it),
 * the cards, the pages' metadata, and the protocol code only where it
 * belongs; then the embed index in a browser. Every expectation comes from
 * the project's own parsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, ElementHandle } from 'playwright-core';
import { connectChromium, ownProject, servedProjects } from './browser';
import { watchPage } from './harness';
import type { LanguageExpectation } from './expectations';
import { PYM_DELIMITER } from '../../src/lib/embed/protocol';

/** The size the issue asks of a card. */
const CARD = { width: 1200, height: 630 };
/** A card with fewer colours is blank or nearly: paper, ink, a chart and their antialiased edges make hundreds. */
const MIN_CARD_COLOURS = 50;

/** An HTML attribute's text as the page means it. */
function unescape(text: string): string {
	return text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** The attributes of the first start tag that `pattern` finds. */
function attributesOf(html: string, pattern: RegExp): Record<string, string> | undefined {
	const tag = pattern.exec(html)?.[0];
	if (!tag) return undefined;
	const attributes: Record<string, string> = {};
	for (const [, name, value] of tag.matchAll(/\s([\w:-]+)="([^"]*)"/g))
		attributes[name!] = unescape(value!);
	return attributes;
}

/** The attributes a chart's root carries for each hook name, as the page writes them. */
function chartHooks(
	html: string,
	chart: string,
	names: string[]
): Record<string, string | undefined> {
	const attributes = attributesOf(
		html,
		new RegExp(`<[a-z]+\\b[^>]*\\bdata-chart="${chart}"[^>]*>`)
	);
	return Object.fromEntries(names.map((name) => [name, attributes?.[name]]));
}

/** The page's text, tags left out, its no-break spaces plain. */
function textOf(html: string): string {
	return unescape(html.replace(/<[^>]+>/g, ' ')).replace(/[\u00a0\u202f\s]+/g, ' ');
}

/** The content of a `<meta>` by its name or property. */
const meta = (html: string, key: string) =>
	attributesOf(html, new RegExp(`<meta (?:name|property)="${key}"[^>]*>`))?.content;
const link = (html: string, rel: string, hreflang?: string) =>
	attributesOf(
		html,
		new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''}[^>]*>`)
	)?.href;

/** The modules a page runs or preloads, read from the build. */
function scriptsOf(build: string, page: string): string[] {
	const html = readFileSync(join(build, page), 'utf8');
	const sources = [
		...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
		...[...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!)
	];
	return sources.map((src) => readFileSync(resolve(dirname(join(build, page)), src), 'utf8'));
}

describe.each(servedProjects())('the embeds built from $name', (project) => {
	const build = join(project.root, 'build');
	const { languages, charts } = project.expected;
	const read = (page: string) => readFileSync(join(build, page), 'utf8');

	describe.each(languages)('in $code', (language: LanguageExpectation) => {
		const at = (path: string) => `${language.path}${path}`;
		/** Each page with an embed and its card, from the language's root. */
		const pages = [
			{ page: '', card: 'story' },
			{ page: 'embed/', card: 'story' },
			{ page: 'embed/story/', card: 'story' },
			...charts.map((chart) => ({ page: `embed/${chart.name}/`, card: chart.name })),
			...language.steps.map((_, i) => ({ page: `embed/step/${i}/`, card: `step-${i}` }))
		];

		it('has each chart’s embed in its default state, titled, with a link to the story', () => {
			for (const chart of charts) {
				const html = read(at(`embed/${chart.name}/index.html`));
				expect(chartHooks(html, chart.name, Object.keys(chart.hooks))).toEqual(chart.hooks);
				expect(html).toMatch(/<a href="[^"]*" target="_parent"[^>]*>[^<]+<\/a>/);
				expect(html).not.toContain('class="story-header"');
			}
		});

		it('has each step’s embed with that step’s chart in that step’s state, captioned with its text', () => {
			language.steps.forEach((step, i) => {
				const html = read(at(`embed/step/${i}/index.html`));
				expect(chartHooks(html, step.chart, Object.keys(step.hooks))).toEqual(step.hooks);
				expect(textOf(html)).toContain(textOf(step.text));
			});
		});

		it('has the whole story as an embed, stacked in its server HTML', () => {
			const html = read(at('embed/story/index.html'));
			expect(textOf(html)).toContain(textOf(language.headline));
			language.steps.forEach((step, i) => {
				expect(html).toContain(`data-step="${i}"`);
				expect(textOf(html)).toContain(textOf(step.text));
			});
			expect(html).toMatch(/<section class="scrolly [^"]*\bembedded\b/);
		});

		it('lists every embed in the index, with a preview and a card each', () => {
			const html = read(at('embed/index.html'));
			for (const { page, card } of pages.filter(
				(p) => p.page.startsWith('embed/') && p.page !== 'embed/'
			)) {
				expect(html).toMatch(new RegExp(`<iframe src="[^"]*${page}"`));
				expect(html).toMatch(new RegExp(`<img data-src="[^"]*cards/${card}\\.png"`));
			}
			for (const kind of ['pym', 'frames', 'amp', 'iframe', 'image'])
				expect(html).toContain(`data-embed-code="${kind}"`);
		});

		it('writes each step’s preview inside a noscript, for the island to make when its step opens', () => {
			const html = read(at('embed/index.html'));
			const later = [...html.matchAll(/<noscript data-preview-later="">([^]*?)<\/noscript>/g)].map(
				(m) => attributesOf(m[1]!, /<iframe\b[^>]*>/)?.src
			);
			expect(later).toEqual(
				language.steps.map((_, i) => expect.stringMatching(`embed/step/${i}/$`))
			);
			// outside the noscripts, only the story's and the charts' previews
			const made = [
				...html.replace(/<noscript\b[^]*?<\/noscript>/g, '').matchAll(/<iframe src="([^"]*)"/g)
			].map((m) => m[1]);
			const pages = ['embed/story/', ...charts.map((chart) => `embed/${chart.name}/`)];
			expect(made).toHaveLength(pages.length);
			expect(made).toEqual(
				expect.arrayContaining(pages.map((page) => expect.stringMatching(`${page}$`)))
			);
		});

		it('documents every query parameter an embed page reads', () => {
			const parameters = read(at('embed/index.html')).match(
				/<section id="parameters">[^]*?<\/section>/
			)?.[0];
			// what the pages read: the inline script of app.html (the theme) and the protocol (pym's id)
			const names = ['src/app.html', 'src/lib/embed/protocol.ts'].flatMap((file) =>
				[...readFileSync(file, 'utf8').matchAll(/\.get\('(\w+)'\)/g)].map((m) => m[1]!)
			);
			expect(names).toEqual(expect.arrayContaining(['theme', 'childId']));
			const documented = [...(parameters ?? '').matchAll(/<code>([^<]+)<\/code>/g)].flatMap((m) =>
				m[1]!.split(/,\s*/)
			);
			expect(documented).toEqual(expect.arrayContaining(names));
		});

		it.each(pages)('has the card of $page: a PNG of 1200 × 630 whose pixels vary', ({ card }) => {
			const png = PNG.sync.read(readFileSync(join(build, at(`cards/${card}.png`))));
			expect({ width: png.width, height: png.height }).toEqual(CARD);
			const colours = new Set<number>();
			for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
			expect(colours.size).toBeGreaterThan(MIN_CARD_COLOURS);
		});

		it('gives every page a title, a description and, with a base URL only, absolute links: canonical, its languages (hreflang), its card', () => {
			for (const { page, card } of pages) {
				const html = read(at(`${page}index.html`));
				expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim()).toBeTruthy();
				expect(meta(html, 'description')?.trim()).toBeTruthy();
				if (project.baseUrl) {
					for (const other of languages)
						expect(link(html, 'alternate', other.code)).toBe(
							`${project.baseUrl}${other.path}${page}`
						);
					expect(link(html, 'alternate', 'x-default')).toBe(
						`${project.baseUrl}${languages[0]!.path}${page}`
					);
					expect(link(html, 'canonical')).toBe(`${project.baseUrl}${at(page)}`);
					expect(link(html, 'alternate', language.code)).toBe(`${project.baseUrl}${at(page)}`);
					const image = meta(html, 'og:image');
					expect(image).toBe(`${project.baseUrl}${at(`cards/${card}.png`)}`);
					expect(meta(html, 'twitter:image')).toBe(image);
					expect(existsSync(join(build, image!.slice(project.baseUrl.length)))).toBe(true);
				} else {
					expect(link(html, 'canonical')).toBeUndefined();
					expect(html).not.toMatch(/<link rel="alternate"/);
					expect(meta(html, 'og:image')).toBeUndefined();
					expect(meta(html, 'og:url')).toBeUndefined();
				}
			}
		});

		it('refers to its files by relative URLs only', () => {
			for (const { page } of pages) {
				const html = read(at(`${page}index.html`));
				const absolute = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
				expect(absolute).toEqual([]);
			}
		});
	});

	it('keeps the embed protocol out of the story page’s scripts, and ships it with every embed', () => {
		for (const language of languages) {
			const story = scriptsOf(build, `${language.path}index.html`);
			expect(story.length).toBeGreaterThan(0);
			expect(story.filter((code) => code.includes(PYM_DELIMITER))).toEqual([]);
			const embeds = [
				'embed/story/',
				...charts.map((chart) => `embed/${chart.name}/`),
				...language.steps.map((_, i) => `embed/step/${i}/`)
			];
			for (const page of embeds) {
				const code = scriptsOf(build, `${language.path}${page}index.html`).join('\n');
				expect(code).toContain(PYM_DELIMITER);
				expect(code).toContain('embed-size');
			}
		}
	});
});

describe('the embed index in a browser', () => {
	/** How far a preview iframe's height is from its embed's document height, px: the protocol's work. */
	async function heightGap(frame: ElementHandle<Node>): Promise<number> {
		const iframe = await frame.evaluate((el) => (el as Element).getBoundingClientRect().height);
		const document = await (await frame.contentFrame())!.evaluate(() =>
			Math.ceil(window.document.documentElement.getBoundingClientRect().height)
		);
		return Math.abs(iframe - document);
	}

	let browser: Browser;
	beforeAll(async () => {
		browser = await connectChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sizes its previews from their height messages, loads a card when opened, and writes absolute codes', async () => {
		const project = ownProject();
		const first = project.expected.languages[0]!;
		const chart = project.expected.charts[0]!.name;
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const watch = watchPage(page);
		await page.goto(`${project.url}${first.path}embed/`);
		const entry = page.locator(`article#${chart}`);
		await entry.scrollIntoViewIfNeeded();
		// the preview iframe takes its embed's document height, as an AMP parent gives it
		const frame = (await entry.locator('iframe[data-preview]').elementHandle())!;
		await expect.poll(() => heightGap(frame)).toBeLessThanOrEqual(1);
		expect(await entry.locator('img[data-src]').getAttribute('src')).toBeNull();
		await entry.locator('details[data-card] summary').click();
		await expect
			.poll(() =>
				entry.locator('img[data-src]').evaluate((img) => (img as HTMLImageElement).naturalWidth)
			)
			.toBe(CARD.width);
		const code = await entry.locator('[data-embed-code="pym"]').textContent();
		expect(code).toContain(`'${project.url}${first.path}embed/${chart}/'`);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.offHostRequests).toEqual([]);
		await context.close();
	});

	it('sizes each preview whose embed spoke before the index listened', async () => {
		const project = ownProject();
		const first = project.expected.languages[0]!;
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const watch = watchPage(page);
		// the index's script arrives late (a slow network): the previews have loaded and sent their heights
		const arrived = new Promise<void>((done) =>
			page.route('**/islands/embed-index*.js', async (route) => {
				await page.waitForFunction(() =>
					[...document.querySelectorAll('iframe[data-preview]')]
						.slice(0, 3)
						.every(
							(iframe) => (iframe as HTMLIFrameElement).contentDocument?.readyState === 'complete'
						)
				);
				await route.continue();
				done();
			})
		);
		await page.goto(`${project.url}${first.path}embed/`);
		await arrived;
		const previews = page.locator('iframe[data-preview]');
		for (let i = 0; i < 3; i++) {
			const frame = (await previews.nth(i).elementHandle())!;
			await expect.poll(() => heightGap(frame)).toBeLessThanOrEqual(1);
		}
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	it('makes a step’s preview when its step is opened, by a click or a link, and sizes it', async () => {
		const project = ownProject();
		const first = project.expected.languages[0]!;
		const charts = project.expected.charts.length;
		const last = first.steps.length - 1;
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const watch = watchPage(page);
		// a link to the last step opens it (Chromium opens a closed <details> holding the target)
		await page.goto(`${project.url}${first.path}embed/#step-${last}`);
		const previews = page.locator('iframe[data-preview]');
		await expect.poll(() => previews.count()).toBe(1 + charts + 1);
		expect(await page.locator(`#step-${last} iframe`).getAttribute('src')).toMatch(
			new RegExp(`embed/step/${last}/$`)
		);
		// the others are made only when opened, once however often they are opened
		const summary = page.locator('details:has(> article#step-0) > summary');
		await summary.click();
		await expect.poll(() => previews.count()).toBe(1 + charts + 2);
		await summary.click();
		await summary.click();
		expect(await previews.count()).toBe(1 + charts + 2);
		const frame = (await page.locator('#step-0 iframe[data-preview]').elementHandle())!;
		await expect.poll(() => heightGap(frame)).toBeLessThanOrEqual(1);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	it('has every step’s preview in its step without JavaScript', async () => {
		const project = ownProject();
		const first = project.expected.languages[0]!;
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${project.url}${first.path}embed/`);
		const sources = await page
			.locator('details > article iframe[data-preview]')
			.evaluateAll((frames) => frames.map((frame) => frame.getAttribute('src')));
		expect(sources).toEqual(
			first.steps.map((_, i) => expect.stringMatching(new RegExp(`embed/step/${i}/$`)))
		);
		await context.close();
	});
});
