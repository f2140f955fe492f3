/** What the preview page's server HTML hands its island, as JSON in the `data-preview` attribute. */
import type { Lang } from '../i18n/languages.ts';

export interface PreviewConfig {
	lang: Lang;
	/** the site's root relative to the page, ending in `/` */
	root: string;
	/** every file the checker reads, by path (`data/capex.csv`), as published, in base64 */
	shipped: Record<string, string>;
	/** the largest file the page takes, bytes */
	limit: number;
}

/**
 * The User Timing measure the page records for each check, from the editor's
 * drop to the worker's verdict: what `npm run bench` reports (tests/bench/preview.ts).
 */
export const CHECK_MEASURE = 'preview:check';
