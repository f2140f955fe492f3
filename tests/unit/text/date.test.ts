/**
 * The story's date: read as `YYYY-MM-DD` (the copy's optional `date:` key),
 * written in each language's format, and a located error for anything else.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, readIsoDate } from '$lib/text/date';
import { parseStory } from '$lib/data/story';
import { formatProblem } from '$lib/data/problems';

describe('readIsoDate', () => {
	it.each([
		['2025-02-24', '2025-02-24'],
		['  2025-02-24 ', '2025-02-24'],
		['2024-02-29', '2024-02-29'],
		['2000-02-29', '2000-02-29'],
		['0050-01-31', '0050-01-31']
	])('reads %j', (value, iso) => {
		expect(readIsoDate(value)).toEqual({ ok: true, iso });
	});

	it.each([
		['24/02/2025', { ok: false, reason: 'form' }],
		['2025-2-24', { ok: false, reason: 'form' }],
		['24 février 2025', { ok: false, reason: 'form' }],
		['2025-02-24T10:00', { ok: false, reason: 'form' }],
		['', { ok: false, reason: 'form' }],
		['2025-13-01', { ok: false, reason: 'month', month: 13 }],
		['2025-00-10', { ok: false, reason: 'month', month: 0 }],
		['2025-02-29', { ok: false, reason: 'day', daysInMonth: 28 }],
		['1900-02-29', { ok: false, reason: 'day', daysInMonth: 28 }],
		['2025-04-31', { ok: false, reason: 'day', daysInMonth: 30 }],
		['2025-01-00', { ok: false, reason: 'day', daysInMonth: 31 }]
	])('refuses %j', (value, reading) => {
		expect(readIsoDate(value)).toEqual(reading);
	});
});

describe('formatDate', () => {
	it.each([
		['2025-02-24', 'fr', '24 février 2025'],
		['2025-02-24', 'en', '24 February 2025'],
		['2024-12-31', 'fr', '31 décembre 2024'],
		['2025-01-01', 'en', '1 January 2025'],
		['0050-06-01', 'en', '1 June 50']
	] as const)('writes %s in %s as %j, whatever the time zone', (iso, lang, text) => {
		expect(formatDate(iso, lang)).toBe(text);
	});
});

describe('the copy’s date: key', () => {
	const FILE = 'data/story.en.aml';
	const copy = (date: string | undefined) =>
		[
			'headline: H',
			'dek: D',
			'byline: B',
			...(date === undefined ? [] : [`date: ${date}`]),
			'',
			'[steps]',
			'chart: map',
			'text: T',
			'[]',
			''
		].join('\n');

	it('gives the story its date', () => {
		expect(parseStory(copy('2025-02-24'), FILE, null, 'en').story?.date).toBe('2025-02-24');
	});

	it('leaves the story without one when the key is absent or empty, without a problem', () => {
		for (const date of [undefined, '']) {
			const { story, problems } = parseStory(copy(date), FILE, null, 'en');
			expect(problems).toEqual([]);
			expect(story).not.toBeNull();
			expect(story).not.toHaveProperty('date');
		}
	});

	it.each([
		[
			'24/02/2025',
			`${FILE}:4:7: date: "24/02/2025" is not a date written YYYY-MM-DD (expected the date as year-month-day with hyphens, e.g. 2025-02-24, or nothing after "date:")`
		],
		[
			'2025-02-30',
			`${FILE}:4:7: date: "2025-02-30" is not a date: that month has 28 days (expected the date as year-month-day with hyphens, e.g. 2025-02-24, or nothing after "date:")`
		],
		[
			'2025-14-02',
			`${FILE}:4:7: date: "2025-14-02" is not a date: there is no month 14 (expected the date as year-month-day with hyphens, e.g. 2025-02-24, or nothing after "date:")`
		]
	])('reports %j as a located error, and publishes nothing', (date, message) => {
		const { story, problems } = parseStory(copy(date), FILE, null, 'en');
		expect(problems.map(formatProblem)).toEqual([message]);
		expect(story).toBeNull();
	});
});
