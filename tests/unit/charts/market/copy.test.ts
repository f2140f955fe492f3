/** A market step's `rows`: ids from the data, in the order to show; each bad id located at its own column. */
import { describe, expect, it } from 'vitest';
import { MARKET_KEYS, readMarketState } from '$lib/charts/market/copy';
import type { MarketRow } from '$lib/charts/market/row';
import type { CopyKey } from '$lib/charts/spec';
import type { Problem } from '$lib/types';
import { lines } from '../../support/bytes';
import { tr } from '../../support/rows';

const FILE = 'data/story.fr.aml';

function row(id: string, period: MarketRow['period'] = 'day'): MarketRow {
	return {
		id,
		company: id,
		listing: tr(''),
		period,
		changePct: 1,
		lowerBound: false,
		source: tr('x')
	};
}
const ROWS = [row('alibaba-adr'), row('ytd', 'ytd'), row('jd')];

/** `rows: <value>` on line 6, its value from column 7, as the copy parser scans it. */
function rows(value: string): CopyKey {
	return { key: 'rows', value, line: 6, column: 7 };
}

/** Reads the keys against `data.rows`, as the copy parser does; undefined when market.csv is invalid. */
function read(keys: CopyKey[], data: { rows: MarketRow[] | undefined } = { rows: ROWS }) {
	const problems: Problem[] = [];
	const state = readMarketState(keys, { file: FILE, rows: data.rows, problems });
	return { state, problems: lines(problems) };
}

describe('readMarketState', () => {
	it('takes only rows', () => {
		expect(MARKET_KEYS).toEqual(['rows']);
	});

	it.each<[string, CopyKey[], string[]]>([
		['the day’s moves when the step names none', [], ['alibaba-adr', 'jd']],
		['the day’s moves for an empty value', [rows('')], ['alibaba-adr', 'jd']],
		['the ids in the copy’s order', [rows('jd, alibaba-adr')], ['jd', 'alibaba-adr']],
		['a year-to-date id, when named', [rows('ytd')], ['ytd']],
		['blank items skipped', [rows(',jd,,')], ['jd']]
	])('shows %s', (_name, keys, expected) => {
		expect(read(keys)).toEqual({ state: { rows: expected }, problems: [] });
	});

	it('reports an unknown id at its own column, listing the ids of the data', () => {
		expect(read([rows('jd,  tencent')])).toEqual({
			state: undefined,
			problems: [
				`${FILE}:6:12: rows: "tencent" is not an id in data/market.csv (expected ids separated by commas, among alibaba-adr, ytd or jd)`
			]
		});
	});

	it('compares ids exactly: an id in capitals is another id', () => {
		expect(read([rows('JD')]).problems).toEqual([
			`${FILE}:6:7: rows: "JD" is not an id in data/market.csv (expected ids separated by commas, among alibaba-adr, ytd or jd)`
		]);
	});

	it('warns about an id listed twice and shows it once', () => {
		expect(read([rows('jd, jd')])).toEqual({
			state: { rows: ['jd'] },
			problems: [`${FILE}:6:11: rows: warning: "jd" is listed twice (shown once)`]
		});
	});

	it('keeps the copy’s ids unchecked when market.csv is invalid (undefined rows)', () => {
		expect(read([rows('a, b, a')], { rows: undefined })).toEqual({
			state: { rows: ['a', 'b'] },
			problems: [`${FILE}:6:13: rows: warning: "a" is listed twice (shown once)`]
		});
		expect(read([], { rows: undefined })).toEqual({ state: { rows: [] }, problems: [] });
	});
});
