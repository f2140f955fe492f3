/**
 * What the preview page needs at build time: the published story (drawn
 * until an editor drops a file), and the published files themselves, which
 * the page's worker checks in place of those the editor does not drop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedFiles } from '$lib/data/check';
import { loadStoryPage, type StoryPageData } from './story-page';
import type { Lang } from '$lib/i18n/languages';

export interface PreviewPageData {
	page: StoryPageData;
	/** every file the checker reads, by path (`data/capex.csv`), its bytes in base64: the page is text */
	shipped: Record<string, string>;
}

export async function loadPreviewPage(lang: Lang): Promise<PreviewPageData> {
	const root = process.cwd();
	const shipped: Record<string, string> = {};
	for (const file of checkedFiles()) {
		shipped[file] = readFileSync(join(root, file)).toString('base64');
	}
	return { page: await loadStoryPage(lang), shipped };
}
