/** The files the dev server's data watch reacts to. */
import { describe, expect, it } from 'vitest';
import { isDataFile } from '$lib/data/vite-plugin';

describe('isDataFile', () => {
	const CASES: [string, boolean][] = [
		['/p/data/capex.csv', true],
		['/p/data/story.fr.aml', true],
		['/p/data/README.md', false],
		['/p/data/~$capex.csv', false],
		['/p/data/.~lock.capex.csv#', false],
		['/p/data/.capex.csv.swp', false]
	];
	it.each(CASES)('%s → %s', (path, expected) => {
		expect(isDataFile(path)).toBe(expected);
	});
});
