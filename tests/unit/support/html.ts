/** Shared by the component tests, which read server-rendered HTML as text. */

/** The page's text without tags, with the no-break spaces made plain and runs of space collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ');
}

/** A numeric attribute of one tag's HTML; NaN when absent. */
export function attr(tag: string, name: string): number {
	return Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
}

/** The classes of one tag's HTML. */
export function classesOf(tag: string): string[] {
	return (/\sclass="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/);
}

/** The numbers of a CSS function in one tag's HTML, e.g. `translate(3px, 4px)` → [3, 4]; empty when absent. */
export function cssArgs(tag: string, fn: string): number[] {
	const args = new RegExp(`${fn}\\(([^)]*)\\)`).exec(tag)?.[1] ?? '';
	return args === '' ? [] : args.split(',').map((a) => Number.parseFloat(a));
}

/** The value of a CSS custom property in one tag's inline style, e.g. `--zx: 12.5` → 12.5; NaN when absent. */
export function cssVar(tag: string, name: string): number {
	return Number.parseFloat(new RegExp(`${name}:\\s*([^;"]+)`).exec(tag)?.[1] ?? '');
}

/** Every opening tag of `html` that matches `pattern` (e.g. `/<span class="marker[^>]*>/g`). */
export function tags(html: string, pattern: RegExp): string[] {
	return [...html.matchAll(pattern)].map((m) => m[0]);
}

/** Svelte escapes text and attributes; the tests compare with the same escaping. */
export function escaped(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The `data-*` attributes of the first element of a render (its root), by name. */
export function rootHooks(html: string): Record<string, string> {
	const root = /<[a-z][^>]*>/.exec(html)?.[0] ?? '';
	return Object.fromEntries(
		[...root.matchAll(/\s(data-[a-z-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''])
	);
}

/** The HTML without Svelte's hydration markers (`<!--[-->`, `<!--]-->`…), which differ with the nesting of components. */
export function withoutMarkers(html: string): string {
	return html.replace(/<!--[^>]*-->/g, '');
}
