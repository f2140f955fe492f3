/**
 * The optional `source_en` column of the three CSV files: read when present,
 * '' when absent or empty, never a warning for being absent, and the
 * required `source` stays required beside it.
 */
import { describe, expect, it } from 'vitest';
import { parseCapex, parseDatacentres, parseMarket } from '$lib/data/check';
import type { Problem } from '$lib/types';
import { lines, utf8 } from './helpers';

const DC = 'data/datacenters.csv';
const CAPEX = 'data/capex.csv';
const MARKET = 'data/market.csv';

type Parser = (
	bytes: Uint8Array,
	file: string
) => { rows: { source: string; sourceEn: string }[]; problems: Problem[] };
const PARSERS: Record<string, Parser> = {
	[DC]: parseDatacentres,
	[CAPEX]: parseCapex,
	[MARKET]: parseMarket
};

type Case = [behaviour: string, file: string, text: string, sourceEn: string[], problems: string[]];

const CASES: Case[] = [
	[
		'reads source_en when the column is there',
		CAPEX,
		'year,companies,value_busd,estimate,lower_bound,source,source_en\n2023,a,13,no,no,Presse française,French press\n',
		['French press'],
		[]
	],
	[
		'gives an empty sourceEn, and no warning, when the column is absent',
		CAPEX,
		'year,companies,value_busd,estimate,lower_bound,source\n2023,a,13,no,no,Presse\n',
		[''],
		[]
	],
	[
		'gives an empty sourceEn for an empty or blank cell, row by row',
		MARKET,
		'id,company,listing_fr,listing_en,period,change_pct,lower_bound,source,source_en\njd,JD.com,,,day,3.6,no,Presse,Press\nt,Tencent,,,day,2,no,Presse,\nn,NAURA,,,day,10,no,Presse,   \n',
		['Press', '', ''],
		[]
	],
	[
		'finds source_en by name in any position and case, trimmed',
		DC,
		' Source_EN ,id,country,status,precision,lat,lon,source\n Alibaba (announcement) ,fr,FR,planned,country,46.6,2.4,Alibaba (annonce)\n',
		['Alibaba (announcement)'],
		[]
	],
	[
		'keeps source required even when source_en is filled',
		MARKET,
		'id,company,listing_fr,listing_en,period,change_pct,lower_bound,source,source_en\njd,JD.com,,,day,3.6,no,,Press\n',
		[],
		[`${MARKET}:2:8: source: empty (expected who reported the move)`]
	],
	[
		'does not stand in for a missing source column',
		CAPEX,
		'year,companies,value_busd,estimate,lower_bound,source_en\n2023,a,13,no,no,Press\n',
		[],
		[
			`${CAPEX}:1:1: source: missing column (expected a header named source; the header has "year", "companies", "value_busd", "estimate", "lower_bound", "source_en")`
		]
	],
	[
		'reports source_en twice as an error, like any column',
		DC,
		'id,country,status,precision,lat,lon,source,source_en,source_en\nfr,FR,planned,country,46.6,2.4,x,y,z\n',
		['y'],
		[`${DC}:1:9: source_en: column appears twice, also at column 8 (expected each column once)`]
	]
];

describe('the optional source_en column', () => {
	it.each(CASES)('%s', (_behaviour, file, text, sourceEn, problems) => {
		const parse = PARSERS[file];
		if (!parse) throw new Error(`no parser for ${file}`);
		const parsed = parse(utf8(text), file);
		expect(lines(parsed.problems)).toEqual(problems);
		expect(parsed.rows.map((row) => row.sourceEn)).toEqual(sourceEn);
	});
});
