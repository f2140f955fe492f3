/**
 * The map's text kept inside its panel, as numbers: label boxes on each side
 * of an anchor, the nudge that brings a box inside, the size of an
 * annotation's box, and where an annotation goes (inside the panel, clear of
 * the others and of countries' shapes, with a leader only when set apart).
 */
import { describe, expect, it } from 'vitest';
import {
	CALLOUT_FONT_PX,
	CALLOUT_GAP_PX,
	CALLOUT_MAX_FRAME_SHARE,
	CALLOUT_MAX_WIDTH_PX,
	CALLOUT_PADDING_PX,
	calloutSize,
	labelBox,
	LABEL_GAP_PX,
	nudgeInside,
	overlap,
	placeCallout,
	shift
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
