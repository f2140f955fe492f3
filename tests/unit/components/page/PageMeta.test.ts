import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PageMeta from '$lib/components/page/PageMeta.svelte';

const IMAGE = { path: 'cards/map.png', width: 1200, height: 630, alt: 'Une carte' };

function head(props: { baseUrl?: string; lang?: 'fr' | 'en'; path?: string }): string {
	return render(PageMeta, {
		props: {
			title: 'Titre « utile »',
			description: 'Une description.',
			lang: props.lang ?? 'fr',
			path: props.path ?? 'embed/map/',
			baseUrl: props.baseUrl,
			image: IMAGE
		}
	}).head;
}

const content = (html: string, attribute: string, value: string) =>
	new RegExp(`<meta ${attribute}="${value}" content="([^"]*)"`).exec(html)?.[1];
const link = (html: string, rel: string, hreflang?: string) =>
	new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`).exec(
		html
	)?.[1];

describe('PageMeta', () => {
	it('writes the title, the description and the Open Graph text in any case', () => {
		const html = head({});
		expect(html).toContain('<title>Titre « utile »</title>');
		expect(content(html, 'name', 'description')).toBe('Une description.');
		expect(content(html, 'property', 'og:title')).toBe('Titre « utile »');
		expect(content(html, 'property', 'og:locale')).toBe('fr_FR');
		expect(content(html, 'property', 'og:locale:alternate')).toBe('en_GB');
	});

	it('with the site’s address: canonical, og:url, og:image and the Twitter card, all absolute', () => {
		const html = head({ baseUrl: 'https://example.org/news/ia/', lang: 'en' });
		expect(link(html, 'canonical')).toBe('https://example.org/news/ia/en/embed/map/');
		expect(content(html, 'property', 'og:url')).toBe('https://example.org/news/ia/en/embed/map/');
		expect(content(html, 'property', 'og:image')).toBe(
			'https://example.org/news/ia/en/cards/map.png'
		);
		expect(content(html, 'property', 'og:image:width')).toBe('1200');
		expect(content(html, 'property', 'og:image:alt')).toBe('Une carte');
		expect(content(html, 'name', 'twitter:card')).toBe('summary_large_image');
		expect(content(html, 'name', 'twitter:image')).toBe(
			'https://example.org/news/ia/en/cards/map.png'
		);
		expect(link(html, 'alternate', 'fr')).toBe('https://example.org/news/ia/embed/map/');
		expect(link(html, 'alternate', 'en')).toBe('https://example.org/news/ia/en/embed/map/');
		expect(link(html, 'alternate', 'x-default')).toBe('https://example.org/news/ia/embed/map/');
	});

	it('without it: no URL is guessed, and no hreflang link, which search engines take only absolute', () => {
		const html = head({});
		expect(html).not.toMatch(/rel="canonical"|og:url|og:image|twitter:/);
		expect(html).not.toMatch(/https?:/);
		expect(html).not.toMatch(/hreflang/);
	});
});
