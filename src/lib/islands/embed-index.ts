/**
 * The embed index's island (/embed/). It is the host of its own previews:
 * each preview iframe takes the height its embed reports in AMP's words
 * (`embed-size`), as a @newswire/frames or amp-iframe parent would. It loads
 * a card when its reader opens it. When the build had no base URL, it writes
 * the codes again with absolute URLs, from where the reader sees this page.
 *
 * A preview's box (its scroll box, at most 80 % of the screen tall) follows
 * its iframe's height, except where that would move what the reader sees: a
 * box on the screen or above it that changed height would move the page
 * under the reader's eyes (a layout shift). There the box keeps the height it
 * has, the embed scrolling in it or leaving paper under it, until it is
 * wholly below the screen, where what follows it is off the screen too. A
 * box whose reader chose another width follows at once: they asked for it.
 *
 * A step's preview is made when its step is opened, from the `<noscript>`
 * that holds it (EmbedEntry.svelte says why).
 */
import { formatFramesInit, parseAmpEmbedSize } from '$lib/embed/protocol';
import { embedCode, type CodeKind, type EmbedCodeInput } from '$lib/embed/codes';

const previews: HTMLIFrameElement[] = [];
/** the boxes whose reader chose a width: they follow their embed's height at once */
const chosen = new WeakSet<Element>();

/** Lets a held box take its iframe's height again once it is wholly below the screen. */
const releaser = new IntersectionObserver((entries) => {
	for (const { target, isIntersecting, boundingClientRect, rootBounds } of entries)
		if (!isIntersecting && rootBounds && boundingClientRect.top >= rootBounds.bottom)
			release(target as HTMLElement);
});

function release(box: HTMLElement): void {
	box.style.removeProperty('height');
	releaser.unobserve(box);
}

/** Keeps a box at the height it has now, until it is wholly below the screen. */
function hold(box: HTMLElement): void {
	if (box.style.height) return;
	box.style.height = getComputedStyle(box).height;
	releaser.observe(box);
}

function resize(preview: HTMLIFrameElement, height: number): void {
	const box = preview.parentElement;
	// a box that is not laid out (a closed step) or is wholly below the screen moves nothing in sight
	const top = box?.getClientRects()[0]?.top;
	if (box && top !== undefined && top < innerHeight && !chosen.has(box)) hold(box);
	preview.style.height = `${height}px`;
}

addEventListener('message', (event) => {
	const height = parseAmpEmbedSize(event.data);
	if (height === null) return;
	const preview = previews.find((frame) => frame.contentWindow === event.source);
	if (preview) resize(preview, height);
});
function adopt(preview: HTMLIFrameElement): void {
	previews.push(preview);
	// a width's radio button changes the iframe's width (CSS), then its embed's height
	const box = preview.parentElement;
	preview.closest('.preview')?.addEventListener('change', () => {
		if (!box) return;
		chosen.add(box);
		release(box);
	});
}

for (const preview of document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')) {
	adopt(preview);
	// a preview that ran before this island sent its height to no one, and sends it again only when it
	// changes: ask, as a frames parent that starts late does (one not loaded yet will speak when it loads)
	preview.contentWindow?.postMessage(formatFramesInit(), '*');
}

for (const later of document.querySelectorAll<HTMLElement>('noscript[data-preview-later]')) {
	const step = later.closest('details');
	const make = (): void => {
		if (!step?.open || !later.isConnected) return;
		// the noscript's text is this page's own markup for the iframe, which the parser left as text
		const markup = document.createElement('template');
		markup.innerHTML = later.textContent ?? '';
		const preview = markup.content.querySelector<HTMLIFrameElement>('iframe[data-preview]');
		if (!preview) return;
		adopt(preview);
		later.replaceWith(preview);
	};
	step?.addEventListener('toggle', make);
	// opened before this island ran (by the reader, or by a link to one of its elements)
	make();
}

for (const card of document.querySelectorAll<HTMLDetailsElement>('details[data-card]')) {
	card.addEventListener('toggle', () => {
		const image = card.querySelector<HTMLImageElement>('img[data-src]');
		if (card.open && image && !image.hasAttribute('src')) image.src = image.dataset.src ?? '';
	});
}

if (document.querySelector('[data-relative-urls]')) {
	const absolute = (url: string) => new URL(url, location.href).href;
	for (const entry of document.querySelectorAll<HTMLElement>('[data-embed-input]')) {
		const relative = JSON.parse(entry.dataset.embedInput ?? '{}') as EmbedCodeInput;
		const input = {
			...relative,
			url: absolute(relative.url),
			image: absolute(relative.image),
			story: absolute(relative.story)
		};
		for (const code of entry.querySelectorAll<HTMLElement>('[data-embed-code]'))
			code.textContent = embedCode(code.dataset.embedCode as CodeKind, input);
	}
}
