/**
 * How the English table spells what editors typed and what they may type
 * instead: a found value JSON-quoted, so spaces, tabs and empty strings show
 * plainly; a list of values as `a, b or c`. The English lines are the ones
 * DESIGN.md's contract shows.
 */
import { describe, expect, it } from 'vitest';
import { message, renderMessage } from '$lib/i18n/messages';
import { messages } from '$lib/i18n/en/messages';

describe('a found value', () => {
	it.each([
		['91,2', '"91,2"'],
		['', '""'],
		[' a\t', '" a\\t"'],
		['say "hi"', '"say \\"hi\\""']
	])('shows %j as %s', (found, quoted) => {
		expect(renderMessage(message('listedTwice', { found }), messages.checker)).toBe(
			`${quoted} is listed twice (shown once)`
		);
	});
});

describe('a list of values', () => {
	it.each([
		[[], ''],
		[['day'], 'day'],
		[['day', 'ytd'], 'day or ytd'],
		[['all', 'existing', 'planned', 'none'], 'all, existing, planned or none']
	])('lists %j as %j', (allowed, list) => {
		expect(renderMessage(message('notAllowed', { found: 'week', allowed }), messages.checker)).toBe(
			`"week" is not an allowed value (expected ${list})`
		);
	});
});
