import { describe, expect, it } from 'vitest';
import {
	CODE_KINDS,
	FRAMES_SCRIPT,
	PYM_SCRIPT,
	embedCode,
	type EmbedCodeInput
} from '$lib/embed/codes';

const INPUT: EmbedCodeInput = {
	url: 'https://example.org/news/ia/embed/map/',
	image: 'https://example.org/news/ia/cards/map.png',
	story: 'https://example.org/news/ia/',
	id: 'embed-map',
	title: 'Les centres de données d’Alibaba',
	height: 640,
	imageWidth: 1200,
	imageHeight: 630,
	tracksScroll: false
};

/** What a code's inline script asks pym for, run against a stand-in `pym.Parent`. */
function pymCall(code: string): unknown[] {
	const script = /<script>([\s\S]*?)<\/script>/.exec(code)?.[1];
	if (!script) throw new Error('no inline script');
	const calls: unknown[][] = [];
	const pym = {
		Parent: function (this: unknown, ...args: unknown[]) {
			calls.push(args);
		}
	};
	new Function('pym', script)(pym);
	expect(calls).toHaveLength(1);
	return calls[0]!;
}

/** The value of an attribute in the first tag named `tag`, unescaped. */
function attribute(code: string, tag: string, name: string): string | undefined {
	const element = new RegExp(`<${tag}\\b[^>]*>`).exec(code)?.[0] ?? '';
	const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
	return value
		?.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

describe('embedCode', () => {
	it('pym.js: a container with the id, NPR’s script, and a Parent for the URL', () => {
		const code = embedCode('pym', INPUT);
		expect(attribute(code, 'div', 'id')).toBe('embed-map');
		expect(attribute(code, 'script', 'src')).toBe(PYM_SCRIPT);
		expect(pymCall(code)).toEqual(['embed-map', INPUT.url, {}]);
	});

	it('pym.js for the story: reports the iframe’s place on every scroll event', () => {
		const code = embedCode('pym', { ...INPUT, tracksScroll: true });
		expect(pymCall(code)).toEqual(['embed-map', INPUT.url, { trackscroll: true, scrollwait: 0 }]);
	});

	it('@newswire/frames: the container its autoInitFrames finds, with the iframe’s title', () => {
		const code = embedCode('frames', INPUT);
		expect(attribute(code, 'div', 'data-frame-src')).toBe(INPUT.url);
		expect(attribute(code, 'div', 'data-frame-attribute-title')).toBe(INPUT.title);
		expect(attribute(code, 'script', 'src')).toBe(FRAMES_SCRIPT);
		expect(code).toContain('newswireFrames.autoInitFrames();');
	});

	it('AMP: a resizable amp-iframe with its overflow element and the card as placeholder', () => {
		const code = embedCode('amp', INPUT);
		expect(attribute(code, 'amp-iframe', 'src')).toBe(INPUT.url);
		expect(code).toMatch(/<amp-iframe\b[^>]*\sresizable[\s>]/);
		expect(attribute(code, 'amp-iframe', 'layout')).toBe('responsive');
		expect(attribute(code, 'amp-iframe', 'sandbox')).toContain('allow-scripts');
		expect(code).toMatch(/<div overflow\b/);
		expect(attribute(code, 'amp-img', 'src')).toBe(INPUT.image);
		expect(code).toMatch(/<amp-img placeholder\b/);
	});

	it('a plain iframe: the fixed height asked for, the full width', () => {
		const code = embedCode('iframe', INPUT);
		expect(attribute(code, 'iframe', 'src')).toBe(INPUT.url);
		expect(attribute(code, 'iframe', 'height')).toBe('640');
		expect(attribute(code, 'iframe', 'width')).toBe('100%');
		expect(attribute(code, 'iframe', 'title')).toBe(INPUT.title);
	});

	it('the image alone: the card at its size, linked to the story', () => {
		const code = embedCode('image', INPUT);
		expect(attribute(code, 'a', 'href')).toBe(INPUT.story);
		expect(attribute(code, 'img', 'src')).toBe(INPUT.image);
		expect(attribute(code, 'img', 'alt')).toBe(INPUT.title);
		expect(attribute(code, 'img', 'width')).toBe('1200');
		expect(attribute(code, 'img', 'height')).toBe('630');
	});

	it('escapes what a title or a URL may hold, in attributes and in the script', () => {
		const awkward = {
			...INPUT,
			url: "https://example.org/a'b/</script><script>alert(1)//",
			title: 'Il a dit « "non" » & <b>'
		};
		for (const kind of CODE_KINDS) {
			const code = embedCode(kind, awkward);
			expect(code.match(/<\/script>/g)?.length ?? 0).toBe(
				kind === 'pym' ? 2 : kind === 'frames' ? 2 : 0
			);
			expect(code).not.toContain('<b>');
		}
		expect(pymCall(embedCode('pym', awkward))[1]).toBe(awkward.url);
		expect(attribute(embedCode('iframe', awkward), 'iframe', 'title')).toBe(awkward.title);
		expect(attribute(embedCode('frames', awkward), 'div', 'data-frame-src')).toBe(awkward.url);
	});
});
