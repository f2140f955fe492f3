/**
 * The embed index's island (/embed/). It is the host of its own previews:
 * each preview iframe takes the height its embed reports in AMP's words
 * (`embed-size`), as a @newswire/frames or amp-iframe parent would. It loads
 * a card when its reader opens it. When the build had no base URL, it writes
 * the codes again with absolute URLs, from where the reader sees this page.
 */
import { formatFramesInit, parseAmpEmbedSize } from '$lib/embed/protocol';
import { embedCode, type CodeKind, type EmbedCodeInput } from '$lib/embed/codes';

const previews = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')];

addEventListener('message', (event) => {
	const height = parseAmpEmbedSize(event.data);
	if (height === null) return;
	const preview = previews.find((frame) => frame.contentWindow === event.source);
	if (preview) preview.style.height = `${height}px`;
});
// a preview that ran before this island sent its height to no one, and sends it again only when it
// changes: ask, as a frames parent that starts late does (one not loaded yet will speak when it loads)
for (const preview of previews) preview.contentWindow?.postMessage(formatFramesInit(), '*');

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
	// the note that says they are relative no longer holds
	document.querySelector<HTMLElement>('[data-relative-note]')?.setAttribute('hidden', '');
}
