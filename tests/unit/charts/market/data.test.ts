/**
 * `data/market.csv` through its parser: every column's located errors, the
 * optional translated `listing`, every dialect a spreadsheet writes,
 * generated tables, arbitrary bytes, and the fixture file (French Excel:
 * `;`, decimal commas, Windows-1252, CRLF).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKET_COLUMNS, parseMarket, type MarketRow } from '$lib/charts/market/data';
import { MARKET_PERIODS } from '$lib/charts/market/row';
import type { Translated } from '$lib/types';
import { lines, utf8 } from '../../support/bytes';
import { DIALECTS, writeTable, type CellValue } from '../../support/dialects';
import {
	booleanWord,
	dialect,
	expectRowsOrLocatedProblems,
	PROPERTY_TIMEOUT_MS,
	hundredths,
	id,
	optionalText,
	text
} from '../../support/arbitrary';
import { fixtureBytes } from '../../support/fixtures';
import { tr } from '../../support/rows';

const MARKET = 'data/market.csv';
/** The listing in both languages and no base column, as the story's first market.csv had it. */
const HEADER = 'id,company,listing_fr,listing_en,period,change_pct,lower_bound,source';

type Case = [behaviour: string, text: string, expected: string[]];

describe('located problems', () => {
	const CASES: Case[] = [
		[
			'an unknown period lists the allowed values',
			`${HEADER}\njd,JD.com,,,week,3.6,no,x\n`,
			[`${MARKET}:2:5: period: "week" is not an allowed value (expected day or ytd)`]
		],
		[
			'an empty source',
			`${HEADER}\njd,JD.com,,,day,3.6,no,\n`,
			[`${MARKET}:2:8: source: empty (expected who reported the move)`]
		],
		[
			'an empty id and an empty company',
			`${HEADER}\n,,,,day,3.6,no,x\n`,
			[
				`${MARKET}:2:1: id: empty (expected a short identifier the story copy refers to, e.g. "alibaba-adr")`,
				`${MARKET}:2:2: company: empty (expected the company name, e.g. "JD.com")`
			]
		],
		['a negative change is fine', `${HEADER}\njd,JD.com,,,day,-3.6,no,x\n`, []],
		[
			'a change that is not a number',
			`${HEADER}\njd,JD.com,,,day,+3.6 %,no,x\n`,
			[
				`${MARKET}:2:6: change_pct: "+3.6 %" is not a percentage change (expected a number of percent, negative for a fall, e.g. 3.6 for +3.6 %)`
			]
		],
		[
			'a decimal point in a decimal-comma file',
			`${HEADER.replaceAll(',', ';')}\njd;JD.com;;;day;3,6;no;x\nt;Tencent;;;day;2,1;no;x\nn;NAURA;;;day;10.5;no;x\n`,
			[
				`${MARKET}:4:6: change_pct: "10.5" does not use this file's decimal mark (expected a number of percent, negative for a fall, e.g. 3.6 for +3.6 %, written with decimal commas, e.g. "3,6", like the file's other numbers)`
			]
		],
		[
			'a duplicate id in market.csv',
			`${HEADER}\njd,JD.com,,,day,3.6,no,x\njd,JD.com,,,ytd,30,no,x\n`,
			[`${MARKET}:3:1: id: "jd" is already used on line 2 (expected each id once in the file)`]
		],
		[
			'a quoted value spanning two lines keeps later lines physical',
			`${HEADER}\nadr,Alibaba,"ADR,\nWall Street",ADR,day,9,no,x\njd,JD.com,,,day,3.6,peut-être,x\n`,
			[
				`${MARKET}:4:7: lower_bound: "peut-être" is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
			]
		],
		[
			'a bad value after a line break inside the same row is on its own physical line',
			`${HEADER}\nadr,Alibaba,"ADR,\nWall Street",ADR,day,nine,no,x\n`,
			[
				`${MARKET}:3:6: change_pct: "nine" is not a percentage change (expected a number of percent, negative for a fall, e.g. 3.6 for +3.6 %)`
			]
		]
	];
	it.each(CASES)('%s', (_behaviour, source, expected) => {
		expect(lines(parseMarket(utf8(source), MARKET).problems)).toEqual(expected);
	});
});

describe('the listing, optional and translated', () => {
	const BASE = MARKET_COLUMNS.join(',');
	it.each<[string, string, string, Translated]>([
		['no listing column at all', BASE, 'jd,JD.com,day,3.6,no,x', tr('')],
		['the listing alone', `${BASE},listing`, 'jd,JD.com,day,3.6,no,x,ADR', tr('ADR')],
		[
			'the listing and its English',
			`listing,listing_en,${BASE}`,
			'Action,Shares,jd,JD.com,day,3.6,no,x',
			tr('Action', { en: 'Shares' })
		],
		[
			'French and English without a base (the first market.csv’s columns)',
			HEADER,
			'jd,JD.com,Action,Shares,day,3.6,no,x',
			tr('', { fr: 'Action', en: 'Shares' })
		],
		[
			'every cell of it empty',
			`${BASE},listing,listing_fr,listing_en`,
			'jd,JD.com,day,3.6,no,x,,,',
			tr('', { fr: '', en: '' })
		]
	])('reads %s, without a problem', (_name, header, row, listing) => {
		const parsed = parseMarket(utf8(`${header}\n${row}\n`), MARKET);
		expect(lines(parsed.problems)).toEqual([]);
		expect(parsed.rows.map((r) => r.listing)).toEqual([listing]);
	});
});

const DIALECT_HEADER = [
	'id',
	'company',
	'listing_fr',
	'listing_en',
	'period',
	'change_pct',
	'lower_bound',
	'source'
];
const DIALECT_ROWS: CellValue[][] = [
	[
		'alibaba-asia',
		'Alibaba',
		'Action, marchés asiatiques',
		'Shares, Asian markets',
		'day',
		10,
		'oui',
		'Presse économique'
	],
	['jd', 'JD.com', '', '', 'day', 3.6, 'non', 'Presse économique'],
	['drop', 'Exemple', 'Baisse', 'Fall', 'ytd', -2.25, 'false', 'Presse économique']
];

describe('every dialect parses to the same data', () => {
	const plain = DIALECTS[0];
	if (!plain) throw new Error('no dialects');
	const market = parseMarket(writeTable(DIALECT_HEADER, DIALECT_ROWS, plain), MARKET);

	it('reads the plain CSV without problems', () => {
		expect(lines(market.problems)).toEqual([]);
		expect(market.rows.map((row) => [row.changePct, row.lowerBound])).toEqual([
			[10, true],
			[3.6, false],
			[-2.25, false]
		]);
		expect(market.rows[0]?.listing).toEqual(
			tr('', { fr: 'Action, marchés asiatiques', en: 'Shares, Asian markets' })
		);
	});

	it.each(DIALECTS.map((d) => [d.name, d] as const))('%s', (_name, d) => {
		const m = parseMarket(writeTable(DIALECT_HEADER, DIALECT_ROWS, d), MARKET);
		expect(lines(m.problems)).toEqual([]);
		expect(m.rows).toEqual(market.rows);
	});

	it('reads a typographic minus as a minus', () => {
		const parsed = parseMarket(
			utf8(`${DIALECT_HEADER.join(';')}\nx;X;;;day;\u22123,5;non;x\n`),
			MARKET
		);
		expect(lines(parsed.problems)).toEqual([]);
		expect(parsed.rows.map((row) => row.changePct)).toEqual([-3.5]);
	});
});

describe('the fixture file', () => {
	it('reads market.csv saved by French Excel: ;, decimal commas, Windows-1252, CRLF', () => {
		const { rows, problems } = parseMarket(fixtureBytes(MARKET), MARKET);
		expect(problems).toEqual([]);
		const wire = tr('Presse financière – dépêche', { en: 'Financial press – wire' });
		const untranslated = tr('Presse financière – dépêche', { en: '' });
		expect(rows).toEqual([
			{
				id: 'baba-hk',
				company: 'Alibaba',
				listing: tr('Action, Hong Kong', { en: 'Shares, Hong Kong' }),
				period: 'day',
				changePct: 8.5,
				lowerBound: true,
				source: wire
			},
			{
				id: 'baidu',
				company: 'Baidu',
				listing: tr('', { en: '' }),
				period: 'day',
				changePct: -1.2,
				lowerBound: false,
				source: untranslated
			},
			{
				id: 'tencent',
				company: 'Tencent',
				listing: tr('', { en: '' }),
				period: 'day',
				changePct: 2.25,
				lowerBound: false,
				source: untranslated
			},
			{
				id: 'baba-ytd',
				company: 'Alibaba',
				listing: tr('Action depuis le 1er janvier', { en: 'Shares since 1 January' }),
				period: 'ytd',
				changePct: 64,
				lowerBound: false,
				source: wire
			}
		]);
	});
});

const marketRow = fc.record({
	id,
	company: text,
	listing: optionalText,
	listingFr: optionalText,
	listingEn: optionalText,
	period: fc.constantFrom(...MARKET_PERIODS),
	changePct: hundredths(-100, 10_000),
	lowerBound: fc.boolean(),
	source: text,
	sourceEn: optionalText
});

describe('generated files', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('any valid table parses to the same data in every dialect', () => {
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
					'listing',
					'listing_fr',
					'listing_en',
					'period',
					'change_pct',
					'lower_bound',
					'source',
					'source_en'
				];
				const cells = rows.map((row, i): CellValue[] => [
					row.id,
					row.company,
					row.listing,
					row.listingFr,
					row.listingEn,
					row.period,
					row.changePct,
					words[i] ?? '',
					row.source,
					row.sourceEn
				]);
				const parsed = parseMarket(writeTable(header, cells, d), MARKET);
				expect(lines(parsed.problems)).toEqual([]);
				expect(parsed.rows).toEqual(
					rows.map(({ listing, listingFr, listingEn, source, sourceEn, ...row }): MarketRow => ({
						...row,
						listing: tr(listing, { fr: listingFr, en: listingEn }),
						source: tr(source, { en: sourceEn })
					}))
				);
			})
		);
	});

	it('arbitrary bytes give rows or located problems, never an exception', () => {
		expectRowsOrLocatedProblems(parseMarket, MARKET);
	});
});
