/**
 * The site's public address, set at build time: absolute URLs (canonical
 * links, `og:image`, the embed codes) need it, and nothing else does.
 *
 *     PUBLIC_BASE_URL=https://example.org/news/alibaba-ia/ npm run build
 *
 * Without it, pages leave out what needs an absolute URL (canonical,
 * `og:url`, `og:image`, `twitter:image`) rather than guess one, and the
 * embed index makes its codes' URLs absolute in the reader's browser.
 */

/** The environment variable the build reads. */
export const BASE_URL_VARIABLE = 'PUBLIC_BASE_URL';

/**
 * A base URL as the build takes it: absolute, http or https, no query nor
 * fragment, ending in `/` (one is added). Empty or unset is none. Anything
 * else is an error that says what was expected.
 */
export function readBaseUrl(value: string | undefined): string | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return undefined;
	const expected = `(expected an absolute http or https address such as https://example.org/news/alibaba-ia/)`;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`${BASE_URL_VARIABLE}: "${text}" is not a URL ${expected}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`${BASE_URL_VARIABLE}: "${text}" is not http or https ${expected}`);
	if (url.search !== '' || url.hash !== '' || text.endsWith('?') || text.endsWith('#'))
		throw new Error(`${BASE_URL_VARIABLE}: "${text}" has a query or a fragment ${expected}`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** The build's base URL, from the environment. */
export function siteBaseUrl(): string | undefined {
	return readBaseUrl(process.env[BASE_URL_VARIABLE]);
}
