/**
 * `data/datacenters.csv`'s home market: a `home` row marks the group's home
 * country, once, as a country; a country is either home or has data
 * centres; each problem located on the later row, whatever the order.
 */
import { describe, expect, it } from 'vitest';
import { parseDatacentres } from '$lib/charts/map/data';
import { formatProblem } from '$lib/data/problems';

const FILE = 'data/datacenters.csv';
const HEADER = 'id,country,status,precision,lat,lon,source';
const ROW = {
	cn: 'cn,CN,home,country,35.9,104.2,Alibaba',
	us: 'us,US,existing,country,39.8,-98.6,Alibaba',
	fr: 'fr,FR,planned,country,46.6,2.4,Alibaba',
	jp: 'jp,JP,home,country,36.5,138.5,Alibaba',
	cnSite: 'cn-hz,CN,existing,site,30.27,120.15,Alibaba'
};

function parse(...rows: string[]) {
	const { rows: parsed, problems } = parseDatacentres(
		new TextEncoder().encode([HEADER, ...rows, ''].join('\n')),
		FILE
	);
	return { rows: parsed, problems: problems.map(formatProblem) };
}

describe('the home market in datacenters.csv', () => {
	it('reads a home row beside data-centre rows', () => {
		const { rows, problems } = parse(ROW.us, ROW.cn, ROW.fr);
		expect(problems).toEqual([]);
		expect(rows.map((row) => [row.country, row.status])).toEqual([
			['US', 'existing'],
			['CN', 'home'],
			['FR', 'planned']
		]);
	});

	it('accepts a file with no home row', () => {
		expect(parse(ROW.us, ROW.fr).problems).toEqual([]);
	});

	it('lists home among the allowed statuses', () => {
		expect(parse('cn,CN,domestic,country,35.9,104.2,Alibaba').problems).toEqual([
			`${FILE}:2:3: status: "domestic" is not an allowed value (expected existing, planned or home)`
		]);
	});

	it('refuses a second home row, on the second', () => {
		expect(parse(ROW.cn, ROW.us, ROW.jp).problems).toEqual([
			`${FILE}:4:3: status: home is already given on line 2 (expected one home market on the map; mark the other countries existing or planned)`
		]);
	});

	it('refuses a home row that is a site', () => {
		expect(parse('cn,CN,home,site,30.27,120.15,Alibaba').problems).toEqual([
			`${FILE}:2:4: precision: "site" is not allowed for the home market (expected country: a home row marks a whole country, not a site)`
		]);
	});

	it.each([
		[
			'after its home row',
			[ROW.cn, ROW.cnSite],
			`${FILE}:3:3: status: CN is the home market on line 2 and cannot also have data-centre rows (expected each country either home or with data centres: the map colours a country once)`
		],
		[
			'before its home row',
			[ROW.cnSite, ROW.us, ROW.cn],
			`${FILE}:4:3: status: CN has data-centre rows (line 2) and cannot also be the home market (expected each country either home or with data centres: the map colours a country once)`
		]
	])('refuses data-centre rows in the home country %s, on the later row', (_, rows, message) => {
		expect(parse(...rows).problems).toEqual([message]);
	});
});
