import { describe, expect, it } from 'vitest';
import { stepAfterMove, stepMove, type KeyPress } from '$lib/scroll/keys';
import type { StepBox } from '$lib/scroll/position';

const press = (key: string, held: Partial<KeyPress> = {}): KeyPress => ({
	key,
	shiftKey: false,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...held
});

describe('stepMove', () => {
	it.each<[string, Partial<KeyPress>, 1 | -1 | null]>([
		['PageDown', {}, 1],
		['ArrowDown', {}, 1],
		[' ', {}, 1],
		['PageUp', {}, -1],
		['ArrowUp', {}, -1],
		[' ', { shiftKey: true }, -1],
		['PageDown', { shiftKey: true }, null],
		['ArrowUp', { shiftKey: true }, null],
		['PageDown', { altKey: true }, null],
		[' ', { ctrlKey: true }, null],
		['ArrowDown', { metaKey: true }, null],
		['End', {}, null],
		['Home', {}, null],
		['ArrowRight', {}, null],
		['Tab', {}, null],
		['Enter', {}, null]
	])('reads %j with %j as %s', (key, held, move) => {
		expect(stepMove(press(key, held))).toBe(move);
	});
});

/** four steps 500 px tall, 100 px apart, the first starting `offset` px below the viewport's top */
function column(offset: number): StepBox[] {
	return [0, 1, 2, 3].map((i) => ({ top: offset + i * 600, bottom: offset + i * 600 + 500 }));
}
const LINE = 400;

describe('stepAfterMove', () => {
	it.each<[string, number, 1 | -1, number | null]>([
		['on the first step, forward', 0, 1, 1],
		['on the first step, back: to the intro, as the browser scrolls', 0, -1, null],
		['on the second step, back', -600 + 100, -1, 0],
		['on the third step, forward', -1200 + 100, 1, 3],
		['on the last step, forward: on to the text after', -1800 + 100, 1, null],
		['on the last step, back', -1800 + 100, -1, 2],
		['in the gap after the second step, forward', -600 - 150, 1, 2],
		['before the steps reach the line', 401, 1, null],
		['after the last step has left the line', -1800 - 100, -1, null],
		['the first step exactly on the line', 400, 1, 1]
	])('%s', (_name, offset, move, target) => {
		expect(stepAfterMove(column(offset), LINE, move, null)).toBe(target);
	});

	it('counts on from the step an earlier press leads to, wherever the page is on its way', () => {
		expect(stepAfterMove(column(0), LINE, 1, 2)).toBe(3);
		expect(stepAfterMove(column(0), LINE, -1, 2)).toBe(1);
		expect(stepAfterMove(column(0), LINE, 1, 3)).toBeNull();
		// still above the steps, heading into them
		expect(stepAfterMove(column(900), LINE, 1, 0)).toBe(1);
	});

	it('leaves the page to the browser without steps', () => {
		expect(stepAfterMove([], LINE, 1, null)).toBeNull();
	});
});
