/**
 * The codes a newsroom pastes into its article to embed a page of this site,
 * one per kind of host page, as the embed index (/embed/) prints them. Pure:
 * the index's server render and its island (which makes the URLs absolute
 * when the build had no base URL) call the same functions.
 */

/** NPR's copy of pym.js, as its documentation gives it. */
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';
/** @newswire/frames 1.0.0 from unpkg, the version the browser tests run. */
export const FRAMES_SCRIPT = 'https://unpkg.com/@newswire/frames@1.0.0/dist/frames.umd.js';

/** The kinds of code, in the order the index shows them. */
export const CODE_KINDS = ['pym', 'frames', 'amp', 'iframe', 'image'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** What a code is made of. */
export interface EmbedCodeInput {
	/** the embed page's URL, absolute */
	url: string;
	/** its card (PNG), absolute */
	image: string;
	/** the story's URL, absolute: where the image links */
	story: string;
	/** an id for the host's container, unique on the host page: letters, digits and dashes */
	id: string;
	/** the iframe's title and the image's alt text, plain text */
	title: string;
	/** the height of a plain iframe, px: what it needs at a phone's width */
	height: number;
	/** the card's size, px */
	imageWidth: number;
	imageHeight: number;
	/**
	 * the whole story: a pym.js host also reports the iframe's place as it
	 * scrolls, so that the story can pin its graphic (on every scroll event:
	 * pym's default of one report in 100 ms makes a pinned graphic lag)
	 */
	tracksScroll: boolean;
}

/** Text for an HTML attribute value in double quotes, or for an element's content. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A string for a JavaScript literal in single quotes inside a `<script>`. */
function jsString(text: string): string {
	return `'${text
		.replace(/\\/g, '\\\\')
		.replace(/'/g, "\\'")
		.replace(/</g, '\\u003c')
		.replace(/\n/g, '\\n')}'`;
}

/** The code for one kind of host. */
export function embedCode(kind: CodeKind, input: EmbedCodeInput): string {
	const url = escapeHtml(input.url);
	const title = escapeHtml(input.title);
	switch (kind) {
		case 'pym': {
			const options = input.tracksScroll ? '{ trackscroll: true, scrollwait: 0 }' : '{}';
			return [
				`<div id="${input.id}"></div>`,
				`<script src="${PYM_SCRIPT}"></script>`,
				`<script>`,
				`\tnew pym.Parent(${jsString(input.id)}, ${jsString(input.url)}, ${options});`,
				`</script>`
			].join('\n');
		}
		case 'frames':
			return [
				`<div data-frame-src="${url}" data-frame-attribute-title="${title}"></div>`,
				`<script src="${FRAMES_SCRIPT}"></script>`,
				`<script>`,
				`\tnewswireFrames.autoInitFrames();`,
				`</script>`
			].join('\n');
		case 'amp':
			// amp-iframe resizes on the embed's embed-size messages; it needs `resizable` and an overflow element, and shows the card until the frame loads
			return [
				`<amp-iframe src="${url}" title="${title}" width="${input.imageWidth}" height="${input.imageHeight}" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation" resizable frameborder="0">`,
				`\t<div overflow tabindex="0" role="button" aria-label="${title}">…</div>`,
				`\t<amp-img placeholder src="${escapeHtml(input.image)}" alt="${title}" layout="fill"></amp-img>`,
				`</amp-iframe>`
			].join('\n');
		case 'iframe':
			return `<iframe src="${url}" title="${title}" width="100%" height="${input.height}" style="border: 0; display: block;" loading="lazy"></iframe>`;
		case 'image':
			return [
				`<a href="${escapeHtml(input.story)}">`,
				`\t<img src="${escapeHtml(input.image)}" alt="${title}" width="${input.imageWidth}" height="${input.imageHeight}" style="max-width: 100%; height: auto;">`,
				`</a>`
			].join('\n');
	}
}
