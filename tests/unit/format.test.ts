import { describe, expect, it } from 'vitest';
import { formatBnUsd, formatNumber, formatPctChange } from '$lib/format';
import { MINUS, NBSP, NNBSP } from '$lib/text/spaces';
import type { Lang } from '$lib/types';

type Case = [value: number, lang: Lang, lowerBound: boolean, expected: string];

describe('formatBnUsd', () => {
	const cases: Case[] = [
		[32, 'fr', false, `32${NBSP}Md$`],
		[32, 'en', false, '$32bn'],
		[32, 'fr', true, `plus de 32${NBSP}Md$`],
		[32, 'en', true, 'more than $32bn'],
		[13, 'fr', false, `13${NBSP}Md$`],
		[0, 'fr', false, `0${NBSP}Md$`],
		[0, 'en', false, '$0bn'],
		[-5, 'fr', false, `${MINUS}5${NBSP}Md$`],
		[-5, 'en', false, `${MINUS}$5bn`],
		[13.45, 'fr', false, `13,5${NBSP}Md$`],
		[13.45, 'en', false, '$13.5bn'],
		[1234, 'fr', false, `1${NNBSP}234${NBSP}Md$`],
		[1234, 'en', false, '$1,234bn'],
		[0.04, 'en', false, '$0.04bn']
	];
	it.each(cases)('writes %s in %s (lower bound: %s) as %j', (value, lang, lowerBound, expected) => {
		expect(formatBnUsd(value, lang, { lowerBound })).toBe(expected);
	});

	it('never rounds a lower bound up, so "more than" stays true', () => {
		expect(formatBnUsd(32.47, 'en', { lowerBound: true })).toBe('more than $32.4bn');
		expect(formatBnUsd(32.47, 'en')).toBe('$32.5bn');
	});
});

describe('formatPctChange', () => {
	const cases: Case[] = [
		[3.6, 'fr', false, `+3,6${NNBSP}%`],
		[3.6, 'en', false, '+3.6%'],
		[110, 'fr', false, `+110${NNBSP}%`],
		[110, 'en', false, '+110%'],
		[10, 'fr', true, `plus de +10${NNBSP}%`],
		[10, 'en', true, 'more than +10%'],
		[2, 'en', true, 'more than +2%'],
		[0, 'fr', false, `0${NNBSP}%`],
		[0, 'en', false, '0%'],
		[-2, 'fr', false, `${MINUS}2${NNBSP}%`],
		[-2.25, 'en', false, `${MINUS}2.3%`],
		[0.04, 'fr', false, `+0,04${NNBSP}%`],
		[-0.04, 'en', false, `${MINUS}0.04%`],
		[15, 'fr', false, `+15${NNBSP}%`]
	];
	it.each(cases)('writes %s in %s (lower bound: %s) as %j', (value, lang, lowerBound, expected) => {
		expect(formatPctChange(value, lang, { lowerBound })).toBe(expected);
	});

	it('uses a true minus sign, never a hyphen', () => {
		expect(formatPctChange(-7.5, 'fr')).not.toContain('-');
		expect(formatNumber(-7.5, 'en')).toBe(`${MINUS}7.5`);
	});
});

describe('non-finite values', () => {
	const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
	it.each(bad)('throws on %s instead of printing it', (value) => {
		expect(() => formatBnUsd(value, 'fr')).toThrow(/finite/);
		expect(() => formatPctChange(value, 'en')).toThrow(/finite/);
		expect(() => formatNumber(value, 'en')).toThrow(/finite/);
	});
});
