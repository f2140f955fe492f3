/** A map step's `focus` (world, or any country on the atlas) and `highlight`, each located when wrong, with suggestions. */
import { describe, expect, it } from 'vitest';
import { MAP_KEYS, readMapState } from '$lib/charts/map/copy';
import type { DataCentre } from '$lib/charts/map/row';
import type { CopyKey } from '$lib/charts/spec';
import type { Problem } from '$lib/types';
import { lines } from '../../support/bytes';
import { tr } from '../../support/rows';
import { parseStory } from '$lib/data/story';
import { formatProblem } from '$lib/data/problems';
import { MAX_ANNOTATION_CHARS, MAX_ANNOTATIONS } from '$lib/charts/map/layout';
import { mapHooks, type MapState } from '$lib/charts/map/state';

const FILE = 'data/story.fr.aml';
const ROWS: DataCentre[] = [
	{
		id: 'fr',
		country: 'FR',
		status: 'planned',
		precision: 'country',
		lat: 46.6,
		lon: 2.4,
		source: tr('x')
	}
];

function focus(value: string): CopyKey {
	return { key: 'focus', value, line: 6, column: 8 };
}
function highlight(value: string): CopyKey {
	return { key: 'highlight', value, line: 7, column: 12 };
}

function read(keys: CopyKey[], rows: DataCentre[] | undefined) {
	const problems: Problem[] = [];
	const state = readMapState(keys, { file: FILE, rows, problems });
	return { state, problems: lines(problems) };
}

describe('readMapState', () => {
	it('takes focus, highlight and annotations', () => {
		expect(MAP_KEYS).toEqual(['focus', 'highlight', 'annotation']);
	});

	it.each<[string, CopyKey[], MapState]>([
		[
			'the world with every site when the step names nothing',
			[],
			{ focus: 'world', highlight: 'all', annotations: [] }
		],
		[
			'the world for empty values',
			[focus(''), highlight('')],
			{ focus: 'world', highlight: 'all', annotations: [] }
		],
		[
			'the world in any case',
			[focus('World')],
			{ focus: 'world', highlight: 'all', annotations: [] }
		],
		[
			'a country with data centres',
			[focus('FR')],
			{ focus: 'FR', highlight: 'all', annotations: [] }
		],
		[
			'a country without data centres',
			[focus('CN')],
			{ focus: 'CN', highlight: 'all', annotations: [] }
		],
		[
			'a highlight in any case',
			[highlight('Planned')],
			{ focus: 'world', highlight: 'planned', annotations: [] }
		],
		[
			'both keys',
			[highlight('none'), focus('US')],
			{ focus: 'US', highlight: 'none', annotations: [] }
		]
	])('shows %s', (_name, keys, expected) => {
		expect(read(keys, ROWS)).toEqual({ state: expected, problems: [] });
		// the map's keys do not depend on its data: the same with datacenters.csv invalid
		expect(read(keys, undefined)).toEqual({ state: expected, problems: [] });
	});

	it.each<[string, CopyKey, string]>([
		[
			'a country name, suggesting its code',
			focus('France'),
			`${FILE}:6:8: focus: "France" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean FR?)`
		],
		[
			'a code in lower case',
			focus('cn'),
			`${FILE}:6:8: focus: "cn" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean CN?)`
		],
		[
			'a code ISO does not assign, suggesting codes one letter away',
			focus('XX'),
			`${FILE}:6:8: focus: "XX" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean AX, MX or SX?)`
		],
		[
			'a code the map draws as part of another country',
			focus('GF'),
			`${FILE}:6:8: focus: "GF" is not a country on the map (expected world, or a country code in capitals, e.g. FR; did you mean GA, GB, GD, GE, GG or GH?)`
		],
		[
			'a text that suggests nothing',
			focus('Atlantis'),
			`${FILE}:6:8: focus: "Atlantis" is not a country on the map (expected world, or a country code in capitals, e.g. FR)`
		],
		[
			'an unknown highlight',
			highlight('some'),
			`${FILE}:7:12: highlight: "some" is not an allowed value (expected all, existing, planned or none)`
		]
	])('reports %s', (_name, key, expected) => {
		expect(read([key], ROWS)).toEqual({ state: undefined, problems: [expected] });
	});
});

/**
 * A map step's keys in the copy, read by the real copy parser so every
 * problem carries its true line and column: focus, highlight, and the
 * annotations (a country code, a colon, a short label), each checked like
 * every other key.
 */
describe('annotations in the copy', () => {
	const FILE = 'data/story.fr.aml';

	/** A copy file whose only step is a map step with these lines (the step's `chart:` is on line 6). */
	function copyWith(...lines: string[]): string {
		return [
			'headline: H',
			'dek: D',
			'byline: B',
			'',
			'[steps]',
			'chart: map',
			...lines,
			'text: T',
			'[]',
			''
		].join('\n');
	}

	function read(...lines: string[]): { state: MapState | undefined; problems: string[] } {
		const { story, problems } = parseStory(copyWith(...lines), FILE, null, 'fr');
		const step = story?.steps[0]?.state;
		return {
			state: step?.chart === 'map' ? (step as MapState & { chart: 'map' }) : undefined,
			problems: problems.map(formatProblem)
		};
	}

	describe('a map step’s annotations', () => {
		it('reads each annotation line, in order, the label after the first colon', () => {
			const { state, problems } = read(
				'focus: world',
				'highlight: none',
				'annotation: CN: Régulateur : achats de puces Nvidia interdits (selon la presse)',
				'annotation:US:Ouverture partielle'
			);
			expect(problems).toEqual([]);
			expect(state?.annotations).toEqual([
				{ country: 'CN', label: 'Régulateur : achats de puces Nvidia interdits (selon la presse)' },
				{ country: 'US', label: 'Ouverture partielle' }
			]);
		});

		it('gives none when the step has none, and the hook lists the countries in order', () => {
			expect(read('focus: FR').state?.annotations).toEqual([]);
			const { state } = read('annotation: US: a', 'annotation: CN: b');
			expect(mapHooks(state!)['data-annotations']).toBe('US,CN');
			expect(mapHooks(read().state!)['data-annotations']).toBe('');
		});

		it('accepts a label of exactly MAX_ANNOTATION_CHARS characters, counting accented letters once', () => {
			const label = 'é'.repeat(MAX_ANNOTATION_CHARS);
			expect(read(`annotation: FR: ${label}`).problems).toEqual([]);
		});

		it.each([
			[
				'an unknown country, at the code, with a suggestion',
				['annotation: Chine: Régulateur'],
				[
					`${FILE}:7:13: annotation: "Chine" is not a country on the map (expected a country code in capitals before the colon, e.g. CN; did you mean CN?)`
				]
			],
			[
				'a lower-case code',
				['annotation:  us: Ouverture'],
				[
					`${FILE}:7:14: annotation: "us" is not a country on the map (expected a country code in capitals before the colon, e.g. CN; did you mean US?)`
				]
			],
			[
				'a label too long, at the label',
				[`annotation: CN: ${'x'.repeat(MAX_ANNOTATION_CHARS + 1)}`],
				[
					`${FILE}:7:17: annotation: the label is ${MAX_ANNOTATION_CHARS + 1} characters long (expected at most ${MAX_ANNOTATION_CHARS}, so that it fits beside its country on a phone; shorten it and say the rest in the step's text)`
				]
			],
			[
				'no label',
				['annotation: CN'],
				[
					`${FILE}:7:13: annotation: "CN" has no label (expected a country code, a colon and a short label, e.g. "CN: Régulateur : achats de puces interdits")`
				]
			],
			[
				'an empty label after the colon',
				['annotation: CN:'],
				[
					`${FILE}:7:13: annotation: "CN" has no label (expected a country code, a colon and a short label, e.g. "CN: Régulateur : achats de puces interdits")`
				]
			],
			[
				'an empty line',
				['annotation:'],
				[
					`${FILE}:7:12: annotation: empty (expected a country code, a colon and a short label, e.g. "CN: Régulateur : achats de puces interdits")`
				]
			],
			[
				'a country annotated twice',
				['annotation: CN: a', 'highlight: none', 'annotation: CN: b'],
				[
					`${FILE}:9:13: annotation: CN is already annotated on line 7 (expected one annotation per country in a step; put both notes in one label)`
				]
			]
		])('reports %s, located', (_, lines, expected) => {
			const { state, problems } = read(...lines);
			expect(problems).toEqual(expected);
			expect(state).toBeUndefined();
		});

		it(`refuses more than MAX_ANNOTATIONS (${MAX_ANNOTATIONS}) in a step, at the first one too many`, () => {
			const codes = ['FR', 'DE', 'IT', 'ES', 'PT', 'NL'].slice(0, MAX_ANNOTATIONS + 1);
			const { problems } = read(...codes.map((code) => `annotation: ${code}: a note`));
			expect(problems).toEqual([
				`${FILE}:${7 + MAX_ANNOTATIONS}:13: annotation: one annotation too many (expected at most ${MAX_ANNOTATIONS} in a step, so that they fit on a phone)`
			]);
		});

		it('reports every problem of a step at once: a bad focus, a bad highlight and a bad annotation', () => {
			const { problems } = read('focus: France', 'highlight: prévu', 'annotation: XX: a');
			expect(problems).toHaveLength(3);
			expect(problems[0]).toMatch(/^data\/story\.fr\.aml:7:8: focus: "France"/);
			expect(problems[1]).toMatch(/^data\/story\.fr\.aml:8:12: highlight: "prévu"/);
			expect(problems[2]).toMatch(/^data\/story\.fr\.aml:9:13: annotation: "XX"/);
		});

		it('warns that another chart’s step ignores an annotation', () => {
			const text = copyWith().replace('chart: map', 'chart: capex\nannotation: CN: a');
			const { problems } = parseStory(text, FILE, null, 'fr');
			expect(problems.map(formatProblem)).toEqual([
				`${FILE}:7:13: annotation: warning: ignored: a capex step does not use annotation (expected years or text)`
			]);
		});
	});
});
