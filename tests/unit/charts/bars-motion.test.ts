import { describe, expect, it } from 'vitest';
import { frameInterpolator, type Frame } from '$lib/charts/bars-motion';

const grow = frameInterpolator(
	() => true,
	(mark) => ({ ...mark, height: 0 })
);
const still = frameInterpolator(
	() => false,
	(mark) => ({ ...mark, height: 0 })
);

const A: Frame = { state: '2023', marks: { a: { y: 100, height: 50 }, b: { y: 150, height: 0 } } };
const B: Frame = { state: '2023,2025', marks: { a: { y: 100, height: 50 }, b: { y: 30, height: 120 } } };

describe('frameInterpolator', () => {
	it('moves every number linearly between two states', () => {
		const at = grow(A, B);
		expect(at(0)).toEqual({ state: B.state, marks: A.marks });
		expect(at(1)).toEqual(B);
		expect(at(0.5).marks.b).toEqual({ y: 90, height: 60 });
	});

	it('snaps when only the size changed (same state)', () => {
		const resized: Frame = { state: A.state, marks: { a: { y: 80, height: 70 }, b: { y: 150, height: 0 } } };
		expect(grow(A, resized)(0)).toEqual(resized);
	});

	it('snaps when motion is not wanted', () => {
		expect(still(A, B)(0)).toEqual(B);
	});

	it('starts a new mark from its entry geometry and drops a leaving one', () => {
		const from: Frame = { state: 'x', marks: { gone: { y: 1, height: 1 } } };
		const to: Frame = { state: 'y', marks: { fresh: { y: 40, height: 20 } } };
		const at = grow(from, to);
		expect(at(0).marks).toEqual({ fresh: { y: 40, height: 0 } });
		expect(at(0.25).marks).toEqual({ fresh: { y: 40, height: 5 } });
	});

	it.each([
		['no marks on either side', { state: 'a', marks: {} }, { state: 'b', marks: {} }],
		['a property missing in the start', { state: 'a', marks: { m: {} } }, { state: 'b', marks: { m: { y: 3 } } }]
	] as const)('keeps numbers finite with %s', (_name, from, to) => {
		const frame = grow(from, to)(0.5);
		for (const mark of Object.values(frame.marks)) for (const n of Object.values(mark)) expect(Number.isFinite(n)).toBe(true);
	});
});
