/**
 * How a card draws the market chart: its component's SVG with the colours of
 * Chart.svelte's styles written for resvg, and each bar drawn at its length.
 * The component draws a bar as a 1-wide rect stretched by a CSS `scaleX`
 * from its own left edge (`transform-box: fill-box`, so that the length
 * eases); resvg knows neither, so the card gives the rect its real x and
 * width instead.
 */
import type { ChartCard } from '../spec.ts';
import { BAR_CARD_STYLE, classesOf, editStartTags } from '../shared/card.ts';
import type { MarketRow } from './row.ts';
import type { MarketState } from './state.ts';

const SCALE_X = /^\s*scaleX\(\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*\)\s*$/;

/** A bar rect's `scaleX(w)` turned into its x and width; other tags as they are. */
export function drawBarLengths(svg: string): string {
	return editStartTags(svg, (tag) => {
		if (tag.name !== 'rect' || !classesOf(tag).includes('bar')) return false;
		const declarations = (tag.attributes.get('style') ?? '')
			.split(';')
			.map((d) => d.trim())
			.filter((d) => d !== '');
		const transform = declarations.find((d) => d.startsWith('transform:'));
		const scale = transform ? SCALE_X.exec(transform.slice('transform:'.length)) : null;
		if (!scale) throw new Error(`cards: a market bar has no scaleX() to draw (${transform})`);
		const length = Number(scale[1]);
		const x = Number(tag.attributes.get('x') ?? 0);
		const width = Number(tag.attributes.get('width') ?? 1);
		tag.attributes.set('x', String(length < 0 ? x + length * width : x));
		tag.attributes.set('width', String(Math.abs(length * width)));
		const rest = declarations.filter((d) => d !== transform);
		if (rest.length > 0) tag.attributes.set('style', rest.join('; '));
		else tag.attributes.delete('style');
		return true;
	});
}

export const marketCard: ChartCard<MarketRow[], MarketState> = {
	style: `${BAR_CARD_STYLE}
.group-rule { stroke: var(--ink-muted); stroke-width: 1; }
.heading, .name, .listing, .value { paint-order: stroke; stroke: var(--paper); stroke-width: 3; stroke-linejoin: round; }
.heading { font-weight: 700; fill: var(--ink-muted); letter-spacing: 0.05em; }
.name { font-weight: 700; fill: var(--ink); }
.listing { fill: var(--ink-muted); }
.bar { fill: var(--rise); }
.bar.fall { fill: var(--fall); }
.bar.ytd { fill: var(--bar); }
.value { font-weight: 700; fill: var(--ink); }
`,
	complete: (svg) => drawBarLengths(svg)
};
