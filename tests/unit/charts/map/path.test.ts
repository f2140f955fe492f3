import { describe, expect, it } from 'vitest';
import { relativePath } from '$lib/charts/map/path';

/** Reads a relative path back to absolute points, to check nothing drifts. */
function absolutePoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	let x = 0;
	let y = 0;
	let start: [number, number] = [0, 0];
	for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
		if (command === 'z') {
			[x, y] = start;
			continue;
		}
		const [dx, dy] = (args ?? '').match(/-?(\d*\.)?\d+/g)!.map(Number) as [number, number];
		x = Math.round((x + dx) * 10) / 10 + 0;
		y = Math.round((y + dy) * 10) / 10 + 0;
		if (command === 'm') start = [x, y];
		points.push([x, y]);
	}
	return points;
}

describe('relativePath', () => {
	it.each([
		['an empty path', '', ''],
		['one segment', 'M10,20L10.5,19.5', 'm10,20l.5-.5'],
		[
			'a closed ring, then a ring that starts relative to the first one’s start',
			'M1,1L2,1L2,2ZM5,5L6,5Z',
			'm1,1l1,0l0,1zm4,4l1,0z'
		],
		['negative and zero coordinates', 'M-3.2,0L0,-0.1', 'm-3.2,0l3.2-.1'],
		[
			'coordinates with more decimals than asked, rounded first',
			'M0.04,0.06L0.16,0.14',
			'm0,.1l.2,0'
		]
	])('writes %s', (_, absolute, relative) => {
		expect(relativePath(absolute, 1)).toBe(relative);
	});

	it('keeps every point where it was, to the digit, along a long ring (no drift)', () => {
		// `+ 0` turns -0 into 0, which the decoder cannot tell apart
		const points = Array.from({ length: 500 }, (_, i) => [
			Math.round(i * 13.7) / 10 + 0,
			Math.round(Math.sin(i) * 1000) / 10 + 0
		]);
		const absolute = `M${points.map((p) => p.join(',')).join('L')}Z`;
		expect(absolutePoints(relativePath(absolute, 1))).toEqual(points);
	});

	it('writes a coastline’s small steps in fewer characters than their absolute points', () => {
		const absolute =
			'M605,90.3L604.9,90L604.7,89.5L604.7,89.3L604.7,88.9L604.8,88.6L604.8,88.3L604.7,87.9Z';
		expect(relativePath(absolute, 1)).toBe('m605,90.3l-.1-.3l-.2-.5l0-.2l0-.4l.1-.3l0-.3l-.1-.4z');
		expect(relativePath(absolute, 1).length).toBeLessThan(absolute.length * 0.75);
	});

	it.each([
		['a curve command', 'M0,0C1,1,2,2,3,3'],
		['an arc (d3 writes one for a point)', 'M0,0a4.5,4.5 0 1,1 0,-9'],
		['a point that is not a number', 'M0,0LNaN,1'],
		['a point with one coordinate', 'M0,0L1']
	])('rejects %s', (_, absolute) => {
		expect(() => relativePath(absolute, 1)).toThrow(/relativePath/);
	});
});
