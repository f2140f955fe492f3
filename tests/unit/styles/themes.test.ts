import { describe, expect, it } from 'vitest';
import { readTokens, themeValue } from '$lib/styles/themes';

describe('themeValue', () => {
	it.each([
		['light-dark(#fff, #000)', '#fff', '#000'],
		['light-dark( #fff ,#000 )', '#fff', '#000'],
		[
			'light-dark(rgba(1, 2, 3, 0.5), rgba(4, 5, 6, 0.5))',
			'rgba(1, 2, 3, 0.5)',
			'rgba(4, 5, 6, 0.5)'
		],
		['#1b1b1b', '#1b1b1b', '#1b1b1b'],
		['  Georgia, serif ', 'Georgia, serif', 'Georgia, serif']
	])('reads %s as %s by day and %s by night', (value, light, dark) => {
		expect(themeValue(value, 'light')).toBe(light);
		expect(themeValue(value, 'dark')).toBe(dark);
	});

	it('refuses a light-dark() with one colour, naming it', () => {
		expect(() => themeValue('light-dark(#fff)', 'dark')).toThrow('light-dark(#fff)');
	});
});

describe('readTokens', () => {
	const css = `/* --commented: out; */
:root {
	color-scheme: light dark;
	--ink: light-dark(#1b1b1b, #ebeae6);
	--font-sans:
		system-ui,
		sans-serif;
	--veil: light-dark(rgba(255, 255, 255, 0.9),
		rgba(0, 0, 0, 0.9));
}`;

	it('reads every custom property in one theme, values on several lines included, comments left out', () => {
		expect(readTokens(css, 'light')).toEqual({
			ink: '#1b1b1b',
			'font-sans': 'system-ui, sans-serif',
			veil: 'rgba(255, 255, 255, 0.9)'
		});
		expect(readTokens(css, 'dark')).toEqual({
			ink: '#ebeae6',
			'font-sans': 'system-ui, sans-serif',
			veil: 'rgba(0, 0, 0, 0.9)'
		});
	});
});
