/** The capex chart's words: title and subtitle from the companies column, value labels, and its one-sentence description. */
import { describe, expect, it } from 'vitest';
import { capexHeading, capexLabel, coveredCompanies, describeCapex } from '$lib/charts/capex/text';
import type { CapexRow } from '$lib/charts/capex/row';
import type { Lang } from '$lib/types';
import { tr } from '../../support/rows';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const capex = (companies: string, flags: Partial<CapexRow> = {}): CapexRow => ({
	year: 2023,
	companies,
	valueBnUsd: 13,
	estimate: false,
	lowerBound: false,
	source: tr('Bloomberg Intelligence'),
	...flags
});

describe('capexHeading', () => {
	it('names the four companies of the companies column, once each', () => {
		const rows = [
			capex('Alibaba, Tencent, Baidu, JD.com'),
			capex('Alibaba,Tencent, Baidu ,JD.com')
		];
		expect(coveredCompanies(rows)).toEqual(['Alibaba', 'Tencent', 'Baidu', 'JD.com']);
		expect(capexHeading(rows, 'fr')).toEqual({
			title: 'Investissements dans l’IA des quatre grands groupes chinois de la tech',
			subtitle: 'Total pour Alibaba, Tencent, Baidu et JD.com, en milliards de dollars US'
		});
		expect(capexHeading(rows, 'en').title).toBe('AI investment by China’s four big tech groups');
		expect(capexHeading(rows, 'en').subtitle).toContain('Baidu and JD.com');
	});

	it('gives no count it cannot write, and still the unit, when the column is empty', () => {
		const heading = capexHeading([capex('')], 'fr');
		expect(heading.title).toBe('Investissements dans l’IA des grands groupes chinois de la tech');
		expect(heading.subtitle).toBe('milliards de dollars US');
	});

	it.each<[number, Lang, string]>([
		[1, 'en', 'AI investment by China’s big tech groups'],
		[3, 'fr', 'Investissements dans l’IA des trois grands groupes chinois de la tech'],
		[6, 'en', 'AI investment by China’s six big tech groups'],
		[7, 'en', 'AI investment by China’s big tech groups']
	])(
		'counts %i companies in %s only when it can write the count in words',
		(count, lang, title) => {
			const companies = Array.from({ length: count }, (_, i) => `C${i}`).join(', ');
			expect(capexHeading([capex(companies)], lang).title).toBe(title);
		}
	);

	it('names the companies of every row, in first-seen order', () => {
		expect(coveredCompanies([capex('Alibaba, Tencent'), capex('Baidu, Alibaba')])).toEqual([
			'Alibaba',
			'Tencent',
			'Baidu'
		]);
		expect(coveredCompanies([])).toEqual([]);
	});
});

describe('capexLabel', () => {
	it.each<[string, Partial<CapexRow>, Lang, string[]]>([
		['a reported figure', {}, 'fr', [`13${NBSP}Md$`]],
		['a reported figure', {}, 'en', ['$13bn']],
		['an estimate', { estimate: true }, 'fr', [`13${NBSP}Md$`, 'estimation']],
		['a lower bound', { lowerBound: true, valueBnUsd: 32 }, 'en', ['more than $32bn']],
		[
			'an estimated lower bound, rounded down',
			{ estimate: true, lowerBound: true, valueBnUsd: 32.47 },
			'fr',
			[`plus de 32,4${NBSP}Md$`, 'estimation']
		]
	])('labels %s in %s', (_name, flags, lang, expected) => {
		expect(capexLabel(capex('a', flags), lang)).toEqual(expected);
	});
});

describe('describeCapex', () => {
	const rows = [
		capex('Alibaba, Tencent, Baidu', { year: 2022, valueBnUsd: 9.5 }),
		capex('Alibaba, Tencent, Baidu', { year: 2024, valueBnUsd: 21 }),
		capex('Alibaba, Tencent, Baidu', {
			year: 2026,
			valueBnUsd: 40,
			estimate: true,
			lowerBound: true
		})
	];
	it.each<[string, number[], Lang, string]>([
		[
			'the years shown, in data order, in French',
			[2026, 2022],
			'fr',
			`Investissements dans l’IA des trois grands groupes chinois de la tech. Total pour Alibaba, Tencent et Baidu, en milliards de dollars US${NBSP}: 2022, 9,5${NBSP}Md$${NBSP}; 2026, plus de 40${NBSP}Md$ estimation.`
		],
		[
			'every year, in English',
			[2022, 2024, 2026],
			'en',
			'AI investment by China’s three big tech groups. Total for Alibaba, Tencent and Baidu, in billions of US dollars: 2022, $9.5bn; 2024, $21bn; 2026, more than $40bn estimate.'
		],
		[
			'no year',
			[],
			'en',
			'AI investment by China’s three big tech groups. Total for Alibaba, Tencent and Baidu, in billions of US dollars.'
		]
	])('describes %s', (_name, years, lang, expected) => {
		expect(describeCapex(rows, { years }, lang)).toBe(expected);
	});

	it('describes no data as its unit alone', () => {
		expect(describeCapex([], { years: [] }, 'fr')).toBe(
			'Investissements dans l’IA des grands groupes chinois de la tech. milliards de dollars US.'
		);
	});

	it('uses no narrow no-break space, which belongs to percentages', () => {
		expect(describeCapex(rows, { years: [2022] }, 'fr')).not.toContain(NNBSP);
	});
});
