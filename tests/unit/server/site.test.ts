import { describe, expect, it } from 'vitest';
import { readBaseUrl } from '$lib/server/site';

describe('readBaseUrl', () => {
	it.each([
		['none', undefined, undefined],
		['empty', '', undefined],
		['blank', '  ', undefined],
		['a host', 'https://example.org', 'https://example.org/'],
		['a sub-path, with its slash', 'https://example.org/news/ia/', 'https://example.org/news/ia/'],
		['a sub-path, without', 'https://example.org/news/ia', 'https://example.org/news/ia/'],
		['http, a port', 'http://localhost:8080/x', 'http://localhost:8080/x/'],
		['spaces around', ' https://example.org/a/ ', 'https://example.org/a/']
	])('reads %s', (_name, value, expected) => {
		expect(readBaseUrl(value)).toBe(expected);
	});

	it.each([
		['a relative path', '/news/ia/', /is not a URL/],
		['a host without a scheme', 'example.org/news', /is not a URL/],
		['another scheme', 'ftp://example.org/', /is not http or https/],
		['a file', 'file:///srv/www/', /is not http or https/],
		['a query', 'https://example.org/?a=1', /has a query or a fragment/],
		['a fragment', 'https://example.org/#top', /has a query or a fragment/],
		['an empty query', 'https://example.org/?', /has a query or a fragment/]
	])('refuses %s, saying what it expects', (_name, value, message) => {
		expect(() => readBaseUrl(value)).toThrow(message);
		expect(() => readBaseUrl(value)).toThrow(
			/PUBLIC_BASE_URL: .*expected an absolute http or https address/
		);
	});
});
