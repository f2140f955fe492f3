import type { Handle } from '@sveltejs/kit';
import { langFromPath } from '$lib/i18n/languages';

/** Sets `<html lang>` per page, so screen readers and hyphenation use the page's language from the first byte. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', langFromPath(event.url.pathname))
	});
