import { describe, expect, it } from 'vitest';
import { activeStepIndex, triggerFraction, type StepBox } from '$lib/scroll/position';

/** three steps 500 px tall, 100 px apart, the first starting `offset` px below the viewport's top */
function column(offset: number): StepBox[] {
	return [0, 1, 2].map((i) => ({ top: offset + i * 600, bottom: offset + i * 600 + 500 }));
}

describe('activeStepIndex', () => {
	it.each([
		['before the first step reaches the line', 900, 400, 0],
		['first step on the line', 400, 400, 0],
		['first step just past the line', 399, 400, 0],
		['second step crosses the line', -201, 400, 1],
		['in the gap between steps', -150, 400, 0],
		['flung far past the end', -100_000, 400, 2],
		['last step exactly on the line', -800, 400, 2]
	])('%s', (_name, offset, line, expected) => {
		expect(activeStepIndex(column(offset), line)).toBe(expected);
	});

	it('returns 0 when there are no steps', () => {
		expect(activeStepIndex([], 400)).toBe(0);
	});

	it('picks the later step when two tops tie on the line', () => {
		expect(
			activeStepIndex(
				[
					{ top: 10, bottom: 20 },
					{ top: 10, bottom: 20 }
				],
				10
			)
		).toBe(1);
	});
});

describe('triggerFraction', () => {
	it.each([
		[320, 0.8],
		[390, 0.8],
		[959, 0.8],
		[960, 0.5],
		[1280, 0.5]
	])('at %s px wide the line sits at %s of the height', (width, expected) => {
		expect(triggerFraction(width)).toBe(expected);
	});
});
