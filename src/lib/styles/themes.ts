/**
 * The page's two colour themes, as tokens.css declares them: each colour
 * token is `light-dark(LIGHT, DARK)`. Pure: build-time code that needs a
 * token's value in one theme (the cards, which stay light; the contrast
 * test) reads it here rather than parsing the function itself.
 */

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The index of the comma that splits `text` at depth 0 (outside any parentheses), or -1. */
function topLevelComma(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) return i;
	}
	return -1;
}

/**
 * A token's value in `theme`: the first or second argument of a
 * `light-dark(…, …)` value, trimmed; any other value is the same in both.
 */
export function themeValue(value: string, theme: Theme): string {
	const match = /^\s*light-dark\(([^]*)\)\s*$/.exec(value);
	if (!match) return value.trim();
	const inner = match[1]!;
	const comma = topLevelComma(inner);
	if (comma === -1) throw new Error(`light-dark() takes two colours: "${value.trim()}"`);
	return (theme === 'light' ? inner.slice(0, comma) : inner.slice(comma + 1)).trim();
}

/**
 * The custom properties a stylesheet declares (`--name: value;`), each in
 * `theme`, comments left out and white space collapsed. Later declarations
 * win, as in the cascade of one rule.
 */
export function readTokens(css: string, theme: Theme): Record<string, string> {
	const tokens: Record<string, string> = {};
	const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const [, name, value] of code.matchAll(/--([\w-]+)\s*:\s*([^;{}]+);/g))
		tokens[name!] = themeValue(value!.replace(/\s+/g, ' '), theme);
	return tokens;
}
