/** Builders for the rows parsers return, for tests that need rows without a file. */
import type { Lang, Translated } from '$lib/types';

/** A translated text: its base column and its `<column>_<lang>` cells. */
export function tr(base: string, byLang: Partial<Record<Lang, string>> = {}): Translated {
	return { base, byLang };
}
