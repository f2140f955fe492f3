/**
 * Editors' files in every dialect a spreadsheet writes parse to the same
 * data as the plain CSV: separator, decimal mark, BOM, CRLF, encoding,
 * thousands spaces, blank trailing lines, spaces around values.
 */
import { describe, expect, it } from 'vitest';
import { parseCapex, parseDatacentres, parseMarket } from '$lib/data/check';
import { decodeText } from '$lib/data/decode';
import { renderMessage } from '$lib/i18n/messages';
import { DIALECTS, lines, utf8, win1252, writeTable, type CellValue } from './helpers';

const CAPEX_HEADER = ['year', 'companies', 'value_busd', 'estimate', 'lower_bound', 'source'];
const CAPEX_ROWS: CellValue[][] = [
	[
		2023,
		'Alibaba, Tencent, Baidu, JD.com',
		13,
		'non',
		'non',
		'Bloomberg Intelligence – rapport cité par la presse'
	],
	[
		2025,
		'Alibaba, Tencent, Baidu, JD.com',
		32.5,
		'oui',
		'oui',
		'L’estimation de Bloomberg… (en €? non, en $)'
	],
	[2030, 'Scénario "haut"', 1234.75, 'vrai', 'faux', 'Source\nsur deux lignes']
];

const DC_HEADER = ['id', 'country', 'status', 'precision', 'lat', 'lon', 'source'];
const DC_ROWS: CellValue[][] = [
	['us', 'US', 'existing', 'country', 39.8, -98.6, 'Alibaba'],
	['au', 'AU', 'existing', 'country', -25.345, 133.807, 'Alibaba'],
	['fr', 'FR', 'planned', 'site', 48.857, 2.352, 'Alibaba – communiqué'],
	['br', 'BR', 'planned', 'country', -10, -53, 'Alibaba']
];

const MARKET_HEADER = [
	'id',
	'company',
	'listing_fr',
	'listing_en',
	'period',
	'change_pct',
	'lower_bound',
	'source'
];
const MARKET_ROWS: CellValue[][] = [
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
	const capex = parseCapex(writeTable(CAPEX_HEADER, CAPEX_ROWS, plain), 'data/capex.csv');
	const dc = parseDatacentres(writeTable(DC_HEADER, DC_ROWS, plain), 'data/datacenters.csv');
	const market = parseMarket(writeTable(MARKET_HEADER, MARKET_ROWS, plain), 'data/market.csv');

	it('reads the plain CSV without problems', () => {
		expect(lines([...capex.problems, ...dc.problems, ...market.problems])).toEqual([]);
		expect(capex.rows.map((row) => row.valueBnUsd)).toEqual([13, 32.5, 1234.75]);
		expect(capex.rows[1]?.source).toBe('L’estimation de Bloomberg… (en €? non, en $)');
		expect(capex.rows[2]?.source).toBe('Source\nsur deux lignes');
		expect(dc.rows.map((row) => [row.lat, row.lon])).toEqual([
			[39.8, -98.6],
			[-25.345, 133.807],
			[48.857, 2.352],
			[-10, -53]
		]);
		expect(market.rows.map((row) => [row.changePct, row.lowerBound])).toEqual([
			[10, true],
			[3.6, false],
			[-2.25, false]
		]);
	});

	it.each(DIALECTS.map((dialect) => [dialect.name, dialect] as const))('%s', (_name, dialect) => {
		const c = parseCapex(writeTable(CAPEX_HEADER, CAPEX_ROWS, dialect), 'data/capex.csv');
		const d = parseDatacentres(writeTable(DC_HEADER, DC_ROWS, dialect), 'data/datacenters.csv');
		const m = parseMarket(writeTable(MARKET_HEADER, MARKET_ROWS, dialect), 'data/market.csv');
		expect(lines([...c.problems, ...d.problems, ...m.problems])).toEqual([]);
		expect(c.rows).toEqual(capex.rows);
		expect(d.rows).toEqual(dc.rows);
		expect(m.rows).toEqual(market.rows);
	});
});

describe('awkward but valid files', () => {
	type Case = [behaviour: string, bytes: Uint8Array, values: number[]];
	const HEADER = 'year;companies;value_busd;estimate;lower_bound;source';
	const CASES: Case[] = [
		[
			'spaces around values and blank trailing lines',
			utf8(
				' year , companies ,value_busd,estimate,lower_bound,source\n 2023 , a , 13.5 , no , no , x \n\n\n'
			),
			[13.5]
		],
		[
			'Excel empty rows of separators at the end',
			utf8(`${HEADER}\r\n2023;a;13,5;non;non;x\r\n;;;;;\r\n;;;;;\r\n`),
			[13.5]
		],
		[
			'a no-break space between thousands',
			utf8(`${HEADER}\n2023;a;1\u00A0234,5;non;non;x\n`),
			[1234.5]
		],
		[
			'a narrow no-break space between thousands',
			utf8(`${HEADER}\n2023;a;12\u202F345;non;non;x\n2025;a;0,5;non;non;x\n`),
			[12345, 0.5]
		],
		[
			'a typographic minus is a minus',
			utf8(
				'id;company;listing_fr;listing_en;period;change_pct;lower_bound;source\nx;X;;;day;\u22123,5;non;x\n'
			),
			[-3.5]
		],
		['a ; file with only whole numbers', utf8(`${HEADER}\n2023;a;13;non;non;x\n`), [13]],
		[
			'a latitude with three decimals settles the decimal comma',
			utf8('id;country;status;precision;lat;lon;source\nfr;FR;planned;site;48,857;2,352;x\n'),
			[48.857, 2.352]
		],
		[
			'old Mac line ends (CR only)',
			utf8('year,companies,value_busd,estimate,lower_bound,source\r2023,a,13,no,no,x\r'),
			[13]
		]
	];
	it.each(CASES)('%s', (behaviour, bytes, values) => {
		const text = new TextDecoder().decode(bytes);
		const parsed = text.startsWith('id;country')
			? parseDatacentres(bytes, 'data/datacenters.csv').rows.flatMap((row) => [row.lat, row.lon])
			: text.startsWith('id;')
				? parseMarket(bytes, 'data/market.csv').rows.map((row) => row.changePct)
				: parseCapex(bytes, 'data/capex.csv').rows.map((row) => row.valueBnUsd);
		expect(parsed, behaviour).toEqual(values);
	});
});

describe('text decoding', () => {
	it('reads Windows-1252 bytes 0x80–0x9F as the punctuation French text uses', () => {
		const bytes = new Uint8Array([
			0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c, 0xe9, 0xe0
		]);
		expect(decodeText(bytes)).toEqual({ ok: true, text: '€…‘’“”–—œéà', encoding: 'windows-1252' });
	});
	it('round-trips text written as Windows-1252', () => {
		expect(decodeText(win1252('L’été – 5 € …'))).toEqual({
			ok: true,
			text: 'L’été – 5 € …',
			encoding: 'windows-1252'
		});
	});
	it('drops a UTF-8 byte-order mark', () => {
		expect(decodeText(utf8('\uFEFFyear'))).toEqual({ ok: true, text: 'year', encoding: 'utf-8' });
	});
	it('reads valid UTF-8 as UTF-8 even when it would also decode as Windows-1252', () => {
		expect(decodeText(utf8('é’'))).toEqual({ ok: true, text: 'é’', encoding: 'utf-8' });
	});
	type Bad = [behaviour: string, bytes: number[], expected: string];
	const BAD: Bad[] = [
		['NUL bytes', [0x61, 0x00, 0x62], 'U+0000 on line 1'],
		[
			'a zip file (an .xlsx renamed .csv)',
			[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
			'U+0003 on line 1'
		],
		['a Windows-1252 byte with no character', [0x61, 0x0a, 0x81], 'U+FFFD on line 2']
	];
	it.each(BAD)('refuses %s as not text', (_behaviour, bytes, expected) => {
		const decoded = decodeText(new Uint8Array(bytes));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(renderMessage(decoded.message)).toContain(expected);
	});
});
