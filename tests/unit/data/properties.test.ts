/**
 * Properties over generated files: any valid table, written in any dialect,
 * parses to the same data; any bytes at all give data or located problems,
 * never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCapex, parseDatacentres, parseMarket, parseStory } from '$lib/data/check';
import {
	MARKET_PERIODS,
	PRECISIONS,
	SITE_STATUSES,
	type CapexRow,
	type DataCentre,
	type MarketRow,
	type Problem
} from '$lib/types';
import { DIALECTS, lines, writeTable, type CellValue } from './helpers';
import { renderMessage } from '$lib/i18n/messages';

/** Characters French copy is full of, plus every character that needs quoting. */
const TEXT_CHARS = [
	'a',
	'Z',
	'é',
	'à',
	'’',
	'–',
	'€',
	'…',
	'œ',
	' ',
	',',
	';',
	'"',
	'\n',
	'1',
	'.',
	'%'
];
const text = fc
	.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 12 })
	.filter((value) => value.trim() === value && value !== '' && !value.includes('\n\n'));
const optionalText = fc.oneof(fc.constant(''), text);
const id = fc.string({
	unit: fc.constantFrom('a', 'b', 'z', '-', '1'),
	minLength: 1,
	maxLength: 6
});
/** Booleans as editors spell them, in any case. */
const booleanWord = (value: boolean): fc.Arbitrary<string> =>
	fc
		.constantFrom(
			...(value ? ['yes', 'oui', 'true', 'vrai', '1'] : ['no', 'non', 'false', 'faux', '0'])
		)
		.chain((word) =>
			fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1))
		);
/** Up to two decimals: a value with exactly three (1,234) is, by design, a question in a `;` file. */
const hundredths = (min: number, max: number): fc.Arbitrary<number> =>
	fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

const capexRow = fc.record({
	year: fc.integer({ min: 1900, max: 2100 }),
	companies: text,
	valueBnUsd: hundredths(0, 100_000),
	estimate: fc.boolean(),
	lowerBound: fc.boolean(),
	source: text,
	sourceEn: optionalText
});

const marketRow = fc.record({
	id,
	company: text,
	listing: fc.record({ fr: optionalText, en: optionalText }),
	period: fc.constantFrom(...MARKET_PERIODS),
	changePct: hundredths(-100, 10_000),
	lowerBound: fc.boolean(),
	source: text,
	sourceEn: optionalText
});

/** Points well inside their country, so that any jitter of ±0.1° stays inside. */
const CENTRES: [string, number, number][] = [
	['US', 39.8, -98.6],
	['AU', -25.3, 133.8],
	['BR', -10.8, -52.9],
	['FR', 46.6, 2.4],
	['NL', 52.2, 5.5],
	['CN', 33.5, 103.5]
];
const dataCentre = fc
	.record({
		id,
		centre: fc.constantFrom(...CENTRES),
		jitterLat: fc.integer({ min: -1000, max: 1000 }),
		jitterLon: fc.integer({ min: -1000, max: 1000 }),
		status: fc.constantFrom(...SITE_STATUSES),
		precision: fc.constantFrom(...PRECISIONS),
		source: text,
		sourceEn: optionalText
	})
	.map(({ centre: [country, lat, lon], jitterLat, jitterLon, ...rest }): DataCentre => ({
		...rest,
		country,
		// four decimals: round to avoid 46.6 + 0.0001 = 46.600100000000005
		lat: Math.round((lat + jitterLat / 10_000) * 10_000) / 10_000,
		lon: Math.round((lon + jitterLon / 10_000) * 10_000) / 10_000
	}));

const dialect = fc.constantFrom(...DIALECTS);

const cellsOf = {
	capex: (rows: CapexRow[], words: string[][]): CellValue[][] =>
		rows.map((row, i) => [
			row.year,
			row.companies,
			row.valueBnUsd,
			words[i]?.[0] ?? '',
			words[i]?.[1] ?? '',
			row.source,
			row.sourceEn
		]),
	market: (rows: MarketRow[], words: string[]): CellValue[][] =>
		rows.map((row, i) => [
			row.id,
			row.company,
			row.listing.fr,
			row.listing.en,
			row.period,
			row.changePct,
			words[i] ?? '',
			row.source,
			row.sourceEn
		])
};

describe('any valid table parses to the same data in every dialect', () => {
	it('capex.csv', () => {
		const table = fc
			.uniqueArray(capexRow, { minLength: 1, maxLength: 8, selector: (row) => row.year })
			.chain((rows) =>
				fc.tuple(
					fc.constant(rows),
					fc.tuple(
						...rows.map((row) => fc.tuple(booleanWord(row.estimate), booleanWord(row.lowerBound)))
					)
				)
			);
		fc.assert(
			fc.property(table, dialect, ([rows, words], d) => {
				const bytes = writeTable(
					['year', 'companies', 'value_busd', 'estimate', 'lower_bound', 'source', 'source_en'],
					cellsOf.capex(rows, words),
					d
				);
				const parsed = parseCapex(bytes, 'data/capex.csv');
				expect(lines(parsed.problems)).toEqual([]);
				expect(parsed.rows).toEqual(rows);
			})
		);
	});

	it('market.csv', () => {
		const table = fc
			.uniqueArray(marketRow, { minLength: 1, maxLength: 8, selector: (row) => row.id })
			.chain((rows) =>
				fc.tuple(fc.constant(rows), fc.tuple(...rows.map((row) => booleanWord(row.lowerBound))))
			);
		fc.assert(
			fc.property(table, dialect, ([rows, words], d) => {
				const header = [
					'id',
					'company',
					'listing_fr',
					'listing_en',
					'period',
					'change_pct',
					'lower_bound',
					'source',
					'source_en'
				];
				const parsed = parseMarket(
					writeTable(header, cellsOf.market(rows, words), d),
					'data/market.csv'
				);
				expect(lines(parsed.problems)).toEqual([]);
				expect(parsed.rows).toEqual(rows);
			})
		);
	});

	it('datacenters.csv', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(dataCentre, { minLength: 1, maxLength: 8, selector: (row) => row.id }),
				dialect,
				(rows, d) => {
					const header = [
						'id',
						'country',
						'status',
						'precision',
						'lat',
						'lon',
						'source',
						'source_en'
					];
					const cells = rows.map((row): CellValue[] => [
						row.id,
						row.country,
						row.status,
						row.precision,
						row.lat,
						row.lon,
						row.source,
						row.sourceEn
					]);
					const parsed = parseDatacentres(writeTable(header, cells, d), 'data/datacenters.csv');
					expect(lines(parsed.problems)).toEqual([]);
					expect(parsed.rows).toEqual(rows);
				}
			)
		);
	});
});

/** Every problem points into the file: a real line, a column from 1, a message. */
function expectLocated(problems: readonly Problem[], file: string, lineCount: number): void {
	for (const problem of problems) {
		expect(problem.file).toBe(file);
		expect(problem.line).toBeGreaterThanOrEqual(1);
		expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
		expect(problem.column).toBeGreaterThanOrEqual(1);
		expect(renderMessage(problem.message).length).toBeGreaterThan(0);
	}
}

/** Bytes that look like CSV often enough to reach the parser's corners: quotes, separators, line ends. */
const csvLike = fc
	.array(
		fc.constantFrom(
			'id',
			'year',
			'lat',
			',',
			';',
			'"',
			'""',
			'\n',
			'\r\n',
			'\r',
			' ',
			'1',
			'2,5',
			'-',
			'FR',
			'yes',
			'é',
			'\u00A0',
			'\uFEFF'
		),
		{ maxLength: 60 }
	)
	.map((parts) => new TextEncoder().encode(parts.join('')));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), csvLike);

function lineCount(bytes: Uint8Array): number {
	return Array.from(bytes).filter((byte) => byte === 0x0a || byte === 0x0d).length + 1;
}

describe('arbitrary bytes never make the checker throw', () => {
	const PARSERS = [
		['data/capex.csv', parseCapex],
		['data/market.csv', parseMarket],
		['data/datacenters.csv', parseDatacentres]
	] as const;
	it.each(PARSERS)('%s gives rows or located problems', (file, parse) => {
		fc.assert(
			fc.property(anyBytes, (bytes) => {
				const result = parse(bytes, file);
				expectLocated(result.problems, file, lineCount(bytes));
				expect(result.rows.length > 0 || result.problems.length > 0).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('a copy file gives a story or located problems', () => {
		const amlLike = fc
			.array(
				fc.constantFrom(
					'headline: h\n',
					'dek: d\n',
					'byline: b\n',
					'[steps]\n',
					'[]\n',
					'chart: map\n',
					'chart: capex\n',
					'text: t\n',
					':end\n',
					'focus: FR\n',
					'years: 2023\n',
					'rows: x\n',
					'* p\n',
					'{x}\n',
					':skip\n',
					':ignore\n',
					'é',
					'\n',
					':'
				),
				{ maxLength: 30 }
			)
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 200 }), amlLike), (source) => {
				const result = parseStory(source, 'data/story.fr.aml', null, 'fr');
				expectLocated(result.problems, 'data/story.fr.aml', source.split(/\r\n?|\n/).length);
				expect(result.story !== null || result.problems.some((p) => p.severity === 'error')).toBe(
					true
				);
			}),
			{ numRuns: 300 }
		);
	});
});
