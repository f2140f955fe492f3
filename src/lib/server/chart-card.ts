/**
 * A chart's card from the chart's own code: the `<svg>` its component draws
 * on the server (svelte/server), made into one resvg can draw alone (see
 * `ChartCard` in src/lib/charts/spec.ts), then laid out by `composeCard`
 * with the chart's title, subtitle and source.
 *
 * resvg reads no page stylesheet and no CSS `transform` property: each chart
 * gives its marks' colours as a small stylesheet, and the CSS transforms the
 * components write in `style` attributes (a zoom, a row's place) become SVG
 * `transform` attributes here.
 */
import { render } from 'svelte/server';
import ChartView from '$lib/components/ChartView.svelte';
import { chartNamed } from '$lib/charts/registry';
import { classesOf, editStartTags } from '$lib/charts/shared/card';
import type { ChartCard, Size } from '$lib/charts/spec';
import type { Lang } from '$lib/i18n/languages';
import { composeCard, layoutCard, renderCard, type CardOptions } from './cards';
import type { Embed } from './embeds';
import type { StoryPage } from './story-page';

/**
 * How much bigger than on the page a card draws a chart's text and marks. A
 * feed shows a 1200 px card at a third to a half of its size: at the page's
 * 14 px, labels would shrink to 5 px; at this scale they keep 9 or 10.
 */
export const CARD_CHART_SCALE = 1.75;

/** Every element a state hides (`class="… hidden"`) is left out of a card. */
const HIDDEN_STYLE = '.hidden { display: none; }';

/**
 * The first `<svg>…</svg>` of server-rendered HTML, without Svelte's
 * hydration comments. A chart draws one.
 */
export function firstSvg(html: string): string {
	const start = html.search(/<svg\b/);
	const end = html.indexOf('</svg>', start);
	if (start === -1 || end === -1) throw new Error('cards: the chart drew no <svg>');
	return html.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
}

const TRANSFORM_FUNCTION = /([a-zA-Z\d]+)\(([^)]*)\)/g;
/** The CSS transform functions an SVG `transform` attribute can say, in px. */
const SVG_TRANSFORMS = new Set([
	'translate',
	'translateX',
	'translateY',
	'scale',
	'scaleX',
	'scaleY'
]);

/** A CSS length or number in px or unitless, as a number; anything else is an error. */
function pixels(value: string, transform: string): number {
	const match = /^(-?[\d.]+(?:e[+-]?\d+)?)(px)?$/.exec(value.trim());
	if (!match)
		throw new Error(`cards: "${transform}": resvg draws px and plain numbers only, not "${value}"`);
	return Number(match[1]);
}

/**
 * A CSS `transform` value as an SVG `transform` attribute:
 * `translate(0px, 12px) scale(2)` is `translate(0 12) scale(2)`. Functions
 * with no SVG equivalent, and units other than px, are errors that name them.
 */
export function svgTransform(css: string): string {
	const parts: string[] = [];
	for (const [, name, args] of css.matchAll(TRANSFORM_FUNCTION)) {
		if (!SVG_TRANSFORMS.has(name!))
			throw new Error(`cards: "${css}": ${name}() has no SVG transform a card can draw`);
		const [a = 0, b] = args!.split(',').map((arg) => pixels(arg, css));
		switch (name) {
			case 'translate':
				parts.push(`translate(${a} ${b ?? 0})`);
				break;
			case 'translateX':
				parts.push(`translate(${a} 0)`);
				break;
			case 'translateY':
				parts.push(`translate(0 ${a})`);
				break;
			case 'scale':
				parts.push(`scale(${a} ${b ?? a})`);
				break;
			case 'scaleX':
				parts.push(`scale(${a} 1)`);
				break;
			case 'scaleY':
				parts.push(`scale(1 ${a})`);
				break;
		}
	}
	if (parts.length === 0 && css.trim() !== 'none')
		throw new Error(`cards: "${css}" is not a transform a card can draw`);
	return parts.join(' ');
}

/**
 * `svg` with each `transform` in a `style` attribute moved to the element's
 * `transform` attribute (the CSS property wins over the attribute in a
 * browser, so it replaces it), the rest of the style kept. A transform with an
 * origin other than SVG's default (0 0) must be made explicit by the chart's
 * `complete` first: an inline `transform-origin` is an error.
 */
export function cssTransformsToAttributes(svg: string): string {
	return editStartTags(svg, (tag) => {
		const style = tag.attributes.get('style');
		if (!style || !/(^|;)\s*transform\s*:/.test(style)) return false;
		const declarations = style
			.split(';')
			.map((d) => d.trim())
			.filter((d) => d !== '');
		const rest: string[] = [];
		for (const declaration of declarations) {
			const colon = declaration.indexOf(':');
			const property = declaration.slice(0, colon).trim();
			const value = declaration.slice(colon + 1).trim();
			if (property === 'transform-origin')
				throw new Error(`cards: <${tag.name} class="${classesOf(tag).join(' ')}">: ${declaration}`);
			if (property === 'transform') {
				const transform = svgTransform(value);
				if (transform === '') tag.attributes.delete('transform');
				else tag.attributes.set('transform', transform);
			} else rest.push(declaration);
		}
		if (rest.length > 0) tag.attributes.set('style', rest.join('; '));
		else tag.attributes.delete('style');
		return true;
	});
}

/**
 * `opacity` as an attribute or a property (not `fill-opacity` nor
 * `stroke-opacity`): resvg 2.6 aborts the whole process, with no error to
 * catch, on an element with `opacity` that lies wholly outside the image.
 */
const OPACITY = /(?:^|[\s;"{])opacity\s*[:=]/;

/** The chart's card style, and the rule that hides what a state hides, as the first child of the root `<svg>`. */
function withStyle(svg: string, style: string): string {
	const root = /^<svg\b[^>]*>/.exec(svg);
	if (!root) throw new Error('cards: the chart SVG does not start with <svg>');
	return `${root[0]}<style>${style}\n${HIDDEN_STYLE}</style>${svg.slice(root[0].length)}`;
}

/** The chart's SVG for a card, standing alone: completed by the chart, transforms as attributes, colours in a stylesheet. */
export function chartSvgForCard<Prepared, State>(
	html: string,
	card: ChartCard<Prepared, State>,
	prepared: Prepared,
	state: State,
	lang: Lang,
	size: Size
): string {
	const drawn = firstSvg(html);
	const complete = card.complete ? card.complete(drawn, prepared, state, lang, size) : drawn;
	const svg = withStyle(cssTransformsToAttributes(complete), card.style);
	const opacity = OPACITY.exec(svg);
	if (opacity)
		throw new Error(
			`cards: "${svg.slice(Math.max(0, opacity.index - 60), opacity.index + 20)}": use fill-opacity and stroke-opacity in a card, never opacity (resvg aborts on it)`
		);
	return svg;
}

/**
 * An embed's card: its chart drawn by its component on the server, in its
 * state, laid out for the room its words leave (at the page's scale, so that
 * the card draws it CARD_CHART_SCALE times bigger), with its caption. Words
 * come from editors' copy and data, so text that does not fit is cut short
 * with an ellipsis rather than stopping the build.
 */
export function embedCardPng(
	page: StoryPage,
	embed: Embed,
	options: CardOptions = {}
): Uint8Array<ArrayBuffer> {
	const spec = chartNamed(embed.chart);
	if (!spec) throw new Error(`cards: no chart "${embed.chart}" in the registry`);
	const cardOptions: CardOptions = { overflow: 'ellipsis', ...options };
	const box = layoutCard(embed.caption, cardOptions).chart;
	const size = { width: box.width / CARD_CHART_SCALE, height: box.height / CARD_CHART_SCALE };
	const prepared = page.charts.prepared[embed.chart];
	const { body } = render(ChartView, {
		props: {
			chart: embed.chart,
			prepared,
			view: embed.state,
			lang: page.lang,
			root: './',
			layoutSize: size
		}
	});
	const chart = chartSvgForCard(body, spec.card, prepared, embed.state, page.lang, size);
	return renderCard(composeCard({ ...embed.caption, chart }, cardOptions), cardOptions);
}
