/**
 * Every message of the checker and every word of the preview page, in every
 * language of the table and in the fixture project's German: a language
 * that lacks one, or that left one in English, fails here. A new message
 * needs its sample parameters below (TypeScript lists the missing ones).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '$lib/i18n/languages';
import {
	FALLBACK_LANG,
	FALLBACK_MESSAGES,
	loadMessages,
	message,
	renderMessage,
	type EditorMessages,
	type MessageKey,
	type MessageParams
} from '$lib/i18n/messages';

/**
 * The fixture project's German, from its folder: it is written for the copy
 * it is dropped into (tests/e2e/projects.ts), so it is loaded by path, not
 * type-checked here.
 */
const GERMAN = pathToFileURL(resolve('tests/fixtures/projects/alt/i18n/de/messages.ts')).href;

/** Parameters for every message, with the awkward values: empty found values, one and many, suggestions. */
const SAMPLES: { [K in MessageKey]: MessageParams[K] } = {
	fileNotFound: {},
	fileUnreadable: { reason: 'EACCES' },
	notText: { code: 'U+0000', line: 3 },
	emptyCopy: { keys: ['headline', 'dek', 'byline'], sections: ['[intro]', '[steps]'] },
	unknownFile: { expected: ['capex.csv', 'story.fr.aml'] },
	workbook: {},
	tooLarge: { bytes: 52_428_800, limit: 10_000_000 },
	unclosedQuote: {},
	textAfterQuote: { found: 'x' },
	unreadableRow: { reason: 'Invalid Record Length' },
	emptyFile: { columns: ['year', 'companies'] },
	columnIgnored: { columns: ['year', 'companies'] },
	columnTwice: { first: 2 },
	columnMissing: { column: 'year', header: ['annee'], otherSeparator: true },
	noRows: {},
	rowWidth: { values: 1, columns: 7, separator: ';' },
	duplicate: { found: 'fr', line: 6, column: 'id' },
	emptyText: { expected: message('expectCompanies') },
	ambiguousComma: {
		found: '1,234',
		asDecimal: '1.234',
		digits: '1234',
		spaced: '1 234',
		decimal: '1,2340'
	},
	otherDecimalMark: {
		found: '3.6',
		expected: message('expectNumberBetween', { min: -90, max: 90 }),
		mark: ','
	},
	notQuantity: {
		found: '',
		what: message('whatLatitude'),
		expected: message('expectNumberBetween', { min: -90, max: 90 })
	},
	notYesNo: { found: 'peut-être' },
	notAllowed: { found: '', allowed: ['existing', 'planned'] },
	whatLatitude: {},
	whatLongitude: {},
	whatYear: {},
	whatAmount: {},
	whatPercentChange: {},
	expectNumberBetween: { min: -180, max: 180 },
	expectWholeNumberBetween: { min: 1900, max: 2100, example: 2025 },
	expectBillionsUsd: {},
	expectPercent: {},
	expectSiteId: {},
	expectSiteSource: {},
	expectCompanies: {},
	expectCapexSource: {},
	expectMarketId: {},
	expectCompany: {},
	expectMarketSource: {},
	countryNoShape: { found: 'AQ' },
	notCountryCode: { found: 'FX', suggestions: ['FI', 'FR'] },
	latitudeSwapped: { lat: '133,8', lon: '-25,3', country: 'AU' },
	pointSwapped: { lat: '2.4', lon: '46.6', country: 'FR' },
	pointOutside: { lat: '40', lon: '5,5', country: 'NL' },
	homeNotCountry: { found: 'site' },
	homeTwice: { line: 2 },
	centresInHome: { country: 'CN', line: 2 },
	homeHasCentres: { country: 'CN', line: 2 },
	notAChart: { found: 'carte', charts: ['map', 'capex', 'market'] },
	keyNotForChart: { chart: 'market', key: 'focus', allowed: ['rows', 'text'] },
	stepTextMissing: {},
	stepTextEmpty: {},
	topKeyEmpty: { key: 'dek' },
	topKeyMissing: { key: 'headline' },
	topKeyIgnored: { keys: ['headline', 'dek'], sections: ['[intro]', '[steps]'] },
	dateNotIso: { found: '24/02/2025' },
	dateNoMonth: { found: '2025-13-01', month: 13 },
	dateNoDay: { found: '2025-02-30', days: 28 },
	beforeFirstChart: { charts: ['map', 'capex'] },
	noSteps: { charts: ['map', 'capex'] },
	notAYear: { found: 'deux', file: 'data/capex.csv' },
	yearNotInData: { year: 2024, file: 'data/capex.csv', years: ['2023', '2025'] },
	focusNotOnMap: { found: 'France', suggestions: ['FR'] },
	annotationEmpty: {},
	annotationNoLabel: { code: '' },
	annotationNotOnMap: { found: '', suggestions: [] },
	annotationTooLong: { length: 71, max: 70 },
	annotationRepeated: { country: 'CN', line: 7 },
	annotationTooMany: { max: 4 },
	idNotInData: { found: 'alibaba', file: 'data/market.csv', ids: ['a', 'b'] },
	listedTwice: { found: 'a' },
	cliUnknownLang: { found: 'xx', langs: ['fr', 'en'] },
	cliUnknownOption: { found: '--verbose', langs: ['fr', 'en'] },
	cliNoDataFolder: { root: 'fr', langs: ['fr', 'en'] },
	warning: { text: 'column ignored' },
	summaryInvalid: { errors: 3, warnings: 1, files: 2 },
	buildRefused: { summary: '1 error' },
	summaryValid: {
		files: [
			{ file: 'capex.csv', rows: 1 },
			{ file: 'market.csv', rows: 7 }
		],
		stories: 2,
		warnings: 1
	}
};

const KEYS = Object.keys(SAMPLES).sort() as MessageKey[];

/** Every language's table: those of the language table, and the German a fixture project adds. */
async function tables(): Promise<[string, EditorMessages][]> {
	const own = await Promise.all(
		LANG_CODES.map(async (lang) => [lang, await loadMessages(lang)] as [string, EditorMessages])
	);
	const german = ((await import(/* @vite-ignore */ GERMAN)) as { messages: EditorMessages })
		.messages;
	return [...own, ['de (tests/fixtures/projects/alt)', german]];
}

/** Calls every word of the preview page: strings as they are, functions with sample values. */
function previewTexts(table: EditorMessages): Record<string, string> {
	const words = table.preview;
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(words)) {
		out[key] =
			typeof value === 'string'
				? value
				: key === 'withYours'
					? words.withYours(['capex.csv', 'market.csv'])
					: key === 'failed'
						? words.failed('TypeError')
						: (value as (bytes: number) => string)(1_234_567);
	}
	return out;
}

describe("the checker's messages", () => {
	it('has samples for exactly the messages of the fallback table', () => {
		expect(Object.keys(FALLBACK_MESSAGES.checker).sort()).toEqual(KEYS);
	});

	it('loads a table for every language of the table', async () => {
		for (const lang of LANG_CODES) {
			const table = await loadMessages(lang);
			expect(Object.keys(table.checker).sort(), lang).toEqual(KEYS);
		}
	});

	it('renders every message in every language, as text with no gap in it', async () => {
		for (const [lang, table] of await tables()) {
			expect(Object.keys(table.checker).sort(), `${lang}: its messages`).toEqual(KEYS);
			for (const key of KEYS) {
				const text = renderMessage({ key, params: SAMPLES[key] } as never, table.checker);
				expect(text.trim(), `${lang}: ${key}`).not.toBe('');
				expect(text, `${lang}: ${key}`).not.toMatch(/undefined|\[object |NaN|\$\{/);
			}
		}
	});

	it('has every message translated: no language prints a message as English does', async () => {
		const english = (await tables()).find(([lang]) => lang === FALLBACK_LANG)?.[1];
		if (!english) throw new Error('no English table');
		for (const [lang, table] of await tables()) {
			if (lang === FALLBACK_LANG) continue;
			for (const key of KEYS) {
				const params = SAMPLES[key];
				const own = renderMessage({ key, params } as never, table.checker);
				const theirs = renderMessage({ key, params } as never, english.checker);
				expect(own, `${lang}: ${key} is still in English`).not.toBe(theirs);
			}
		}
	});

	it('renders a message named by another in the same language', async () => {
		const french = await loadMessages('fr');
		const said = message('notQuantity', {
			found: '522',
			what: message('whatLatitude'),
			expected: message('expectNumberBetween', { min: -90, max: 90 })
		});
		expect(renderMessage(said, french.checker)).toBe(
			'"522" n’est pas une latitude (attendu\u00A0: un nombre entre -90 et 90)'
		);
		expect(renderMessage(said)).toBe(
			'"522" is not a latitude (expected a number between -90 and 90)'
		);
	});
});

describe("the preview page's words", () => {
	it('has every word, with no gap, in every language, each different from English', async () => {
		const all = await tables();
		const english = previewTexts(FALLBACK_MESSAGES);
		for (const [lang, table] of all) {
			const texts = previewTexts(table);
			expect(Object.keys(texts).sort(), lang).toEqual(Object.keys(english).sort());
			for (const [key, text] of Object.entries(texts)) {
				expect(text.trim(), `${lang}: ${key}`).not.toBe('');
				expect(text, `${lang}: ${key}`).not.toMatch(/undefined|\[object |NaN|\$\{/);
				if (lang !== FALLBACK_LANG) expect(text, `${lang}: ${key}`).not.toBe(english[key]);
			}
		}
	});
});
