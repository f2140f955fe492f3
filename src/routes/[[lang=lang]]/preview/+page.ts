import { loadMessages } from '$lib/i18n/messages';
import type { PreviewPageData } from '$lib/server/preview-page';

/**
 * The page's words join the server's data here: they are functions
 * (counts, sizes), which server data could not carry. With `csr = false`
 * this runs only when the page is prerendered.
 */
export const load = async ({ data }: { data: PreviewPageData }) => ({
	...data,
	words: (await loadMessages(data.page.lang)).preview
});
