/**
 * How a card draws the capex chart: its component's SVG as drawn, with the
 * colours of Chart.svelte's styles written for resvg (hatched estimates
 * included; their pattern is in the SVG itself).
 */
import type { ChartCard } from '../spec.ts';
import { BAR_CARD_STYLE } from '../shared/card.ts';
import type { CapexRow } from './row.ts';
import type { CapexState } from './state.ts';

export const capexCard: ChartCard<CapexRow[], CapexState> = {
	style: `${BAR_CARD_STYLE}
.bar { fill: var(--bar); }
.bar.estimate { stroke: var(--bar); stroke-width: 1.5; }
.hatch-ground { fill: var(--bar-muted); }
.hatch-line { stroke: var(--bar); stroke-width: 3; }
.value { paint-order: stroke; stroke: var(--paper); stroke-width: 3; stroke-linejoin: round; font-weight: 700; fill: var(--ink); }
.note { font-weight: 400; font-style: italic; fill: var(--ink-muted); }
.category { fill: var(--ink); }
`
};
