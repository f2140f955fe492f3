/**
 * Every reader (issue 10): the dark theme reaches every chart, the data
 * tables hold every row of their CSV, the keyboard reaches and moves through
 * the story, the layout switch works both ways and survives a reload, a
 * 320 px screen scrolls only down, and print shows every step's chart. On
 * this project's build; what the pages should hold comes from the project's
 * own parsers (expectations.ts), never from what `data/` holds today.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { triggerFraction } from '$lib/scroll/position';
import { readTokens } from '$lib/styles/themes';
import { connectChromium, ownProject, servedProjects } from './browser';
import { watchPage, type PageWatch } from './harness';

const project = ownProject();
const languages = project.expected.languages;
const first = languages[0]!;

const NARROWEST = { width: 320, height: 640 };
/** The shortest phone the story is made for: its pinned graphic is the tightest. */
const SHORTEST = { width: 320, height: 568 };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** How long a smooth scroll may take to come to rest. */
const SCROLL_TIMEOUT_MS = 5000;
/** WCAG 2.5.5: a pointer target at least this many CSS px on each side. */
const TAP_TARGET_PX = 44;
const LAYOUT_KEY = 'story-layout';

let browser: Browser;

beforeAll(async () => {
	browser = await connectChromium();
});

afterAll(async () => {
	await browser?.close();
});

interface Opened {
	page: Page;
	watch: PageWatch;
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<Opened> {
	const context = await browser.newContext({
		reducedMotion: 'no-preference',
		viewport: PHONE,
		...options
	});
	const page = await context.newPage();
	const watch = watchPage(page);
	await page.goto(project.url + path, { waitUntil: 'networkidle' });
	return { page, watch };
}

async function close({ page, watch }: Opened): Promise<void> {
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.offHostRequests).toEqual([]);
	await page.context().close();
}

/** Waits until the page has not scrolled for ten frames, then returns the pinned graphic’s step. */
async function settledStep(page: Page): Promise<number> {
	return page.evaluate(async (timeout) => {
		const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
		const giveUpAt = performance.now() + timeout;
		// a smooth scroll may start some frames after the key on a busy machine: settled is still for ten frames
		let last = window.scrollY;
		let still = 0;
		while (still < 10 && performance.now() < giveUpAt) {
			await frame();
			still = window.scrollY === last ? still + 1 : 0;
			last = window.scrollY;
		}
		return Number(document.querySelector('[data-active-step]')?.getAttribute('data-active-step'));
	}, SCROLL_TIMEOUT_MS);
}

/**
 * Every painted colour of each chart on the page, in document order: the
 * computed fill, stroke, color and background of each of its elements that
 * paints one (not `none`, not transparent, not a pattern's `url()`).
 */
async function chartColours(page: Page, scope: string): Promise<Record<string, string[]>> {
	return page.evaluate((scope) => {
		const painted = (value: string) =>
			value !== 'none' &&
			value !== 'rgba(0, 0, 0, 0)' &&
			!value.startsWith('url(') &&
			!/^color\(srgb [\d.]+ [\d.]+ [\d.]+ \/ 0\)$/.test(value);
		const colours: Record<string, string[]> = {};
		const SHAPES = 'path, rect, line, circle, ellipse, polygon, polyline, text, use';
		for (const chart of document.querySelectorAll(`${scope} [data-chart]`)) {
			const name = chart.getAttribute('data-chart')!;
			const list = (colours[name] ??= []);
			for (const element of [chart, ...chart.querySelectorAll('*')]) {
				const style = getComputedStyle(element);
				// a clip path's shapes are geometry, never painted
				const properties = element.closest('clipPath, mask')
					? []
					: element.matches(SHAPES)
						? // a line has no inside to fill
							element.matches('line')
							? ['stroke']
							: ['fill', 'stroke']
						: element instanceof HTMLElement
							? [
									'background-color',
									// text colour, where the element holds text of its own
									...([...element.childNodes].some(
										(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''
									)
										? ['color']
										: [])
								]
							: [];
				for (const property of properties) {
					const value = style.getPropertyValue(property);
					if (painted(value))
						list.push(`${element.tagName}.${element.getAttribute('class')} ${property} ${value}`);
				}
			}
		}
		return colours;
	}, scope);
}

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
	const [r, g, b] = hex.match(/[0-9a-f]{2}/gi)!.map((d) => parseInt(d, 16));
	return `rgb(${r}, ${g}, ${b})`;
}

describe('the dark theme', () => {
	const tokens = {
		light: readTokens(readFileSync('src/lib/styles/tokens.css', 'utf8'), 'light'),
		dark: readTokens(readFileSync('src/lib/styles/tokens.css', 'utf8'), 'dark')
	};

	it('follows the system: every colour each chart paints changes, in the pinned graphic and in the steps', async () => {
		const light = await open(first.path, { colorScheme: 'light' });
		const dark = await open(first.path, { colorScheme: 'dark' });
		for (const scope of ['[data-active-step]', '[data-step]']) {
			const day = await chartColours(light.page, scope);
			const night = await chartColours(dark.page, scope);
			expect(Object.keys(day).sort()).toEqual([...new Set(first.steps.map((s) => s.chart))].sort());
			for (const [chart, colours] of Object.entries(day)) {
				expect(colours.length, `${chart} paints something`).toBeGreaterThan(0);
				const after = night[chart]!;
				expect(after).toHaveLength(colours.length);
				const unchanged = colours.filter((colour, i) => after[i] === colour);
				expect(
					unchanged,
					`${chart} in ${scope}: colours the dark theme leaves as they were`
				).toEqual([]);
			}
		}
		// the page itself, from the tokens
		for (const [opened, theme] of [
			[light, 'light'],
			[dark, 'dark']
		] as const) {
			const body = await opened.page.evaluate(() => {
				const style = getComputedStyle(document.documentElement);
				return { background: style.backgroundColor, color: getComputedStyle(document.body).color };
			});
			expect(body).toEqual({
				background: rgb(tokens[theme].paper!),
				color: rgb(tokens[theme].ink!)
			});
		}
		await close(light);
		await close(dark);
	});

	it.each([
		['dark', 'light', first.path],
		['light', 'dark', first.path],
		['dark', 'light', `${first.path}embed/${project.expected.charts[0]!.name}/`],
		['light', 'dark', `${first.path}embed/story/`]
	] as const)(
		'?theme=%s overrides a %s system on %s, set before the body is parsed',
		async (chosen, system, path) => {
			const context = await browser.newContext({ colorScheme: system, viewport: PHONE });
			// what the page looks like when its body first exists: the first paint can come no earlier
			await context.addInitScript(() => {
				new MutationObserver((_records, observer) => {
					if (!document.body) return;
					observer.disconnect();
					(window as unknown as { atBody: string }).atBody = getComputedStyle(
						document.documentElement
					).colorScheme;
				}).observe(document, { childList: true, subtree: true });
			});
			const page = await context.newPage();
			await page.goto(`${project.url}${path}?theme=${chosen}`, { waitUntil: 'networkidle' });
			expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe(
				chosen
			);
			const background = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			expect(background).toBe(rgb(tokens[chosen].paper!));
			await context.close();
		}
	);
});

describe('the data tables', () => {
	it.each(languages.map((language) => [language.code, language] as const))(
		'%s: under each step, a closed disclosure whose table holds every row of the chart’s CSV, with its sources',
		async (_code, language) => {
			const opened = await open(language.path, { reducedMotion: 'reduce' });
			const tables = await opened.page.evaluate(() =>
				[...document.querySelectorAll('[data-step]')].map((step) => {
					const details = step.querySelector('details');
					return {
						open: details?.open ?? null,
						caption: details?.querySelector('caption')?.textContent ?? null,
						headings: [...(details?.querySelectorAll('thead th') ?? [])].map(
							(th) => th.textContent
						),
						rows: [...(details?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
							[...tr.children].map((cell) => cell.textContent)
						),
						source: details?.querySelector('.source')?.textContent ?? null
					};
				})
			);
			expect(tables).toHaveLength(language.steps.length);
			tables.forEach((table, i) => {
				const expected = language.tables[language.steps[i]!.chart]!;
				expect(table.open, `step ${i}`).toBe(false);
				expect(table.rows, `step ${i}`).toHaveLength(expected.csvRows);
				expect(table.rows).toEqual(expected.rows);
				expect(table.caption).toBe(expected.caption);
				expect(table.source).toBe(expected.source);
				expect(table.headings.length).toBe(expected.rows[0]!.length);
			});

			// opened by its summary, the table shows, and fits the screen
			const summary = opened.page.locator('[data-step="0"] summary');
			await summary.click();
			const table = opened.page.locator('[data-step="0"] table');
			expect(await table.isVisible()).toBe(true);
			expect((await table.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
			await close(opened);
		}
	);

	it.each(
		languages.flatMap((language) => [
			...project.expected.charts.map(
				(chart) => [`${language.path}embed/${chart.name}/`, chart.name, language] as const
			),
			// a step's embed draws its chart's table: the first step of each chart
			...[...new Set(language.steps.map((step) => step.chart))].map((chart) => {
				const i = language.steps.findIndex((step) => step.chart === chart);
				return [`${language.path}embed/step/${i}/`, chart, language] as const;
			})
		])
	)('the embed %s holds its chart’s table, every row', async (path, chart, language) => {
		const opened = await open(path);
		const table = await opened.page.evaluate(() => {
			const details = document.querySelector('details');
			return {
				open: details?.open ?? null,
				rows: [...(details?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
					[...tr.children].map((cell) => cell.textContent)
				),
				source: details?.querySelector('.source')?.textContent ?? null
			};
		});
		const expected = language.tables[chart]!;
		expect(table.open).toBe(false);
		expect(table.rows).toHaveLength(expected.csvRows);
		expect(table.rows).toEqual(expected.rows);
		expect(table.source).toBe(expected.source);
		await close(opened);
	});

	it('stay in view under each step’s text in the scrolly layout', async () => {
		const opened = await open(first.path, { viewport: DESKTOP });
		await opened.page.locator('[data-step="0"] summary').click();
		expect(await opened.page.locator('[data-step="0"] table').isVisible()).toBe(true);
		await close(opened);
	});
});

describe('keyboard readers', () => {
	it.each([
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const)(
		'on a %s, Page Down, Space and the arrows move one step each, and the graphic follows',
		async (_name, viewport) => {
			const opened = await open(first.path, { viewport });
			const { page } = opened;
			const count = first.steps.length;
			expect(count).toBeGreaterThanOrEqual(5);
			await page.goto(`${project.url}${first.path}#step-1`, { waitUntil: 'networkidle' });
			expect(await settledStep(page)).toBe(1);
			const moves: [string, number][] = [
				['PageDown', 2],
				[' ', 3],
				['ArrowDown', 4],
				['ArrowUp', 3],
				['PageUp', 2],
				['Shift+ ', 1]
			];
			for (const [key, step] of moves) {
				await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
				expect(await settledStep(page), `after ${key}`).toBe(step);
				// the step's text is on screen, below the pinned graphic or beside it
				const text = await page
					.locator(`[data-step="${step}"] .step-text`)
					.evaluate((element) => element.getBoundingClientRect());
				expect(text.top).toBeGreaterThanOrEqual(0);
				expect(text.top).toBeLessThan(viewport.height * triggerFraction(viewport.width));
				expect(text.bottom).toBeLessThanOrEqual(viewport.height);
			}
			expect(await page.evaluate(() => location.hash)).toBe('#step-1');
			await close(opened);
		}
	);

	it('Page Down from the last step goes on to the text after the story', async () => {
		const opened = await open(`${first.path}#step-${first.steps.length - 1}`);
		const before = await opened.page.evaluate(() => window.scrollY);
		await opened.page.keyboard.press('PageDown');
		expect(await settledStep(opened.page)).toBe(first.steps.length - 1);
		expect(await opened.page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
		await close(opened);
	});

	it('a skip link, first reached by Tab before the steps, leads past the graphic and the steps', async () => {
		const opened = await open(first.path);
		const { page } = opened;
		let onSkip = false;
		for (let i = 0; i < 10 && !onSkip; i++) {
			await page.keyboard.press('Tab');
			onSkip = await page.evaluate(
				() => document.activeElement?.classList.contains('skip') ?? false
			);
		}
		expect(onSkip).toBe(true);
		const box = (await page.locator('.skip').boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(TAP_TARGET_PX);
		expect(box.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		await settledStep(page);
		const lastStepBottom = await page
			.locator(`[data-step="${first.steps.length - 1}"]`)
			.evaluate((step) => step.getBoundingClientRect().bottom);
		expect(lastStepBottom).toBeLessThanOrEqual(1);
		await close(opened);
	});

	it.each([
		['scrolly', 'no-preference'],
		['stacked', 'reduce']
	] as const)(
		'in the %s layout, every control Tab reaches shows a focus ring, and headings go in order',
		async (_layout, reducedMotion) => {
			const opened = await open(first.path, { reducedMotion });
			const { page } = opened;
			const seen: string[] = [];
			const missing: string[] = [];
			for (let i = 0; i < 200; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const element = document.activeElement;
					if (!element || element === document.body) return null;
					const style = getComputedStyle(element);
					const index = [...document.querySelectorAll('*')].indexOf(element);
					return {
						name: `${index}: ${element.tagName} ${element.textContent?.trim().slice(0, 30)}`,
						ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
					};
				});
				if (!focus || seen.includes(focus.name)) break;
				seen.push(focus.name);
				if (!focus.ring) missing.push(focus.name);
			}
			expect(seen.length).toBeGreaterThan(first.steps.length);
			expect(missing).toEqual([]);
			const levels = await page.evaluate(() =>
				[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
			);
			expect(levels[0]).toBe(1);
			levels.forEach((level, i) => {
				if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
			});
			await close(opened);
		}
	);
});

describe('the layout switch', () => {
	async function layoutOf(page: Page) {
		return page.evaluate(() => ({
			layout: document.documentElement.dataset.layout,
			pinned: getComputedStyle(document.querySelector('[data-graphic]')!).display !== 'none',
			pressed: [...document.querySelectorAll('[data-layout-choice]')]
				.filter((button) => button.getAttribute('aria-pressed') === 'true')
				.map((button) => button.getAttribute('data-layout-choice')),
			stepChartInFlow:
				getComputedStyle(document.querySelector('.step-graphic')!).position === 'static'
		}));
	}

	/** Records the layout and the layout shifts from the first moment the body exists. */
	async function recordLoad(page: Page): Promise<void> {
		await page.context().addInitScript(() => {
			const record = window as unknown as { atBody?: string; shifts: number };
			record.shifts = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					record.shifts += (entry as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
			new MutationObserver((_records, observer) => {
				if (!document.body) return;
				observer.disconnect();
				record.atBody = document.documentElement.dataset.layout;
			}).observe(document, { childList: true, subtree: true });
		});
	}
	const loaded = (page: Page) =>
		page.evaluate(() => {
			const record = window as unknown as { atBody?: string; shifts: number };
			return { atBody: record.atBody, shifts: record.shifts };
		});

	it('goes to stacked and back, and keeps the choice across a reload with no shift', async () => {
		const opened = await open(first.path);
		const { page } = opened;
		await recordLoad(page);
		expect(await layoutOf(page)).toEqual({
			layout: 'scrolly',
			pinned: true,
			pressed: ['scrolly'],
			stepChartInFlow: false
		});
		await page.locator('[data-layout-choice="stacked"]').click();
		expect(await layoutOf(page)).toEqual({
			layout: 'stacked',
			pinned: false,
			pressed: ['stacked'],
			stepChartInFlow: true
		});
		expect(await page.evaluate((key) => localStorage.getItem(key), LAYOUT_KEY)).toBe('stacked');

		await page.reload({ waitUntil: 'networkidle' });
		expect((await loaded(page)).atBody).toBe('stacked');
		expect((await loaded(page)).shifts).toBe(0);
		expect((await layoutOf(page)).layout).toBe('stacked');

		await page.locator('[data-layout-choice="scrolly"]').click();
		expect((await layoutOf(page)).pinned).toBe(true);
		await page.reload({ waitUntil: 'networkidle' });
		expect((await loaded(page)).atBody).toBe('scrolly');
		expect((await loaded(page)).shifts).toBe(0);
		expect(await layoutOf(page)).toMatchObject({ layout: 'scrolly', pinned: true });
		await close(opened);
	});

	it('keeps the reader on the step they were reading', async () => {
		const opened = await open(`${first.path}#step-3`);
		expect(await settledStep(opened.page)).toBe(3);
		await opened.page.locator('[data-layout-choice="stacked"]').dispatchEvent('click');
		const top = await opened.page
			.locator('[data-step="3"]')
			.evaluate((step) => step.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(PHONE.height / 2);
		await close(opened);
	});

	it('defaults to stacked for readers who ask for reduced motion, who may still choose scrolly', async () => {
		const opened = await open(first.path, { reducedMotion: 'reduce' });
		expect((await layoutOf(opened.page)).layout).toBe('stacked');
		await opened.page.locator('[data-layout-choice="scrolly"]').click();
		await opened.page.reload({ waitUntil: 'networkidle' });
		expect(await layoutOf(opened.page)).toMatchObject({ layout: 'scrolly', pinned: true });
		await close(opened);
	});
});

/** What a 320 px screen shows of a page: its widths, its body text's sizes, and the tap targets under 44 px. */
async function measureNarrow(page: Page) {
	// every disclosure open: the tables are the widest things on the story's pages
	await page.evaluate(() =>
		document.querySelectorAll('details').forEach((details) => (details.open = true))
	);
	return page.evaluate((target) => {
		const visible = (element: Element) =>
			element.getBoundingClientRect().width > 0 &&
			getComputedStyle(element).visibility !== 'hidden';
		return {
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
			// the story's text: the intro and outro, each step's, the sources (not the credits' and charts' small print)
			text: [...document.querySelectorAll('.prose p, .step-text p, #sources li')]
				.filter(visible)
				.map((p) => parseFloat(getComputedStyle(p).fontSize)),
			// a control inside its label is tapped anywhere on the label
			small: [...document.querySelectorAll('a, button, summary, input')]
				.map((element) => (element.matches('input') && element.closest('label')) || element)
				.filter(visible)
				.filter((element) => !element.matches('.skip:not(:focus)'))
				.map((element) => {
					const box = element.getBoundingClientRect();
					return { name: element.textContent?.trim(), width: box.width, height: box.height };
				})
				.filter((box) => box.width < target || box.height < target)
		};
	}, TAP_TARGET_PX);
}

describe('small screens', () => {
	it.each(
		languages.flatMap((language) =>
			(['no-preference', 'reduce'] as const).map(
				(motion) => [language.path || '/', motion, language] as const
			)
		)
	)(
		'%s (reduced motion: %s) at 320 px: no sideways scroll, 16 px text, 44 px targets',
		async (_path, reducedMotion, language) => {
			const opened = await open(language.path, { viewport: NARROWEST, reducedMotion });
			const measured = await measureNarrow(opened.page);
			expect(measured.scrollWidth).toBe(measured.innerWidth);
			expect(measured.text.length).toBeGreaterThan(0);
			expect(Math.min(...measured.text)).toBeGreaterThanOrEqual(16);
			expect(measured.small).toEqual([]);
			await close(opened);
		}
	);

	it.each(
		languages.flatMap((language) =>
			[
				'preview/',
				'embed/',
				'embed/story/',
				...project.expected.charts.map((chart) => `embed/${chart.name}/`),
				// a step's embed is its chart's page, captioned: the first step of each chart
				...[...new Set(language.steps.map((step) => step.chart))].map(
					(chart) => `embed/step/${language.steps.findIndex((step) => step.chart === chart)}/`
				)
			].map((path) => [`${language.path}${path}`] as const)
		)
	)('%s at 320 px: no sideways scroll, 44 px targets', async (path) => {
		const opened = await open(path, { viewport: NARROWEST });
		const measured = await measureNarrow(opened.page);
		expect(measured.scrollWidth).toBe(measured.innerWidth);
		expect(measured.small).toEqual([]);
		await close(opened);
	});
});

/** What the pinned graphic shows after a jump to a step: the step it shows, and its chart's text that leaves the panel or overlaps other text. */
interface PanelText {
	step: number;
	outside: string[];
	overlapping: string[];
}

/**
 * Jumps to step `n` by its anchor and, once the graphic shows that step and
 * its text has not moved from one frame to the next, reports the active chart's text
 * boxes that leave the pinned panel and the pairs that overlap (by more
 * than `tolerance` px each way: anti-aliasing is no collision). Text is
 * every element with text of its own that paints (a hidden label is
 * transparent), one box per SVG line (tspan).
 */
async function panelTextAt(page: Page, n: number): Promise<PanelText> {
	return page.evaluate(
		async ({ n, timeout, tolerance }) => {
			const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
			const measure = (): PanelText & { key: string } => {
				const layer = document.querySelector('[data-active-step]')!;
				const step = Number(layer.getAttribute('data-active-step'));
				const chart = layer.getAttribute('data-active-chart');
				const root = layer.querySelector(`[data-chart="${chart}"]`);
				const panel = document.querySelector('[data-graphic]')!.getBoundingClientRect();
				// painted: seen, and neither it nor an element it is in (a hidden bar's label) transparent
				const painted = (element: Element) => {
					if (getComputedStyle(element).visibility === 'hidden') return false;
					for (let e: Element | null = element; e && e !== root; e = e.parentElement)
						if (getComputedStyle(e).opacity === '0') return false;
					return element.getBoundingClientRect().width > 0;
				};
				const texts = [...(root?.querySelectorAll('*') ?? [])].filter(
					(element) =>
						[...element.childNodes].some(
							(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''
						) && painted(element)
				);
				const boxes = texts.map((element) => ({
					element,
					text: element.textContent!.trim().slice(0, 30),
					box: element.getBoundingClientRect()
				}));
				const outside = boxes
					.filter(
						({ box }) =>
							box.left < panel.left - tolerance ||
							box.right > panel.right + tolerance ||
							box.top < panel.top - tolerance ||
							box.bottom > panel.bottom + tolerance
					)
					.map(({ text }) => text);
				const overlapping: string[] = [];
				boxes.forEach((a, i) => {
					for (const b of boxes.slice(i + 1)) {
						// a strong inside its note is one text, not two
						if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
						const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
						const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
						if (x > tolerance && y > tolerance) overlapping.push(`${a.text} × ${b.text}`);
					}
				});
				const key = JSON.stringify(boxes.map(({ box }) => [box.x, box.y, box.width, box.height]));
				return { step, outside, overlapping, key };
			};
			location.hash = `#step-${n}`;
			const giveUpAt = performance.now() + timeout;
			let report = measure();
			let still = 0;
			while (still < 1 && performance.now() < giveUpAt) {
				await frame();
				const next = measure();
				still = next.step === n && next.key === report.key ? still + 1 : 0;
				report = next;
			}
			return { step: report.step, outside: report.outside, overlapping: report.overlapping };
		},
		{ n, timeout: SCROLL_TIMEOUT_MS, tolerance: 1 }
	);
}

describe.each(servedProjects())('text in the pinned graphic of $name', (served) => {
	// every language where the panel is tightest, the first at a common phone's size (each step takes a few frames)
	it.each([
		['320 × 568 in every language', SHORTEST, served.expected.languages],
		['390 × 844', PHONE, served.expected.languages.slice(0, 1)]
	])(
		'stays inside the panel, no two texts overlapping, at every step at %s',
		async (_, viewport, languages) => {
			// reduced motion moves nothing: each state is drawn at once, as it rests after a scroll; scrolly chosen, as a reader may
			const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
			await context.addInitScript((key) => localStorage.setItem(key, 'scrolly'), LAYOUT_KEY);
			const page = await context.newPage();
			const watch = watchPage(page);
			const problems: string[] = [];
			for (const language of languages) {
				await page.goto(served.url + language.path);
				// step 0 last: the graphic follows a jump only once the page runs, so each step is measured as drawn by it
				const steps = language.steps.map((_, n) => n);
				for (const n of [...steps.slice(1), ...steps.slice(0, 1)]) {
					const { step, outside, overlapping } = await panelTextAt(page, n);
					const at = `${language.code} step ${n}`;
					if (step !== n) problems.push(`${at}: the graphic shows step ${step}`);
					problems.push(
						...outside.map((text) => `${at}: "${text}" leaves the panel`),
						...overlapping.map((pair) => `${at}: ${pair}`)
					);
				}
			}
			expect(problems).toEqual([]);
			await close({ page, watch });
		}
	);
});

describe('print', () => {
	it.each(languages.map((language) => [language.code, language] as const))(
		'%s: stacked, every step with its chart in that step’s state, no controls, the sources',
		async (_code, language) => {
			const opened = await open(language.path, { viewport: DESKTOP });
			const { page } = opened;
			await page.emulateMedia({ media: 'print' });
			const printed = await page.evaluate(() => {
				const shown = (element: Element | null) =>
					!!element &&
					getComputedStyle(element).display !== 'none' &&
					element.getBoundingClientRect().height > 0;
				return {
					pinned: shown(document.querySelector('[data-graphic]')),
					controls: [...document.querySelectorAll('button, summary, .skip')].filter(shown).length,
					sources: shown(document.querySelector('#sources')),
					steps: [...document.querySelectorAll('[data-step]')].map((step) => {
						const graphic = step.querySelector('.step-graphic');
						const chart = graphic?.querySelector('[data-chart]');
						const box = graphic?.getBoundingClientRect();
						return {
							shown: shown(graphic ?? null) && (box?.left ?? -1) >= 0,
							drawn: graphic?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
							chart: chart?.getAttribute('data-chart') ?? null,
							hooks: Object.fromEntries(
								[...(chart?.attributes ?? [])]
									.filter((a) => a.name.startsWith('data-') && a.name !== 'data-chart')
									.map((a) => [a.name, a.value])
							)
						};
					})
				};
			});
			expect(printed.pinned).toBe(false);
			expect(printed.controls).toBe(0);
			expect(printed.sources).toBe(true);
			expect(printed.steps).toEqual(
				language.steps.map((step) => ({
					shown: true,
					drawn: true,
					chart: step.chart,
					hooks: step.hooks
				}))
			);
			await close(opened);
		}
	);
});
