import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { ChartCard } from '$lib/charts/spec';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/server/cards';
import {
	chartSvgForCard,
	cssTransformsToAttributes,
	embedCardPng,
	firstSvg,
	svgTransform
} from '$lib/server/chart-card';
import { embedsOf } from '$lib/server/embeds';
import { readStoryPage, type StoryPage } from '$lib/server/story-page';

/** A project with other data than data/'s (the browser tests build it too). */
const FIXTURE = 'tests/fixtures/projects/alt';

describe('svgTransform', () => {
	it.each([
		['translate in px', 'translate(0px, 37.8px)', 'translate(0 37.8)'],
		['translate with one value', 'translate(12px)', 'translate(12 0)'],
		['translateX', 'translateX(204.6px)', 'translate(204.6 0)'],
		['translateY', 'translateY(-3px)', 'translate(0 -3)'],
		[
			'a zoom',
			'translate(-4911.2px, -645.1px) scale(11.09)',
			'translate(-4911.2 -645.1) scale(11.09 11.09)'
		],
		['scale with two values', 'scale(2, 0.5)', 'scale(2 0.5)'],
		['scaleX, negative', 'scaleX(-198.6)', 'scale(-198.6 1)'],
		['scaleY', 'scaleY(0)', 'scale(1 0)'],
		['an exponent', 'translate(1e-7px, 0px)', 'translate(1e-7 0)'],
		['none', 'none', '']
	])('%s', (_name, css, svg) => {
		expect(svgTransform(css)).toBe(svg);
	});

	it.each([
		['a percentage', 'translate(-50%, 0px)', /px and plain numbers only, not "-50%"/],
		['em', 'translateX(1em)', /not "1em"/],
		['a function SVG has no equivalent for', 'rotate(45deg)', /rotate\(\) has no SVG transform/],
		['3D', 'translate3d(0px, 1px, 0px)', /translate3d\(\)/],
		['no function', 'inherit', /not a transform a card can draw/]
	])('refuses %s, naming it', (_name, css, message) => {
		expect(() => svgTransform(css)).toThrow(message);
	});
});

describe('cssTransformsToAttributes', () => {
	it('moves a style’s transform to the attribute, keeping the rest of the style', () => {
		expect(
			cssTransformsToAttributes(
				'<g class="row" style="fill: url(#h); transform: translate(0px, 2px); opacity-x: 1"></g>'
			)
		).toBe('<g class="row" style="fill: url(#h); opacity-x: 1" transform="translate(0 2)"></g>');
	});

	it('replaces a transform attribute, as the CSS property overrides it in a browser', () => {
		expect(
			cssTransformsToAttributes('<g transform="scale(9)" style="transform: scale(2);"></g>')
		).toBe('<g transform="scale(2 2)"></g>');
	});

	it('leaves elements without a CSS transform as written', () => {
		const svg =
			'<svg viewBox="0 0 1 1"><rect style="fill: red;"  x="1"/><g transform="scale(2)"></g></svg>';
		expect(cssTransformsToAttributes(svg)).toBe(svg);
	});

	it('refuses an inline transform-origin, which SVG attributes cannot say', () => {
		expect(() =>
			cssTransformsToAttributes(
				'<rect class="bar" style="transform: scaleX(2); transform-origin: left"></rect>'
			)
		).toThrow(/<rect class="bar">: transform-origin: left/);
	});
});

describe('firstSvg', () => {
	it('takes the first <svg> of the HTML, without Svelte’s comments', () => {
		expect(
			firstSvg(
				'<figure><!--[--><svg viewBox="0 0 1 1"><!--[--><rect/><!--]--></svg><svg></svg></figure>'
			)
		).toBe('<svg viewBox="0 0 1 1"><rect/></svg>');
	});

	it('says so when the chart drew none', () => {
		expect(() => firstSvg('<figure><p>Pas de graphique</p></figure>')).toThrow(/drew no <svg>/);
	});
});

describe('chartSvgForCard', () => {
	const html =
		'<div><svg viewBox="0 0 10 10"><rect class="bar hidden" style="transform: scaleY(0);"/></svg></div>';
	const size = { width: 600, height: 200 };

	it('completes the chart for the card’s size, then styles it, hiding what the state hides', () => {
		const seen: unknown[] = [];
		const card: ChartCard<string, { on: boolean }> = {
			style: '.bar { fill: var(--bar); }',
			complete(svg, prepared, state, lang, at) {
				seen.push(prepared, state, lang, at);
				return svg.replace('</svg>', '<circle r="1"/></svg>');
			}
		};
		const svg = chartSvgForCard(html, card, 'prepared', { on: true }, 'en', size);
		expect(seen).toEqual(['prepared', { on: true }, 'en', size]);
		expect(svg).toBe(
			'<svg viewBox="0 0 10 10"><style>.bar { fill: var(--bar); }\n.hidden { display: none; }</style><rect class="bar hidden" transform="scale(1 0)"/><circle r="1"/></svg>'
		);
	});

	it('refuses opacity, on which resvg aborts the whole build', () => {
		for (const style of ['.dim { opacity: 0.3; }', '.dim{opacity:.3}']) {
			expect(() => chartSvgForCard(html, { style }, null, null, 'fr', size)).toThrow(
				/use fill-opacity and stroke-opacity in a card, never opacity/
			);
		}
		expect(() =>
			chartSvgForCard(
				html.replace('<rect', '<rect opacity="0.5"'),
				{ style: '' },
				null,
				null,
				'fr',
				size
			)
		).toThrow(/never opacity/);
		expect(() =>
			chartSvgForCard(
				html,
				{ style: '.dim { fill-opacity: 0.3; stroke-opacity: 0.3; }' },
				null,
				null,
				'fr',
				size
			)
		).not.toThrow();
	});
});

const fixturePage = await readStoryPage('fr', FIXTURE);

describe('embedCardPng, on a fixture project', () => {
	if (!fixturePage.ok) throw new Error(`${FIXTURE} has invalid data`);
	const story: StoryPage = fixturePage;
	const embeds = embedsOf(story);
	// the story's card and each chart's, and the first step of each chart: every chart, one focus at least
	const firsts = new Map<string, (typeof embeds)[number]>();
	for (const embed of embeds)
		if (embed.kind === 'step' && !firsts.has(embed.chart)) firsts.set(embed.chart, embed);
	const drawn = [...embeds.filter((e) => e.kind !== 'step'), ...firsts.values()];

	it.each(drawn.map((embed) => [embed.id, embed] as const))(
		'draws the card of %s: a PNG of the card’s size, not blank',
		(_id, embed) => {
			const png = PNG.sync.read(Buffer.from(embedCardPng(story, embed)));
			expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
			const colours = new Set<number>();
			for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
			// paper, ink, the chart's colours and their antialiased edges
			expect(colours.size).toBeGreaterThan(50);
		}
	);
});
