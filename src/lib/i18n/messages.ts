/**
 * What the editors' tools say, in every language of the language table: the
 * checker's messages (`MessageParams` lists them, with what each one needs)
 * and the preview page's words (`PreviewWords`).
 *
 * A problem carries its message as data, a key of `MessageParams` and that
 * key's parameters (`Message`), never as text: the same check prints in any
 * language, in the terminal, in the dev page and in the preview page's worker.
 * Each language renders the messages in its own table,
 * `src/lib/i18n/<code>/messages.ts`, beside its words, loaded only where a
 * message is printed (`loadMessages`). The language table does not refer to
 * it, so story pages, which import the table, do not carry it.
 *
 * Adding a message: its key and parameters here, in `MessageParams`, then
 * its text in each language's `messages.ts`; TypeScript lists every table that
 * lacks it, and tests/unit/i18n/messages.test.ts renders every message in
 * every language.
 */
import type { Lang } from './languages.ts';
import { messages as english } from './en/messages.ts';

/** A message that needs no parameters. */
export type NoParams = Record<never, never>;

/**
 * Every message the checker and the preview page print, by key, with its
 * parameters: what each language's text is written from. A parameter typed
 * `Message` is itself a message (a phrase such as "a latitude"), rendered in
 * the same language. The English text is in src/lib/i18n/en/messages.ts.
 */
export interface MessageParams {
	// files: reading and decoding
	/** a file the checker needs is not there */
	fileNotFound: NoParams;
	/** a file is there but cannot be read (`reason`: the system's code, e.g. EACCES) */
	fileUnreadable: { reason: string };
	/** a byte sequence that is not text: `code` as U+XXXX, on physical line `line` */
	notText: { code: string; line: number };
	/** a copy file with nothing in it */
	emptyCopy: { keys: string[]; sections: string[] };

	// files dropped on the preview page
	/** a dropped file whose name is none of the story's files */
	unknownFile: { expected: string[] };
	/** a spreadsheet workbook (.xlsx, .ods…) dropped instead of its CSV */
	workbook: NoParams;
	/** a dropped file over the size limit, both in bytes */
	tooLarge: { bytes: number; limit: number };

	// CSV syntax
	/** a quoted value never closed */
	unclosedQuote: NoParams;
	/** a character right after a closing quote (`found`) where the separator should be */
	textAfterQuote: { found: string };
	/** any other syntax error, with the CSV parser's own (English) reason */
	unreadableRow: { reason: string };

	// a CSV file as a table
	/** a CSV file with no text; `columns` are the ones it needs */
	emptyFile: { columns: string[] };
	/** a column the file does not use; `columns` are the ones it knows */
	columnIgnored: { columns: string[] };
	/** a column named twice; `first` is the 1-based column of its first occurrence */
	columnTwice: { first: number };
	/** a required column is missing; `header`: the names the header has; `otherSeparator`: the header is one name, so the separator is likely wrong */
	columnMissing: { column: string; header: string[]; otherSeparator: boolean };
	/** a header and no row */
	noRows: NoParams;
	/** a row with another number of values than the header has columns */
	rowWidth: { values: number; columns: number; separator: string };

	// cells
	/** a key (id, year) already used on line `line` of the file */
	duplicate: { found: string; line: number; column: string };
	/** an empty text cell; `expected`: what it should hold */
	emptyText: { expected: Message };
	/** `1,234` in a `;` file with no other number to tell the decimal mark */
	ambiguousComma: {
		found: string;
		/** the value read with a decimal comma: 1.234 */
		asDecimal: string;
		/** the value read with a thousands comma: 1234 */
		digits: string;
		/** the whole number with a space between thousands: "1 234" */
		spaced: string;
		/** the decimal written unambiguously: "1,2340" */
		decimal: string;
	};
	/** a number written with the other decimal mark than the file's */
	otherDecimalMark: { found: string; expected: Message; mark: ',' | '.' };
	/** not a number of the column's kind (`what`), or out of its range (`expected`) */
	notQuantity: { found: string; what: Message; expected: Message };
	/** not a yes/no value */
	notYesNo: { found: string };
	/** not one of the column's values */
	notAllowed: { found: string; allowed: string[] };

	// what a column holds, named by the messages above
	whatLatitude: NoParams;
	whatLongitude: NoParams;
	whatYear: NoParams;
	whatAmount: NoParams;
	whatPercentChange: NoParams;
	expectNumberBetween: { min: number; max: number };
	expectWholeNumberBetween: { min: number; max: number; example: number };
	expectBillionsUsd: NoParams;
	expectPercent: NoParams;
	expectSiteId: NoParams;
	expectSiteSource: NoParams;
	expectCompanies: NoParams;
	expectCapexSource: NoParams;
	expectMarketId: NoParams;
	expectCompany: NoParams;
	expectMarketSource: NoParams;

	// the map's data
	/** an ISO code the atlas has no shape for */
	countryNoShape: { found: string };
	/** not an ISO 3166-1 alpha-2 code; `suggestions`: codes the editor may have meant */
	notCountryCode: { found: string; suggestions: string[] };
	/** lat is no latitude, but lat and lon swapped fall in `country` */
	latitudeSwapped: { lat: string; lon: string; country: string };
	/** the point is outside `country`, but swapped it falls inside */
	pointSwapped: { lat: string; lon: string; country: string };
	/** the point is outside `country` (a warning: a site may be offshore) */
	pointOutside: { lat: string; lon: string; country: string };
	/** a `home` row whose precision (`found`) is not `country` */
	homeNotCountry: { found: string };
	/** a second `home` row; `line`: the first one's */
	homeTwice: { line: number };
	/** a data-centre row in `country`, the home market given on line `line` */
	centresInHome: { country: string; line: number };
	/** a `home` row for `country`, which has data-centre rows from line `line` */
	homeHasCentres: { country: string; line: number };

	// the copy
	/** `chart:` names no chart of the registry */
	notAChart: { found: string; charts: string[] };
	/** a step key the step's chart does not use */
	keyNotForChart: { chart: string; key: string; allowed: string[] };
	/** a step without `text:` */
	stepTextMissing: NoParams;
	/** a step whose `text:` is empty */
	stepTextEmpty: NoParams;
	/** a top key (headline…) with an empty value */
	topKeyEmpty: { key: string };
	/** a top key (headline…) missing */
	topKeyMissing: { key: string };
	/** a top key the copy does not use */
	topKeyIgnored: { keys: string[]; sections: string[] };
	/** `date:` not written YYYY-MM-DD */
	dateNotIso: { found: string };
	/** `date:` with a month (`month`) outside 1–12 */
	dateNoMonth: { found: string; month: number };
	/** `date:` with a day its month does not have; `days`: the days in that month */
	dateNoDay: { found: string; days: number };
	/** a key inside [steps] before any `chart:` */
	beforeFirstChart: { charts: string[] };
	/** no step at all */
	noSteps: { charts: string[] };

	// each chart's keys in the copy
	/** capex `years:` item that is not a year */
	notAYear: { found: string; file: string };
	/** capex `years:` year that is not in the data */
	yearNotInData: { year: number; file: string; years: string[] };
	/** map `focus:` that is no country on the map */
	focusNotOnMap: { found: string; suggestions: string[] };
	/** map `annotation:` with nothing after it */
	annotationEmpty: NoParams;
	/** map `annotation:` whose country code (`code`) has no label after it */
	annotationNoLabel: { code: string };
	/** map `annotation:` whose code is no country on the map; `suggestions`: codes the editor may have meant */
	annotationNotOnMap: { found: string; suggestions: string[] };
	/** map `annotation:` label of `length` characters, over `max` */
	annotationTooLong: { length: number; max: number };
	/** map `annotation:` for a country the step annotates already, on line `line` */
	annotationRepeated: { country: string; line: number };
	/** map `annotation:` past the `max` a step may have */
	annotationTooMany: { max: number };
	/** market `rows:` id that is not in the data */
	idNotInData: { found: string; file: string; ids: string[] };
	/** market `rows:` id listed twice */
	listedTwice: { found: string };

	// the command line (npm run data:check), printed without a place
	/** `--lang` names no language of the table */
	cliUnknownLang: { found: string; langs: string[] };
	/** an option the command does not take */
	cliUnknownOption: { found: string; langs: string[] };
	/** the folder to check has no data/ folder (often `npm run data:check --lang fr` without `--`, which passes `fr` as the folder) */
	cliNoDataFolder: { root: string; langs: string[] };

	// the report
	/** a warning's text after the contract prefix: "warning: …" */
	warning: { text: string };
	/** the verdict when the data has errors */
	summaryInvalid: { errors: number; warnings: number; files: number };
	/** `vite build` stopped by the data, after the lines; `summary`: the verdict */
	buildRefused: { summary: string };
	/** the verdict when the data is valid: rows per CSV, copy files read, warnings */
	summaryValid: { files: { file: string; rows: number }[]; stories: number; warnings: number };
}

export type MessageKey = keyof MessageParams;

/** A message as a problem carries it: plain data, so it crosses to a worker and back. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams[K] } }[MessageKey];

/** Renders a message that another one names as a parameter, in the same language. */
export type Say = (message: Message) => string;

/** One language's text for every message. */
export type CheckerMessages = {
	[K in MessageKey]: (params: MessageParams[K], say: Say) => string;
};

/** The preview page's own words, around the checker's messages. */
export interface PreviewWords {
	/** the page's title and heading */
	title: string;
	/** what the page is for, one paragraph */
	intro: string;
	/** that the files stay on the editor's machine */
	privacy: string;
	/** for browsers without JavaScript, which cannot check anything */
	needsScript: string;
	/** the drop zone's invitation */
	drop: string;
	/** the file input's label, for those who do not drag */
	choose: string;
	/** the size limit, from bytes: "Files up to 10 MB" */
	limit: (bytes: number) => string;
	/** the heading of the list of the story's files */
	filesHeading: string;
	/** a file that is the published one */
	published: string;
	/** a file that is the editor's, from its size in bytes */
	yours: (bytes: number) => string;
	/** the button that goes back to the published file */
	remove: string;
	/** the button that forgets every file of the editor's */
	forget: string;
	/** while the worker checks */
	checking: string;
	/** while the story is drawn with the editor's files */
	drawing: string;
	/** above the published story, before any file is dropped */
	asPublished: string;
	/** above the story drawn with the editor's files (names of those files) */
	withYours: (files: string[]) => string;
	/** the problem list's advice on this page */
	help: string;
	/** when the preview itself fails (not the files): the reason, as the browser gives it */
	failed: (reason: string) => string;
}

/** A language's table: the checker's messages and the preview page's words. */
export interface EditorMessages {
	checker: CheckerMessages;
	preview: PreviewWords;
}

/** The language the checker speaks when nothing says which: the CLI and build logs without a locale. */
export const FALLBACK_LANG: Lang = 'en';

/** The fallback language's table, always at hand (no loading): what `formatProblem` uses by default. */
export const FALLBACK_MESSAGES: EditorMessages = english;

/** A message with its parameters; a message without any takes none. */
export function message<K extends MessageKey>(
	key: K,
	...params: keyof MessageParams[K] extends never ? [] : [MessageParams[K]]
): Message {
	return { key, params: params[0] ?? {} } as Message;
}

/** A message's text in a language's table. */
export function renderMessage(
	said: Message,
	table: CheckerMessages = FALLBACK_MESSAGES.checker
): string {
	const render = table[said.key] as (params: Message['params'], say: Say) => string;
	return render(said.params, (inner) => renderMessage(inner, table));
}

/** Where a language's table is, from the project's root: every language folder has one. */
export function messagesFile(lang: Lang): string {
	return `src/lib/i18n/${lang}/messages.ts`;
}

/**
 * A language's table, from its folder, loaded when first needed: by the CLI,
 * the dev page, the preview page and its worker. Vite bundles every folder's
 * table from this one import (each its own chunk); under Node, tsx loads it.
 */
export async function loadMessages(lang: Lang): Promise<EditorMessages> {
	const module: unknown = await import(`./${lang}/messages.ts`);
	if (typeof module !== 'object' || module === null || !('messages' in module)) {
		throw new Error(`${messagesFile(lang)} does not export its table as "messages"`);
	}
	return module.messages as EditorMessages;
}
