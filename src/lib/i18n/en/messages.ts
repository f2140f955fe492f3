/**
 * English: every message of the checker and the preview page's words (see
 * ../messages.ts). The checker's fallback language: its lines are the ones
 * DESIGN.md's contract shows.
 */
import type { CheckerMessages, EditorMessages, PreviewWords } from '../messages.ts';

const LOCALE = 'en-GB';

/** A found value as typed: JSON quoting shows spaces, tabs and empty strings plainly. */
const quote = (value: string): string => JSON.stringify(value);

/** A found value as the subject of "is not …": an empty cell reads "empty, which is not …". */
const found = (value: string): string => (value === '' ? 'empty, which' : quote(value));

/** `a, b or c` */
function or(values: readonly string[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Bytes in kB below a megabyte, else in MB, as a file manager shows them. */
function size(bytes: number): string {
	const megabytes = bytes >= 1_000_000;
	return new Intl.NumberFormat(LOCALE, {
		style: 'unit',
		unit: megabytes ? 'megabyte' : 'kilobyte',
		maximumFractionDigits: 1
	}).format(megabytes ? bytes / 1_000_000 : bytes / 1000);
}

/** What an `annotation:` line should hold, with an example for the country `code`. */
const annotationExpected = (code: string): string =>
	`expected a country code, a colon and a short label, e.g. "${code}: Régulateur : achats de puces interdits"`;

/** What a `date:` line should hold. */
const DATE_EXPECTED =
	'expected the date as year-month-day with hyphens, e.g. 2025-02-24, or nothing after "date:"';

/** Why a country cannot be both the home market and have data centres. */
const ONE_COLOUR =
	'expected each country either home or with data centres: the map colours a country once';

const checker: CheckerMessages = {
	fileNotFound: () => 'file not found (expected this file in the data folder)',
	fileUnreadable: ({ reason }) =>
		`cannot be read (${reason}) (expected this file in the data folder)`,
	notText: ({ code, line }) =>
		`not a text file: character ${code} on line ${line} (expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type)`,
	emptyCopy: ({ keys, sections }) =>
		`empty file (expected the copy: ${or(keys)} at the top, then the sections ${sections.join(', ')})`,

	unknownFile: ({ expected }) =>
		`not a file of the story (expected one of ${expected.join(', ')}, named exactly so)`,
	workbook: () =>
		'a spreadsheet workbook, not a CSV file (expected the sheet saved as CSV: in Excel, File › Save As, type "CSV UTF-8"; in Google Sheets, File › Download › Comma-separated values)',
	tooLarge: ({ bytes, limit }) =>
		`file too large: ${size(bytes)} (expected at most ${size(limit)}; is it the right file?)`,

	unclosedQuote: () =>
		'a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)',
	textAfterQuote: ({ found }) =>
		`a quoted value is followed by ${quote(found)} (expected the separator right after the closing "; write "" for a quote inside a quoted value)`,
	unreadableRow: ({ reason }) => `cannot read this row: ${reason}`,

	emptyFile: ({ columns }) =>
		`empty file (expected a header line naming the columns ${columns.join(', ')}, then one line per row)`,
	columnIgnored: ({ columns }) => `column ignored (not one this file uses: ${columns.join(', ')})`,
	columnTwice: ({ first }) =>
		`column appears twice, also at column ${first} (expected each column once)`,
	columnMissing: ({ column, header, otherSeparator }) =>
		`missing column (expected a header named ${column}; the header has ${header.length > 0 ? header.map(quote).join(', ') : 'no names'}${otherSeparator ? '; is the separator something other than , or ;?' : ''})`,
	noRows: () =>
		'no rows: the file has a header but no data (expected at least one row under the header)',
	rowWidth: ({ values, columns, separator }) =>
		`row has ${values} values but the header has ${columns} columns (expected one value per column, separated by ${quote(separator)}; a value containing ${quote(separator)} must be in double quotes)`,

	duplicate: ({ found, line, column }) =>
		`${quote(found)} is already used on line ${line} (expected each ${column} once in the file)`,
	emptyText: ({ expected }, say) => `empty (expected ${say(expected)})`,
	ambiguousComma: ({ found, asDecimal, digits, spaced, decimal }) =>
		`${quote(found)}: is the comma a decimal comma (${asDecimal}) or a thousands separator (${digits})? No other number in this file tells (expected ${digits} or "${spaced}" for a whole number, "${decimal}" for a decimal)`,
	otherDecimalMark: ({ found, expected, mark }, say) =>
		`${quote(found)} does not use this file's decimal mark (expected ${say(expected)}, written with ${mark === ',' ? 'decimal commas, e.g. "3,6"' : 'decimal points, e.g. "3.6"'}, like the file's other numbers)`,
	notQuantity: ({ found: value, what, expected }, say) =>
		`${found(value)} is not ${say(what)} (expected ${say(expected)})`,
	notYesNo: ({ found: value }) =>
		`${found(value)} is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`,
	notAllowed: ({ found: value, allowed }) =>
		`${found(value)} is not an allowed value (expected ${or(allowed)})`,

	whatLatitude: () => 'a latitude',
	whatLongitude: () => 'a longitude',
	whatYear: () => 'a year',
	whatAmount: () => 'an amount of money',
	whatPercentChange: () => 'a percentage change',
	expectNumberBetween: ({ min, max }) => `a number between ${min} and ${max}`,
	expectWholeNumberBetween: ({ min, max, example }) =>
		`a whole number between ${min} and ${max}, e.g. ${example}`,
	expectBillionsUsd: () => 'billions of US dollars, a number 0 or more, e.g. 32',
	expectPercent: () => 'a number of percent, negative for a fall, e.g. 3.6 for +3.6 %',
	expectSiteId: () => 'a short identifier, e.g. "fr"',
	expectSiteSource: () => 'who disclosed the site',
	expectCompanies: () =>
		'who the figure covers, in the source\'s words, e.g. "les quatre principaux groupes technologiques chinois"',
	expectCapexSource: () => 'who published the figure',
	expectMarketId: () => 'a short identifier the story copy refers to, e.g. "alibaba-adr"',
	expectCompany: () => 'the company name, e.g. "JD.com"',
	expectMarketSource: () => 'who reported the move',

	countryNoShape: ({ found: value }) =>
		`${found(value)} is a country code the map has no shape for (expected a country the map draws; for a territory drawn as part of another country, use that country's code)`,
	notCountryCode: ({ found: value, suggestions }) =>
		`${found(value)} is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR${suggestions.length > 0 ? `; did you mean ${or(suggestions)}?` : ''})`,
	latitudeSwapped: ({ lat, lon, country }) =>
		`${quote(lat)} is not a latitude, but lat ${lon}, lon ${lat} falls in ${country}: lat and lon look swapped (expected lat, a number between -90 and 90, then lon)`,
	pointSwapped: ({ lat, lon, country }) =>
		`${quote(lat)} with lon ${quote(lon)} is outside ${country}, but lat ${lon}, lon ${lat} falls in ${country}: lat and lon look swapped (expected lat, then lon)`,
	pointOutside: ({ lat, lon, country }) =>
		`${quote(lat)} with lon ${quote(lon)} is not in ${country} on the map (expected a point in the country named in column country; west and south are negative)`,
	homeNotCountry: ({ found }) =>
		`${quote(found)} is not allowed for the home market (expected country: a home row marks a whole country, not a site)`,
	homeTwice: ({ line }) =>
		`home is already given on line ${line} (expected one home market on the map; mark the other countries existing or planned)`,
	centresInHome: ({ country, line }) =>
		`${country} is the home market on line ${line} and cannot also have data-centre rows (${ONE_COLOUR})`,
	homeHasCentres: ({ country, line }) =>
		`${country} has data-centre rows (line ${line}) and cannot also be the home market (${ONE_COLOUR})`,

	notAChart: ({ found: value, charts }) =>
		`${found(value)} is not a chart (expected ${or(charts)})`,
	keyNotForChart: ({ chart, key, allowed }) =>
		`ignored: a ${chart} step does not use ${key} (expected ${or(allowed)})`,
	stepTextMissing: () =>
		'missing (expected the step\'s text after "text:"; end a text of several lines with ":end" on its own line)',
	stepTextEmpty: () =>
		'empty (expected the step\'s text after "text:"; end a text of several lines with ":end" on its own line)',
	topKeyEmpty: ({ key }) => `empty (expected the ${key} after "${key}:")`,
	topKeyMissing: ({ key }) => `missing (expected a line "${key}: …" at the top of the file)`,
	topKeyIgnored: ({ keys, sections }) =>
		`ignored: not a key this file uses (expected ${or(keys)} at the top, then the sections ${sections.join(', ')})`,
	dateNotIso: ({ found }) => `${quote(found)} is not a date written YYYY-MM-DD (${DATE_EXPECTED})`,
	dateNoMonth: ({ found, month }) =>
		`${quote(found)} is not a date: there is no month ${month} (${DATE_EXPECTED})`,
	dateNoDay: ({ found, days }) =>
		`${quote(found)} is not a date: that month has ${days} days (${DATE_EXPECTED})`,
	beforeFirstChart: ({ charts }) =>
		`comes before any "chart:" in [steps] (expected each step to start with "chart: ${charts.join('|')}")`,
	noSteps: ({ charts }) =>
		`no steps (expected a [steps] section with at least one step starting "chart: ${charts.join('|')}", closed by [])`,

	notAYear: ({ found, file }) =>
		`${quote(found)} is not a year (expected years from ${file} separated by commas, e.g. 2023, 2025)`,
	yearNotInData: ({ year, file, years }) =>
		`${year} is not a year in ${file} (expected ${or(years)})`,
	focusNotOnMap: ({ found, suggestions }) =>
		`${quote(found)} is not a country on the map (expected world, or a country code in capitals, e.g. FR${suggestions.length > 0 ? `; did you mean ${or(suggestions)}?` : ''})`,
	annotationEmpty: () => `empty (${annotationExpected('CN')})`,
	annotationNoLabel: ({ code }) =>
		`${quote(code)} has no label (${annotationExpected(code === '' ? 'CN' : code)})`,
	annotationNotOnMap: ({ found: value, suggestions }) =>
		`${found(value)} is not a country on the map (expected a country code in capitals before the colon, e.g. CN${suggestions.length > 0 ? `; did you mean ${or(suggestions)}?` : ''})`,
	annotationTooLong: ({ length, max }) =>
		`the label is ${length} characters long (expected at most ${max}, so that it fits beside its country on a phone; shorten it and say the rest in the step's text)`,
	annotationRepeated: ({ country, line }) =>
		`${country} is already annotated on line ${line} (expected one annotation per country in a step; put both notes in one label)`,
	annotationTooMany: ({ max }) =>
		`one annotation too many (expected at most ${max} in a step, so that they fit on a phone)`,
	idNotInData: ({ found, file, ids }) =>
		`${quote(found)} is not an id in ${file} (expected ids separated by commas, among ${or(ids)})`,
	listedTwice: ({ found }) => `${quote(found)} is listed twice (shown once)`,

	cliUnknownLang: ({ found, langs }) =>
		`--lang ${quote(found)} is not a language of the story (expected ${or(langs)})`,
	cliUnknownOption: ({ found, langs }) =>
		`${quote(found)} is not an option (expected npm run data:check -- --lang ${langs.join('|')} FOLDER, both optional)`,
	cliNoDataFolder: ({ root, langs }) =>
		`no data folder in ${quote(root)} (expected the project's folder; to choose the language, put -- before the options: npm run data:check -- --lang ${langs.join('|')})`,

	warning: ({ text }) => `warning: ${text}`,
	summaryInvalid: ({ errors, warnings, files }) =>
		`${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')} in ${count(files, 'file', 'files')}`,
	buildRefused: ({ summary }) =>
		`invalid data, nothing was built: ${summary} (see the lines above)`,
	summaryValid: ({ files, stories, warnings }) =>
		`data/ is valid: ${files.map(({ file, rows }) => `${count(rows, 'row', 'rows')} in ${file}`).join(', ')}, ${count(stories, 'story', 'stories')}${warnings > 0 ? ` (${count(warnings, 'warning', 'warnings')})` : ''}`
};

const preview: PreviewWords = {
	title: 'Preview your files',
	intro:
		'Drop one or more of the story’s files here, CSV tables or copy, as saved from Excel or any spreadsheet: the page checks them and, when they are valid, shows the story with your data. The other files stay as published.',
	privacy:
		'Your files never leave this computer: they are checked in this page, and reloading it forgets them.',
	needsScript: 'This page needs JavaScript: it checks your files in your browser.',
	drop: 'Drop your files anywhere on this page',
	choose: 'Or choose files',
	limit: (bytes) => `Files up to ${size(bytes)}.`,
	filesHeading: 'The story’s files',
	published: 'as published',
	yours: (bytes) => `yours (${size(bytes)})`,
	remove: 'Use the published file',
	forget: 'Forget my files',
	checking: 'Checking…',
	drawing: 'Drawing the story…',
	asPublished: 'The story as published. Drop your files to see it with your data.',
	withYours: (files) => `The story with your files: ${files.join(', ')}.`,
	help: 'Fix each file at the line shown, save it as CSV and drop it here again. Warnings do not stop publication.',
	failed: (reason) => `The preview failed (${reason}). Reload the page and try again.`
};

export const messages: EditorMessages = { checker, preview };
