/**
 * The story's date: read as `YYYY-MM-DD` (the copy's optional `date:` key),
 * or why it is no date, and written in each language's format. The key
 * itself, and its located errors, are the copy parser's
 * (tests/unit/data/story.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatDate, readIsoDate } from '$lib/text/date';

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
