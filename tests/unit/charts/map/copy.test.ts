/**
 * A map step's keys in the copy, read by the real copy parser so every
 * problem carries its true line and column: focus, highlight, and the
 * annotations (a country code, a colon, a short label), each checked like
 * every other key.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from '$lib/data/story';
import { formatProblem } from '$lib/data/problems';
import { MAX_ANNOTATION_CHARS, MAX_ANNOTATIONS } from '$lib/charts/map/layout';
import { mapHooks, type MapState } from '$lib/charts/map/state';

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
