/** Which dropped files the preview page takes, and the located problem for each one it refuses. */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, sortDropped } from '$lib/preview/files';
import { formatProblem } from '$lib/data/problems';

const PATHS = ['data/datacenters.csv', 'data/capex.csv', 'data/story.fr.aml'];

describe('sortDropped', () => {
	it('takes a file of a known name, in any case, for its namesake', () => {
		expect(
			sortDropped(
				[
					{ name: 'capex.csv', size: 10 },
					{ name: 'Story.FR.aml', size: 10 }
				],
				PATHS
			)
		).toEqual({
			accepted: [
				{ index: 0, path: 'data/capex.csv' },
				{ index: 1, path: 'data/story.fr.aml' }
			],
			refused: []
		});
	});

	it('takes the later of two files of one name', () => {
		const sorted = sortDropped(
			[
				{ name: 'capex.csv', size: 10 },
				{ name: 'capex.csv', size: 20 }
			],
			PATHS
		);
		expect(sorted.accepted).toEqual([{ index: 1, path: 'data/capex.csv' }]);
	});

	it.each([
		[
			'an unknown name, listing the names it expects',
			{ name: 'notes.csv', size: 10 },
			'notes.csv:1:1: not a file of the story (expected one of datacenters.csv, capex.csv, story.fr.aml, named exactly so)'
		],
		[
			'a browser’s renamed download',
			{ name: 'capex (1).csv', size: 10 },
			'capex (1).csv:1:1: not a file of the story (expected one of datacenters.csv, capex.csv, story.fr.aml, named exactly so)'
		],
		[
			'a workbook, even of a known name, saying to save it as CSV',
			{ name: 'capex.xlsx', size: 10 },
			'capex.xlsx:1:1: a spreadsheet workbook, not a CSV file (expected the sheet saved as CSV: in Excel, File › Save As, type "CSV UTF-8"; in Google Sheets, File › Download › Comma-separated values)'
		],
		[
			'a file over the limit, at its namesake’s place',
			{ name: 'datacenters.csv', size: 52_428_800 },
			'data/datacenters.csv:1:1: file too large: 52.4 MB (expected at most 10 MB; is it the right file?)'
		]
	])('refuses %s', (_name, file, line) => {
		const sorted = sortDropped([file], PATHS);
		expect(sorted.accepted).toEqual([]);
		expect(sorted.refused.map(formatProblem)).toEqual([line]);
	});

	it('takes a file of exactly the limit', () => {
		expect(sortDropped([{ name: 'capex.csv', size: MAX_FILE_BYTES }], PATHS).refused).toEqual([]);
	});
});
