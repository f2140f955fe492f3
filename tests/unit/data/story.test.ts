/**
 * The copy files: values read by archieml, each step located by its
 * `chart:` line, every problem at the right line and column, the chart
 * named by a step looked up in the registry. Each chart's own keys are
 * tested with its copy parser (tests/unit/charts/<name>/copy.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs, parseStory, scanCopy } from '$lib/data/story';
import { CHART_NAMES, CHARTS } from '$lib/charts/registry';
import { listOr } from '$lib/data/problems';
import { lines } from '../support/bytes';
import { expectLocated, PROPERTY_TIMEOUT_MS } from '../support/arbitrary';
import { fixtureData, fixtureText } from '../support/fixtures';

const FILE = 'data/story.fr.aml';
const FIXTURE = fixtureText('data/story.fr.aml');
const DATA = fixtureData();

describe('a valid copy file', () => {
	const { story, problems } = parseStory(FIXTURE, FILE, DATA, 'fr');

	it('has no problems', () => {
		expect(lines(problems)).toEqual([]);
	});
	it('reads the header keys and the bullet sections as plain text, not typeset', () => {
		expect(story).toMatchObject({
			lang: 'fr',
			headline: "Un titre d'essai : trois pays",
			dek: 'Un chapeau pour les tests',
			byline: 'Le desk des tests',
			intro: ['Premier paragraphe.', 'Second paragraphe,'],
			outro: ['La fin.'],
			sources: ["Sources : données d'essai."]
		});
	});
	it('locates each step on its chart: line', () => {
		expect(story?.steps.map((step) => step.line)).toEqual([11, 14, 23, 28, 32, 35, 39, 43]);
	});
	it('applies defaults, accepts a focus on a country without data centres, keeps data order for years and copy order for rows', () => {
		expect(story?.steps.map((step) => step.state)).toEqual([
			{ chart: 'map', focus: 'world', highlight: 'all' },
			{ chart: 'map', focus: 'CN', highlight: 'planned' },
			{ chart: 'map', focus: 'DE', highlight: 'existing' },
			{ chart: 'capex', years: [2022, 2026] },
			{ chart: 'capex', years: [2022, 2024, 2026] },
			{ chart: 'market', rows: ['baidu', 'baba-hk'] },
			{ chart: 'market', rows: ['baba-hk', 'baba-ytd'] },
			{ chart: 'market', rows: ['baba-hk', 'baidu', 'tencent'] }
		]);
	});
	it('splits multi-line text into paragraphs', () => {
		expect(story?.steps[1]?.text).toEqual([
			'Un gros plan sur un pays sans centre de données.',
			'Un second paragraphe.'
		]);
	});
	it('reads the same with CRLF line ends and a BOM', () => {
		const crlf = parseStory(`\uFEFF${FIXTURE.replaceAll('\n', '\r\n')}`, FILE, DATA, 'fr');
		expect(crlf.story).toEqual(story);
	});
	it('reads the same with old Mac line ends', () => {
		expect(parseStory(FIXTURE.replaceAll('\n', '\r'), FILE, DATA, 'fr').story).toEqual(story);
	});
	it('skips checks against the data when the data is invalid (null), and keeps listed years', () => {
		const withoutData = parseStory(FIXTURE, FILE, null, 'fr');
		expect(lines(withoutData.problems)).toEqual([]);
		expect(withoutData.story?.steps[3]?.state).toEqual({ chart: 'capex', years: [2026, 2022] });
		// with no rows to take defaults from, a step that names none shows none
		expect(withoutData.story?.steps[4]?.state).toEqual({ chart: 'capex', years: [] });
	});
	it('checks a chart’s keys against its own file only when that file is valid', () => {
		const partial = parseStory(FIXTURE, FILE, { capex: DATA.capex }, 'fr');
		expect(lines(partial.problems)).toEqual([]);
		expect(partial.story?.steps[7]?.state).toEqual({ chart: 'market', rows: [] });
	});
	it('reads the English copy as English', () => {
		const en = parseStory(fixtureText('data/story.en.aml'), 'data/story.en.aml', DATA, 'en');
		expect(lines(en.problems)).toEqual([]);
		expect(en.story?.lang).toBe('en');
		expect(en.story?.steps.map((step) => step.state.chart)).toEqual([
			'map',
			'map',
			'capex',
			'market'
		]);
	});
});

type Case = [behaviour: string, text: string, expected: string[]];
const HEAD = 'headline: H\ndek: D\nbyline: B\n';
/** What a step must start with, from the registry: `chart: map|capex|market`. */
const START = `chart: ${CHART_NAMES.join('|')}`;
const CASES: Case[] = [
	[
		'an empty file misses everything',
		'',
		[
			`${FILE}:1:1: headline: missing (expected a line "headline: …" at the top of the file)`,
			`${FILE}:1:1: dek: missing (expected a line "dek: …" at the top of the file)`,
			`${FILE}:1:1: byline: missing (expected a line "byline: …" at the top of the file)`,
			`${FILE}:1:1: steps: no steps (expected a [steps] section with at least one step starting "${START}", closed by [])`
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
			`${FILE}:4:1: steps: no steps (expected a [steps] section with at least one step starting "${START}", closed by [])`
		]
	],
	[
		'an unknown chart, at the value column, listing the registry’s charts',
		`${HEAD}[steps]\nchart: pie\ntext: t\n[]\n`,
		[`${FILE}:5:8: chart: "pie" is not a chart (expected ${listOr(CHART_NAMES)})`]
	],
	[
		'an empty chart',
		`${HEAD}[steps]\nchart:\ntext: t\n[]\n`,
		[`${FILE}:5:7: chart: empty, which is not a chart (expected ${listOr(CHART_NAMES)})`]
	],
	['a chart name in capitals', `${HEAD}[steps]\nchart: MAP\ntext: t\n[]\n`, []],
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
			`${FILE}:4:8: title: warning: ignored: not a key this file uses (expected headline, dek or byline at the top, then the sections [intro], [steps], [outro], [sources])`
		]
	],
	[
		'a key before the first chart: in [steps]',
		`${HEAD}[steps]\ntext: t\nchart: map\ntext: u\n[]\n`,
		[
			`${FILE}:5:7: text: comes before any "chart:" in [steps] (expected each step to start with "${START}")`
		]
	],
	[
		'lines inside :skip … :endskip are ignored',
		`${HEAD}:skip\nwhatever: x\n:endskip\n[steps]\nchart: map\ntext: t\n[]\n`,
		[]
	],
	[
		'lines after :ignore are ignored',
		`${HEAD}[steps]\nchart: map\ntext: t\n[]\n:ignore\nchart: pie\n`,
		[]
	],
	[
		"the second step's problem names the second chart line",
		`${HEAD}[steps]\nchart: map\ntext: a\n\nchart: map\nfocus: XX\ntext: b\n[]\n`,
		[
			`${FILE}:9:8: focus: "XX" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean AX, MX or SX?)`
		]
	],
	[
		'a chart’s key checked against its data, located in the copy',
		`${HEAD}[steps]\nchart: market\nrows: baidu,  jd\ntext: t\n[]\n`,
		[
			`${FILE}:6:15: rows: "jd" is not an id in data/market.csv (expected ids separated by commas, among baba-hk, baidu, tencent or baba-ytd)`
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

	it('lists every chart of the registry as a chart a step may name', () => {
		const message = parseStory(`${HEAD}[steps]\nchart: pie\ntext: t\n[]\n`, FILE, DATA, 'fr')
			.problems[0]?.message;
		for (const chart of CHARTS) expect(message).toContain(chart.name);
		for (const chart of CHARTS) {
			const step = parseStory(
				`${HEAD}[steps]\nchart: ${chart.name}\ntext: t\n[]\n`,
				FILE,
				DATA,
				'fr'
			);
			expect(lines(step.problems)).toEqual([]);
			expect(step.story?.steps[0]?.state).toEqual({
				chart: chart.name,
				...chart.defaults(DATA[chart.name] as never)
			});
		}
	});

	it('warns about a key of another chart by listing the keys of the step’s own chart', () => {
		for (const chart of CHARTS) {
			const result = parseStory(
				`${HEAD}[steps]\nchart: ${chart.name}\nweight: 3\ntext: t\n[]\n`,
				FILE,
				DATA,
				'fr'
			);
			expect(lines(result.problems)).toEqual([
				`${FILE}:6:9: weight: warning: ignored: a ${chart.name} step does not use weight (expected ${listOr([...chart.keys, 'text'])})`
			]);
		}
	});
});

describe('scanCopy', () => {
	it('locates top keys, sections, steps and their keys, with the column where each value starts', () => {
		const scan = scanCopy(
			'headline:  H\n\n[intro]\n* p\n[]\n[steps]\nfocus: FR\nchart: map\n  focus:\tNL\ntext:\n[]\n'
		);
		expect(scan.top).toEqual([{ key: 'headline', value: 'H', line: 1, column: 12 }]);
		expect([...scan.sections]).toEqual([
			['intro', 3],
			['steps', 6]
		]);
		expect(scan.orphans).toEqual([{ key: 'focus', value: 'FR', line: 7, column: 8 }]);
		expect(scan.steps).toEqual([
			{
				chart: { key: 'chart', value: 'map', line: 8, column: 8 },
				keys: [
					{ key: 'focus', value: 'NL', line: 9, column: 10 },
					// an empty value is located just past its colon
					{ key: 'text', value: '', line: 10, column: 6 }
				]
			}
		]);
	});

	it('finds nothing in an empty text', () => {
		expect(scanCopy('')).toEqual({ top: [], sections: new Map(), steps: [], orphans: [] });
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

describe('any text at all', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('gives a story or located problems, never an exception', () => {
		const amlLike = fc
			.array(
				fc.constantFrom(
					'headline: h\n',
					'dek: d\n',
					'byline: b\n',
					'[steps]\n',
					'[]\n',
					'chart: map\n',
					'chart: capex\n',
					'text: t\n',
					':end\n',
					'focus: FR\n',
					'years: 2023\n',
					'rows: x\n',
					'* p\n',
					'{x}\n',
					':skip\n',
					':ignore\n',
					'é',
					'\n',
					':'
				),
				{ maxLength: 30 }
			)
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 200 }), amlLike), (source) => {
				const result = parseStory(source, FILE, null, 'fr');
				expectLocated(result.problems, FILE, source.split(/\r\n?|\n/).length);
				expect(result.story !== null || result.problems.some((p) => p.severity === 'error')).toBe(
					true
				);
			}),
			{ numRuns: 300 }
		);
	});
});
