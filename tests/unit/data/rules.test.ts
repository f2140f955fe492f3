/**
 * Every located-error rule for the CSV files, table-driven: a file's text
 * and the exact contract lines the checker must print for it.
 */
import { describe, expect, it } from 'vitest';
import { parseCapex, parseDatacentres, parseMarket } from '$lib/data/check';
import { lines, utf8 } from './helpers';

const DC = 'data/datacenters.csv';
const CAPEX = 'data/capex.csv';
const MARKET = 'data/market.csv';

const DC_HEADER = 'id,country,status,precision,lat,lon,source';
const CAPEX_HEADER = 'year,companies,value_busd,estimate,lower_bound,source';
const MARKET_HEADER = 'id,company,listing_fr,listing_en,period,change_pct,lower_bound,source';

type Parser = (bytes: Uint8Array, file: string) => { problems: import('$lib/types').Problem[] };
const PARSERS: Record<string, Parser> = {
	[DC]: parseDatacentres,
	[CAPEX]: parseCapex,
	[MARKET]: parseMarket
};

type Case = [behaviour: string, file: string, text: string, expected: string[]];

const CASES: Case[] = [
	// file-level
	[
		'an empty file is an error at 1:1',
		CAPEX,
		'',
		[
			`${CAPEX}:1:1: empty file (expected a header line naming the columns year, companies, value_busd, estimate, lower_bound, source, then one line per row)`
		]
	],
	[
		'a file of blank lines and separators is empty',
		CAPEX,
		'\n;;;\n  \n',
		[
			`${CAPEX}:1:1: empty file (expected a header line naming the columns year, companies, value_busd, estimate, lower_bound, source, then one line per row)`
		]
	],
	[
		'a header with no rows is an error',
		CAPEX,
		`${CAPEX_HEADER}\n\n`,
		[
			`${CAPEX}:1:1: no rows: the file has a header but no data (expected at least one row under the header)`
		]
	],
	[
		'a missing required column names the column and what the header has',
		CAPEX,
		'year,companies,estimate,lower_bound,source\n2023,a,no,no,x\n',
		[
			`${CAPEX}:1:1: value_busd: missing column (expected a header named value_busd; the header has "year", "companies", "estimate", "lower_bound", "source")`
		]
	],
	[
		'a column twice is an error at the second one',
		CAPEX,
		`${CAPEX_HEADER},Year\n2023,a,13,no,no,x,2024\n`,
		[`${CAPEX}:1:7: year: column appears twice, also at column 1 (expected each column once)`]
	],
	[
		'an unknown column is a warning, once, at its header position',
		CAPEX,
		`${CAPEX_HEADER},notes\n2023,a,13,no,no,x,n1\n2025,a,32,yes,yes,x,n2\n`,
		[
			`${CAPEX}:1:7: notes: warning: column ignored (not one this file uses: year, companies, value_busd, estimate, lower_bound, source, source_en)`
		]
	],
	[
		'columns are found by name in any order and case',
		CAPEX,
		'Source , VALUE_BUSD,year,companies,estimate,lower_bound\nx,13,2023,a,no,no\n',
		[]
	],
	[
		'not text (NUL bytes) is an error at 1:1',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,\u0000\u0001,no,no,x\n`,
		[
			`${CAPEX}:1:1: not a text file: character U+0000 on line 2 (expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type)`
		]
	],
	// enums, booleans, text
	[
		'an unknown status lists the allowed values',
		DC,
		`${DC_HEADER}\nfr,FR,building,country,46.6,2.4,x\n`,
		[`${DC}:2:3: status: "building" is not an allowed value (expected existing or planned)`]
	],
	[
		'an empty precision is named as empty',
		DC,
		`${DC_HEADER}\nfr,FR,planned,,46.6,2.4,x\n`,
		[`${DC}:2:4: precision: empty, which is not an allowed value (expected site or country)`]
	],
	[
		'an unknown period lists the allowed values',
		MARKET,
		`${MARKET_HEADER}\njd,JD.com,,,week,3.6,no,x\n`,
		[`${MARKET}:2:5: period: "week" is not an allowed value (expected day or ytd)`]
	],
	[
		'a boolean that is not yes or no',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,13,maybe,no,x\n`,
		[
			`${CAPEX}:2:4: estimate: "maybe" is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
		]
	],
	[
		'an empty source',
		MARKET,
		`${MARKET_HEADER}\njd,JD.com,,,day,3.6,no,\n`,
		[`${MARKET}:2:8: source: empty (expected who reported the move)`]
	],
	// countries
	[
		'a lower-case country code suggests the upper-case one',
		DC,
		`${DC_HEADER}\nfr,fr,planned,country,46.6,2.4,x\n`,
		[
			`${DC}:2:2: country: "fr" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FR?)`
		]
	],
	[
		'an alpha-3 code suggests its alpha-2',
		DC,
		`${DC_HEADER}\nfr,FRA,planned,country,46.6,2.4,x\n`,
		[
			`${DC}:2:2: country: "FRA" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FR?)`
		]
	],
	[
		'a French country name suggests its code',
		DC,
		`${DC_HEADER}\nnl,Pays-Bas,planned,country,52.2,5.5,x\n`,
		[
			`${DC}:2:2: country: "Pays-Bas" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean NL?)`
		]
	],
	[
		'UK suggests GB',
		DC,
		`${DC_HEADER}\nuk,UK,planned,country,52,-1.5,x\n`,
		[
			`${DC}:2:2: country: "UK" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean GB?)`
		]
	],
	[
		'a typo suggests codes one letter away, same first letter first',
		DC,
		`${DC_HEADER}\nx,FX,planned,country,46.6,2.4,x\n`,
		[
			`${DC}:2:2: country: "FX" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean FI, FJ, FK, FM, FO or FR?)`
		]
	],
	[
		'a code the map cannot draw',
		DC,
		`${DC_HEADER}\ngf,GF,planned,country,4,-53,x\n`,
		[
			`${DC}:2:2: country: "GF" is a country code the map has no shape for (expected a country the map draws; for a territory drawn as part of another country, use that country's code)`
		]
	],
	// positions
	[
		'a latitude above 90',
		DC,
		`${DC_HEADER}\nfr,FR,planned,country,91.2,2.4,x\n`,
		[`${DC}:2:5: lat: "91.2" is not a latitude (expected a number between -90 and 90)`]
	],
	[
		'a longitude below -180',
		DC,
		`${DC_HEADER}\nus,US,existing,country,39.8,-198.6,x\n`,
		[`${DC}:2:6: lon: "-198.6" is not a longitude (expected a number between -180 and 180)`]
	],
	[
		'a latitude that is not a number',
		DC,
		`${DC_HEADER}\nfr,FR,planned,country,N46,2.4,x\n`,
		[`${DC}:2:5: lat: "N46" is not a latitude (expected a number between -90 and 90)`]
	],
	[
		'a swapped pair with lat out of range says so',
		DC,
		`${DC_HEADER}\nau,AU,existing,country,133.8,-25.3,x\n`,
		[
			`${DC}:2:5: lat: "133.8" is not a latitude, but lat -25.3, lon 133.8 falls in AU: lat and lon look swapped (expected lat, a number between -90 and 90, then lon)`
		]
	],
	[
		'a swapped pair within range says so',
		DC,
		`${DC_HEADER}\nfr,FR,planned,country,2.4,46.6,x\n`,
		[
			`${DC}:2:5: lat: "2.4" with lon "46.6" is outside FR, but lat 46.6, lon 2.4 falls in FR: lat and lon look swapped (expected lat, then lon)`
		]
	],
	[
		'a point outside its country is a warning',
		DC,
		`${DC_HEADER}\nnl,NL,planned,country,40,5.5,x\n`,
		[
			`${DC}:2:5: lat: warning: "40" with lon "5.5" is not in NL on the map (expected a point in the country named in column country; west and south are negative)`
		]
	],
	[
		'a point on the coast, just off the shape, is fine',
		DC,
		`${DC_HEADER}\nmrs,FR,planned,site,43.3,5.33,x\n`,
		[]
	],
	// money and numbers
	[
		'non-numeric money',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,13 bn,no,no,x\n`,
		[
			`${CAPEX}:2:3: value_busd: "13 bn" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
		]
	],
	[
		'negative money',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,-13,no,no,x\n`,
		[
			`${CAPEX}:2:3: value_busd: "-13" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
		]
	],
	[
		'a year with decimals',
		CAPEX,
		`${CAPEX_HEADER}\n2023.5,a,13,no,no,x\n`,
		[
			`${CAPEX}:2:1: year: "2023.5" is not a year (expected a whole number between 1900 and 2100, e.g. 2025)`
		]
	],
	['a negative change is fine', MARKET, `${MARKET_HEADER}\njd,JD.com,,,day,-3.6,no,x\n`, []],
	[
		'a value like 1,234 in a ; file with no other clue gets a question',
		CAPEX,
		'year;companies;value_busd;estimate;lower_bound;source\n2023;a;1,234;no;no;x\n',
		[
			`${CAPEX}:2:3: value_busd: "1,234": is the comma a decimal comma (1.234) or a thousands separator (1234)? No other number in this file tells (expected 1234 or "1 234" for a whole number, "1,2340" for a decimal)`
		]
	],
	[
		'another decimal comma in the file settles 1,234',
		CAPEX,
		'year;companies;value_busd;estimate;lower_bound;source\n2023;a;1,234;no;no;x\n2025;a;32,5;no;no;x\n',
		[]
	],
	[
		'a decimal point in a decimal-comma file',
		MARKET,
		`${MARKET_HEADER.replaceAll(',', ';')}\njd;JD.com;;;day;3,6;no;x\nt;Tencent;;;day;2,1;no;x\nn;NAURA;;;day;10.5;no;x\n`,
		[
			`${MARKET}:4:6: change_pct: "10.5" does not use this file's decimal mark (expected a number of percent, negative for a fall, e.g. 3.6 for +3.6 %, written with decimal commas, e.g. "3,6", like the file's other numbers)`
		]
	],
	// keys
	[
		'a duplicate year names the first line',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,13,no,no,x\n2025,a,32,yes,yes,x\n2023,b,14,no,no,y\n`,
		[`${CAPEX}:4:1: year: "2023" is already used on line 2 (expected each year once in the file)`]
	],
	[
		'a duplicate id in market.csv',
		MARKET,
		`${MARKET_HEADER}\njd,JD.com,,,day,3.6,no,x\njd,JD.com,,,ytd,30,no,x\n`,
		[`${MARKET}:3:1: id: "jd" is already used on line 2 (expected each id once in the file)`]
	],
	[
		'a duplicate id in datacenters.csv',
		DC,
		`${DC_HEADER}\nfr,FR,planned,country,46.6,2.4,x\nfr,FR,planned,site,48.8,2.3,x\n`,
		[`${DC}:3:1: id: "fr" is already used on line 2 (expected each id once in the file)`]
	],
	// shape of rows and quoting
	[
		'a row with too few values',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,13,no,no\n`,
		[
			`${CAPEX}:2:6: row has 5 values but the header has 6 columns (expected one value per column, separated by ","; a value containing "," must be in double quotes)`
		]
	],
	[
		'a row with too many values (an unquoted comma)',
		CAPEX,
		`${CAPEX_HEADER}\n2023,Alibaba, Tencent,13,no,no,x\n`,
		[
			`${CAPEX}:2:7: row has 7 values but the header has 6 columns (expected one value per column, separated by ","; a value containing "," must be in double quotes)`
		]
	],
	[
		'empty values past the last column are tolerated',
		CAPEX,
		`${CAPEX_HEADER}\n2023,a,13,no,no,x,,\n`,
		[]
	],
	[
		'an unclosed quote is located where it opens, and later rows are still checked',
		CAPEX,
		`${CAPEX_HEADER}\n2023,"Alibaba, Tencent,13,no,no,x\n2025,a,-32,yes,yes,x\n`,
		[
			`${CAPEX}:2:2: a value opens with " and is never closed (expected a closing " before the end of the file; a stray " swallows every line after it)`,
			`${CAPEX}:3:3: value_busd: "-32" is not an amount of money (expected billions of US dollars, a number 0 or more, e.g. 32)`
		]
	],
	[
		'text after a closing quote',
		CAPEX,
		`${CAPEX_HEADER}\n2023,"Alibaba" et al.,13,no,no,x\n`,
		[
			`${CAPEX}:2:2: a quoted value is followed by "e" (expected the separator right after the closing "; write "" for a quote inside a quoted value)`
		]
	],
	[
		'a quoted value spanning two lines keeps later lines physical',
		MARKET,
		`${MARKET_HEADER}\nadr,Alibaba,"ADR,\nWall Street",ADR,day,9,no,x\njd,JD.com,,,day,3.6,peut-être,x\n`,
		[
			`${MARKET}:4:7: lower_bound: "peut-être" is not yes or no (expected yes or no; oui/non, true/false, vrai/faux and 1/0 also work)`
		]
	],
	[
		'a bad value after a line break inside the same row is on its own physical line',
		MARKET,
		`${MARKET_HEADER}\nadr,Alibaba,"ADR,\nWall Street",ADR,day,nine,no,x\n`,
		[
			`${MARKET}:3:6: change_pct: "nine" is not a percentage change (expected a number of percent, negative for a fall, e.g. 3.6 for +3.6 %)`
		]
	],
	[
		'all problems of a file are reported, not only the first',
		DC,
		`${DC_HEADER}\nfr,FR,planned,country,46.6,2.4,x\nnl,Netherlands,soon,country,52.2,5.5,\n`,
		[
			`${DC}:3:2: country: "Netherlands" is not a country code (expected an ISO 3166-1 alpha-2 code in capitals, e.g. FR; did you mean NL?)`,
			`${DC}:3:3: status: "soon" is not an allowed value (expected existing or planned)`,
			`${DC}:3:7: source: empty (expected who disclosed the site)`
		]
	]
];

describe('CSV rules give located problems', () => {
	it.each(CASES)('%s', (_behaviour, file, text, expected) => {
		const parse = PARSERS[file];
		if (!parse) throw new Error(`no parser for ${file}`);
		expect(lines(parse(utf8(text), file).problems)).toEqual(expected);
	});
});
