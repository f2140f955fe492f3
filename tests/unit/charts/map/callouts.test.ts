/**
 * The map's text kept inside its panel, as numbers: label boxes on each side
 * of an anchor, the nudge that brings a box inside, the size of an
 * annotation's box, and where an annotation goes (inside the panel, clear of
 * the others and of countries' shapes, with a leader only when set apart),
 * and where countries' names go (inside the panel, never over each other).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	CALLOUT_FONT_PX,
	CALLOUT_GAP_PX,
	CALLOUT_MAX_FRAME_SHARE,
	CALLOUT_MAX_WIDTH_PX,
	CALLOUT_PADDING_PX,
	calloutSize,
	labelBox,
	LABEL_EDGE_MARGIN_PX,
	LABEL_GAP_PX,
	LABEL_MAX_DRIFT_PX,
	labelSize,
	nudgeInside,
	overlap,
	placeCallout,
	placeLabels,
	shift,
	type LabelRequest,
	type PlacedLabel
} from '$lib/charts/map/callouts';
import { estimateTextWidth } from '$lib/charts/shared/bars';
import type { Bounds, LabelSide } from '$lib/charts/map/layout';

const PANEL: Bounds = [
	[0, 0],
	[366, 300]
];

function within(box: Bounds, bounds: Bounds): boolean {
	return (
		box[0][0] >= bounds[0][0] - 1e-9 &&
		box[0][1] >= bounds[0][1] - 1e-9 &&
		box[1][0] <= bounds[1][0] + 1e-9 &&
		box[1][1] <= bounds[1][1] + 1e-9
	);
}

describe('labelBox', () => {
	it.each<[LabelSide, Bounds]>([
		[
			'right',
			[
				[100 + LABEL_GAP_PX, 45],
				[100 + LABEL_GAP_PX + 40, 55]
			]
		],
		[
			'left',
			[
				[100 - LABEL_GAP_PX - 40, 45],
				[100 - LABEL_GAP_PX, 55]
			]
		],
		[
			'above',
			[
				[80, 50 - LABEL_GAP_PX - 10],
				[120, 50 - LABEL_GAP_PX]
			]
		],
		[
			'below',
			[
				[80, 50 + LABEL_GAP_PX],
				[120, 50 + LABEL_GAP_PX + 10]
			]
		]
	])('puts a %s label where the CSS does', (side, expected) => {
		expect(labelBox([100, 50], side, 40, 10)).toEqual(expected);
	});
});

describe('nudgeInside', () => {
	it.each<[string, Bounds, { dx: number; dy: number }]>([
		[
			'inside',
			[
				[10, 10],
				[50, 30]
			],
			{ dx: 0, dy: 0 }
		],
		[
			'past the bottom (France under the Netherlands)',
			[
				[100, 290],
				[150, 306]
			],
			{ dx: 0, dy: -6 }
		],
		[
			'past the left and the top',
			[
				[-20, -5],
				[30, 10]
			],
			{ dx: 20, dy: 5 }
		],
		[
			'past the right',
			[
				[340, 100],
				[400, 116]
			],
			{ dx: -34, dy: 0 }
		]
	])('moves a box %s just inside', (_, box, expected) => {
		const nudge = nudgeInside(box, PANEL);
		expect(nudge.dx).toBeCloseTo(expected.dx, 9);
		expect(nudge.dy).toBeCloseTo(expected.dy, 9);
		expect(within(shift(box, nudge), PANEL)).toBe(true);
	});

	it('keeps the top left corner of a box larger than the bounds inside', () => {
		const box: Bounds = [
			[-10, 20],
			[400, 40]
		];
		expect(nudgeInside(box, PANEL)).toEqual({ dx: 10, dy: 0 });
	});
});

describe('calloutSize', () => {
	const label = 'Régulateur : achats de puces Nvidia interdits (selon la presse)';

	it('wraps the label to a narrow box on a phone, the country’s name as its first line', () => {
		const size = calloutSize('Chine', label, 366);
		expect(size.width).toBeLessThanOrEqual(366 * CALLOUT_MAX_FRAME_SHARE + 1e-9);
		expect(size.lines.length).toBeGreaterThan(1);
		expect(size.lines.join(' ')).toBe(label);
		const lineHeight = size.height - 2 * CALLOUT_PADDING_PX;
		expect(lineHeight / (size.lines.length + 1)).toBeCloseTo(CALLOUT_FONT_PX * 1.3, 9);
		for (const line of size.lines)
			expect(estimateTextWidth(line, CALLOUT_FONT_PX)).toBeLessThanOrEqual(
				size.width - 2 * CALLOUT_PADDING_PX + 1e-9
			);
	});

	it('stays within CALLOUT_MAX_WIDTH_PX on a wide frame, and no wider than a short label needs', () => {
		const long = calloutSize('Chine', label, 1280);
		expect(long.width).toBeLessThanOrEqual(CALLOUT_MAX_WIDTH_PX);
		expect(long.lines.length).toBeLessThan(calloutSize('Chine', label, 300).lines.length);
		const short = calloutSize('Chine', 'Qwen', 1280);
		expect(short.width).toBe(
			estimateTextWidth('Chine', CALLOUT_FONT_PX, 'bold') + 2 * CALLOUT_PADDING_PX
		);
		expect(short.lines).toEqual(['Qwen']);
	});
});

describe('placeCallout', () => {
	const size = { width: 150, height: 60 };

	it('sits right beside an anchor with room, with no leader', () => {
		const placed = placeCallout([60, 150], size, PANEL);
		expect(placed.side).toBe('right');
		expect(placed.box[0][0]).toBe(60 + CALLOUT_GAP_PX);
		expect(placed.leader).toBeUndefined();
	});

	it.each<[string, [number, number]]>([
		['near the right edge', [350, 150]],
		['near the bottom right corner', [360, 295]],
		['near the top left corner', [2, 3]]
	])('stays inside the panel for an anchor %s', (_, anchor) => {
		const placed = placeCallout(anchor, size, PANEL);
		expect(within(placed.box, PANEL)).toBe(true);
	});

	it('keeps clear of a box placed before it', () => {
		const first = placeCallout([100, 150], size, PANEL).box;
		const second = placeCallout([150, 200], size, PANEL, {
			boxes: [first],
			shapes: [],
			anchors: [[100, 150]]
		});
		expect(overlap(first, second.box)).toBe(0);
		expect(within(second.box, PANEL)).toBe(true);
	});

	it('moves off its own country’s shape, with a leader back to its dot', () => {
		const country: Bounds = [
			[20, 100],
			[260, 200]
		];
		const placed = placeCallout(
			[140, 150],
			size,
			PANEL,
			{
				boxes: [],
				shapes: [country],
				anchors: []
			},
			country
		);
		expect(overlap(placed.box, country)).toBe(0);
		expect(within(placed.box, PANEL)).toBe(true);
		expect(placed.leader).toBeDefined();
		// the leader runs from the dot to the nearest point of the box
		const { length, angle } = placed.leader!;
		const end: [number, number] = [
			140 + length * Math.cos((angle * Math.PI) / 180),
			150 + length * Math.sin((angle * Math.PI) / 180)
		];
		expect(end[0]).toBeGreaterThanOrEqual(placed.box[0][0] - 1e-6);
		expect(end[0]).toBeLessThanOrEqual(placed.box[1][0] + 1e-6);
		expect(end[1]).toBeGreaterThanOrEqual(placed.box[0][1] - 1e-6);
		expect(end[1]).toBeLessThanOrEqual(placed.box[1][1] + 1e-6);
	});

	it('fits a box as large as the panel at the panel’s top left corner', () => {
		const placed = placeCallout([180, 150], { width: 366, height: 300 }, PANEL);
		expect(placed.box).toEqual(PANEL);
	});
});

describe('placeLabels', () => {
	const inner: Bounds = [
		[PANEL[0][0] + LABEL_EDGE_MARGIN_PX, PANEL[0][1] + LABEL_EDGE_MARGIN_PX],
		[PANEL[1][0] - LABEL_EDGE_MARGIN_PX, PANEL[1][1] - LABEL_EDGE_MARGIN_PX]
	];
	const name = (spot: [number, number], side: LabelSide, text: string): LabelRequest => ({
		spot,
		side,
		...labelSize(text)
	});
	/** The nearest a placed box comes to its spot, px. */
	const drift = ({ box }: PlacedLabel, [x, y]: [number, number]): number =>
		Math.hypot(
			Math.min(box[1][0], Math.max(box[0][0], x)) - x,
			Math.min(box[1][1], Math.max(box[0][1], y)) - y
		);

	function expectClear(requests: LabelRequest[], placed: (PlacedLabel | undefined)[]): void {
		expect(placed).toHaveLength(requests.length);
		placed.forEach((label, i) => {
			if (!label) return;
			expect(within(label.box, inner), `label ${i} inside`).toBe(true);
			expect(drift(label, requests[i]!.spot)).toBeLessThanOrEqual(LABEL_MAX_DRIFT_PX + 1e-9);
			placed.slice(i + 1).forEach((other, j) => {
				if (other) expect(overlap(label.box, other.box), `labels ${i} and ${i + 1 + j}`).toBe(0);
			});
		});
	}

	it('leaves a name with room where its own side puts it', () => {
		const request = name([100, 150], 'right', 'France');
		const [placed] = placeLabels([request], PANEL);
		expect(placed).toEqual({
			side: 'right',
			box: labelBox(request.spot, 'right', request.width, request.height)
		});
	});

	it.each<LabelSide>(['right', 'left', 'above', 'below'])(
		'writes two names on the same spot (%s) apart, both shown',
		(side) => {
			const requests = [name([183, 150], side, 'United States'), name([183, 150], side, 'France')];
			const placed = placeLabels(requests, PANEL);
			expect(placed.every((p) => p !== undefined)).toBe(true);
			expectClear(requests, placed);
		}
	);

	it('moves the second of two overlapping names, the first keeping its place and side', () => {
		// United States written rightwards runs into France written below its spot: the 320 px world view
		const requests = [name([40, 80], 'right', 'United States'), name([120, 80], 'below', 'France')];
		const placed = placeLabels(requests, PANEL);
		expect(placed[0]).toEqual({
			side: 'right',
			box: labelBox([40, 80], 'right', requests[0]!.width, requests[0]!.height)
		});
		expect(placed[1]).toBeDefined();
		expectClear(requests, placed);
	});

	it.each<[string, [number, number], LabelSide]>([
		['the left edge', [0, 150], 'left'],
		['the right edge', [366, 150], 'right'],
		['the top edge', [183, 0], 'above'],
		['the bottom edge', [183, 300], 'below'],
		['the top left corner', [0, 0], 'left'],
		['the top right corner', [366, 0], 'above'],
		['the bottom left corner', [0, 300], 'below'],
		['the bottom right corner', [366, 300], 'right']
	])('keeps a name whose spot is on %s inside the panel, clear of the edge', (_, spot, side) => {
		const requests = [name(spot, side, 'Netherlands')];
		const placed = placeLabels(requests, PANEL);
		expect(placed[0]).toBeDefined();
		expectClear(requests, placed);
	});

	it('hides a name wider than the panel rather than let it out', () => {
		const requests = [
			name([100, 100], 'right', 'A country name far longer than any panel is wide')
		];
		expect(placeLabels(requests, PANEL)).toEqual([undefined]);
	});

	it('hides a name with no room near its spot rather than write it over another', () => {
		// a panel one line high, too narrow for two names side by side
		const { width, height } = labelSize('Brazil');
		const strip: Bounds = [
			[0, 0],
			[1.5 * width + 2 * LABEL_EDGE_MARGIN_PX, height + 2 * LABEL_EDGE_MARGIN_PX]
		];
		const requests = [name([50, 12], 'above', 'Brazil'), name([50, 12], 'above', 'France')];
		const placed = placeLabels(requests, strip);
		expect(placed[0]).toBeDefined();
		expect(placed[1]).toBeUndefined();
	});

	it('places any crowd of names inside the panel, none over another', () => {
		const sides: LabelSide[] = ['right', 'left', 'above', 'below'];
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.double({ min: -20, max: 386, noNaN: true }),
						y: fc.double({ min: -20, max: 320, noNaN: true }),
						side: fc.constantFrom(...sides),
						text: fc.string({ minLength: 1, maxLength: 24 })
					}),
					{ maxLength: 12 }
				),
				(rows) => {
					const requests = rows.map((r) => name([r.x, r.y], r.side, r.text));
					expectClear(requests, placeLabels(requests, PANEL));
				}
			)
		);
	});
});
