/**
 * The page's own words (not the story's copy, which editors write in data/story.*.aml).
 */
import type { Lang } from './types';

export interface PageStrings {
	kicker: string;
	/** label of the link to the other language's version */
	otherLanguage: string;
	otherLanguageLang: string;
	sourcesHeading: string;
	/** "Step 3 of 15", for the visually hidden step heading */
	stepOf: (n: number, total: number) => string;
}

export const STRINGS: Record<Lang, PageStrings> = {
	fr: {
		kicker: 'Intelligence artificielle',
		otherLanguage: 'Read in English',
		otherLanguageLang: 'en',
		sourcesHeading: 'Sources et méthode',
		stepOf: (n, total) => `Étape ${n} sur ${total}`
	},
	en: {
		kicker: 'Artificial intelligence',
		otherLanguage: 'Lire en français',
		otherLanguageLang: 'fr',
		sourcesHeading: 'Sources and methods',
		stepOf: (n, total) => `Step ${n} of ${total}`
	}
};

/** The language of a page, from its path: `/en/…` is English, everything else French. */
export function langFromPath(pathname: string): Lang {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'fr';
}
