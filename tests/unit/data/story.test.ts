/**
 * The copy files: values read by archieml, each step located by its
 * `chart:` line, every problem at the right line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '$lib/data/check';
import { paragraphs } from '$lib/data/story';
import type { StoryData } from '$lib/types';
import { lines } from './helpers';

const FILE = 'data/story.fr.aml';
const FIXTURE = readFileSync('tests/fixtures/data/story.aml', 'utf8');

const DATA: StoryData = {
	datacentres: [],
	capex: [
		{
			year: 2023,
			companies: 'a',
			valueBnUsd: 13,
			estimate: false,
			lowerBound: false,
			source: 'x',
			sourceEn: ''
		},
		{
			year: 2025,
			companies: 'a',
			valueBnUsd: 32,
			estimate: true,
			lowerBound: true,
			source: 'x',
			sourceEn: ''
		}
	],
	market: [
		{
			id: 'alibaba-adr',
			company: 'Alibaba',
			listing: { fr: '', en: '' },
			period: 'day',
			changePct: 9,
			lowerBound: false,
			source: 'x',
			sourceEn: ''
		},
		{
			id: 'ytd',
			company: 'Alibaba',
			listing: { fr: '', en: '' },
			period: 'ytd',
			changePct: 110,
			lowerBound: false,
			source: 'x',
			sourceEn: ''
		},
		{
			id: 'jd',
			company: 'JD.com',
			listing: { fr: '', en: '' },
			period: 'day',
			changePct: 3.6,
			lowerBound: false,
			source: 'x',
			sourceEn: ''
		}
	]
};

describe('a valid copy file', () => {
	const { story, problems } = parseStory(FIXTURE, FILE, DATA, 'fr');

	it('has no problems', () => {
		expect(lines(problems)).toEqual([]);
	});
	it('reads the header keys and the bullet sections as plain text', () => {
		expect(story).toMatchObject({
			lang: 'fr',
			headline: 'Un titre',
			dek: 'Un chapeau',
			byline: 'La rédaction',
			intro: ['Premier paragraphe.', 'Second paragraphe,'],
			outro: ['La fin.'],
			sources: ['Sources : presse économique française.']
		});
	});
	it('locates each step on its chart: line', () => {
		expect(story?.steps.map((step) => step.line)).toEqual([11, 14, 23, 27, 31]);
	});
	it('applies defaults and keeps data order for years, copy order for rows', () => {
		expect(story?.steps.map((step) => step.state)).toEqual([
			{ chart: 'map', focus: 'world', highlight: 'all', annotations: [] },
			{ chart: 'map', focus: 'FR', highlight: 'planned', annotations: [] },
			{ chart: 'capex', years: [2023, 2025] },
			{ chart: 'market', rows: ['jd', 'alibaba-adr'] },
			{ chart: 'market', rows: ['alibaba-adr', 'jd'] }
		]);
	});
	it('splits multi-line text into paragraphs', () => {
		expect(story?.steps[1]?.text).toEqual(['Un texte sur deux lignes.', 'Un second paragraphe.']);
	});
	it('reads the same with CRLF line ends and a BOM', () => {
		const crlf = parseStory(`\uFEFF${FIXTURE.replaceAll('\n', '\r\n')}`, FILE, DATA, 'fr');
		expect(crlf.story).toEqual(story);
	});
	it('skips checks against the data when the data is invalid (null), and keeps listed years', () => {
		const withoutData = parseStory(FIXTURE, FILE, null, 'fr');
		expect(lines(withoutData.problems)).toEqual([]);
		expect(withoutData.story?.steps[2]?.state).toEqual({ chart: 'capex', years: [2025, 2023] });
	});
});

type Case = [behaviour: string, text: string, expected: string[]];
const HEAD = 'headline: H\ndek: D\nbyline: B\n';
const CASES: Case[] = [
	[
		'an empty file misses everything',
		'',
		[
			`${FILE}:1:1: headline: missing (expected a line "headline: …" at the top of the file)`,
			`${FILE}:1:1: dek: missing (expected a line "dek: …" at the top of the file)`,
			`${FILE}:1:1: byline: missing (expected a line "byline: …" at the top of the file)`,
			`${FILE}:1:1: steps: no steps (expected a [steps] section with at least one step starting "chart: map|capex|market", closed by [])`
		]
	],
	[
		'an empty headline is located on its line',
		'headline:\ndek: D\nbyline: B\n[steps]\nchart: map\ntext: t\n[]\n',
		[`${FILE}:1:10: headline: empty (expected the headline after "headline:")`]
	],
	[
		'a [steps] section with no step',
		`${HEAD}[steps]\n[]\n`,
		[
			`${FILE}:4:1: steps: no steps (expected a [steps] section with at least one step starting "chart: map|capex|market", closed by [])`
		]
	],
	[
		'an unknown chart, at the value column',
		`${HEAD}[steps]\nchart: pie\ntext: t\n[]\n`,
		[`${FILE}:5:8: chart: "pie" is not a chart (expected map, capex or market)`]
	],
	[
		'a step without text, at its chart line',
		`${HEAD}[steps]\nchart: map\n\nchart: capex\ntext: t\n[]\n`,
		[
			`${FILE}:5:1: text: missing (expected the step's text after "text:"; end a text of several lines with ":end" on its own line)`
		]
	],
	[
		'an empty text',
		`${HEAD}[steps]\nchart: map\ntext:   \n[]\n`,
		[
			`${FILE}:6:9: text: empty (expected the step's text after "text:"; end a text of several lines with ":end" on its own line)`
		]
	],
	[
		'an unknown focus country suggests codes',
		`${HEAD}[steps]\nchart: map\nfocus: France\ntext: t\n[]\n`,
		[
			`${FILE}:6:8: focus: "France" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean FR?)`
		]
	],
	[
		'an unknown highlight',
		`${HEAD}[steps]\nchart: map\nhighlight: some\ntext: t\n[]\n`,
		[
			`${FILE}:6:12: highlight: "some" is not an allowed value (expected all, existing, planned or none)`
		]
	],
	[
		'a year not in capex.csv, at its own column',
		`${HEAD}[steps]\nchart: capex\nyears: 2023, 2024\ntext: t\n[]\n`,
		[`${FILE}:6:14: years: 2024 is not a year in data/capex.csv (expected 2023 or 2025)`]
	],
	[
		'a year that is not a number',
		`${HEAD}[steps]\nchart: capex\nyears: twenty\ntext: t\n[]\n`,
		[
			`${FILE}:6:8: years: "twenty" is not a year (expected years from data/capex.csv separated by commas, e.g. 2023, 2025)`
		]
	],
	[
		'an unknown market row',
		`${HEAD}[steps]\nchart: market\nrows: jd,  tencent\ntext: t\n[]\n`,
		[
			`${FILE}:6:12: rows: "tencent" is not an id in data/market.csv (expected ids separated by commas, among alibaba-adr, ytd or jd)`
		]
	],
	[
		'a key that belongs to another chart is a warning',
		`${HEAD}[steps]\nchart: capex\nfocus: FR\ntext: t\n[]\n`,
		[
			`${FILE}:6:8: focus: warning: ignored: a capex step does not use focus (expected years or text)`
		]
	],
	[
		'an unknown top-level key is a warning',
		`${HEAD}title: T\n[steps]\nchart: map\ntext: t\n[]\n`,
		[
			`${FILE}:4:8: title: warning: ignored: not a key this file uses (expected headline, dek, byline or date at the top, then the sections [intro], [steps], [outro], [sources])`
		]
	],
	[
		'a key before the first chart: in [steps]',
		`${HEAD}[steps]\ntext: t\nchart: map\ntext: u\n[]\n`,
		[
			`${FILE}:5:7: text: comes before any "chart:" in [steps] (expected each step to start with "chart: map|capex|market")`
		]
	],
	[
		'a row listed twice is a warning',
		`${HEAD}[steps]\nchart: market\nrows: jd, jd\ntext: t\n[]\n`,
		[`${FILE}:6:11: rows: warning: "jd" is listed twice (shown once)`]
	],
	[
		'lines inside :skip … :endskip are ignored',
		`${HEAD}:skip\nwhatever: x\n:endskip\n[steps]\nchart: map\ntext: t\n[]\n`,
		[]
	],
	[
		"the second step's problem names the second chart line",
		`${HEAD}[steps]\nchart: map\ntext: a\n\nchart: map\nfocus: XX\ntext: b\n[]\n`,
		[
			`${FILE}:9:8: focus: "XX" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean AX, MX or SX?)`
		]
	]
];

describe('copy problems are located', () => {
	it.each(CASES)('%s', (_behaviour, text, expected) => {
		const result = parseStory(text, FILE, DATA, 'fr');
		expect(lines(result.problems)).toEqual(expected);
		const errors = expected.some((line) => !line.includes(': warning: '));
		expect(result.story === null).toBe(errors);
	});
});

describe('paragraphs', () => {
	const CASES: [string, string[]][] = [
		['', []],
		['   ', []],
		['one', ['one']],
		['one\ntwo', ['one two']],
		['one\n\ntwo', ['one', 'two']],
		['  one  \n \n\n two ', ['one', 'two']],
		['<b>not html</b>', ['<b>not html</b>']]
	];
	it.each(CASES)('splits %j on blank lines', (text, expected) => {
		expect(paragraphs(text)).toEqual(expected);
	});
});
