/** The capex chart's words: title and subtitle from the companies column (the heading's tests are at the end), value labels, and its one-sentence description. */
import { describe, expect, it } from 'vitest';
import { capexHeading, capexLabel, coveredCompanies, describeCapex } from '$lib/charts/capex/text';
import type { CapexRow } from '$lib/charts/capex/row';
import type { Lang } from '$lib/types';
import { tr } from '../../support/rows';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const capex = (companies: string, flags: Partial<CapexRow> = {}): CapexRow => ({
	year: 2023,
	companies: tr(companies),
	valueBnUsd: 13,
	estimate: false,
	lowerBound: false,
	source: tr('Bloomberg Intelligence'),
	...flags
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
		capex('les trois groupes', { year: 2022, valueBnUsd: 9.5 }),
		capex('les trois groupes', { year: 2024, valueBnUsd: 21 }),
		capex('les trois groupes', {
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
			`Investissements dans l’IA par année. Total pour les trois groupes, en milliards de dollars US${NBSP}: 2022, 9,5${NBSP}Md$${NBSP}; 2026, plus de 40${NBSP}Md$ estimation.`
		],
		[
			'every year, in English',
			[2022, 2024, 2026],
			'en',
			'AI investment by year. Total for les trois groupes, in billions of US dollars: 2022, $9.5bn; 2024, $21bn; 2026, more than $40bn estimate.'
		],
		[
			'no year',
			[],
			'en',
			'AI investment by year. Total for les trois groupes, in billions of US dollars.'
		]
	])('describes %s', (_name, years, lang, expected) => {
		expect(describeCapex(rows, { years }, lang)).toBe(expected);
	});

	it('describes no data as its unit alone', () => {
		expect(describeCapex([], { years: [] }, 'fr')).toBe(
			'Investissements dans l’IA par année. milliards de dollars US.'
		);
	});

	it('uses no narrow no-break space, which belongs to percentages', () => {
		expect(describeCapex(rows, { years: [2022] }, 'fr')).not.toContain(NNBSP);
	});
});

/**
 * The capex chart's heading follows from the data: who the figures cover in
 * the data's own words, in the page's language (`companies`,
 * `companies_<lang>`), never a list of companies the source does not name.
 */
describe("the heading from the data's words", () => {
	const NBSP = '\u00a0';

	function row(year: number, value: number, companies: CapexRow['companies']): CapexRow {
		return {
			year,
			companies,
			valueBnUsd: value,
			estimate: true,
			lowerBound: year === 2025,
			source: { base: 'Bloomberg Intelligence', byLang: {} }
		};
	}

	const FOUR = {
		base: 'les quatre principaux groupes technologiques chinois',
		byLang: { en: 'China’s four main technology groups' }
	};
	const ROWS = [row(2023, 13, FOUR), row(2025, 32, FOUR)];

	describe('capexHeading', () => {
		it.each([
			[
				'fr',
				'Investissements dans l’IA par année',
				'Total pour les quatre principaux groupes technologiques chinois, en milliards de dollars US'
			],
			[
				'en',
				'AI investment by year',
				'Total for China’s four main technology groups, in billions of US dollars'
			]
		] as const)(
			'says in %s who the figures cover, in the data’s words',
			(lang, title, subtitle) => {
				expect(capexHeading(ROWS, lang)).toEqual({ title, subtitle });
			}
		);

		it('falls back on the base column where a translation is missing, and lists different wordings once each', () => {
			const rows = [
				row(2023, 13, { base: 'Groupe A', byLang: {} }),
				row(2024, 9, FOUR),
				row(2025, 32, FOUR)
			];
			expect(coveredCompanies(rows, 'en')).toEqual([
				'Groupe A',
				'China’s four main technology groups'
			]);
			expect(capexHeading(rows, 'en').subtitle).toBe(
				'Total for Groupe A and China’s four main technology groups, in billions of US dollars'
			);
		});

		it('gives the unit alone when no row says whom it covers', () => {
			expect(capexHeading([row(2023, 13, { base: '', byLang: {} })], 'fr').subtitle).toBe(
				'milliards de dollars US'
			);
		});
	});

	describe('describeCapex', () => {
		it('marks both figures as estimates and the 2025 one as a lower bound', () => {
			expect(describeCapex(ROWS, { years: [2023, 2025] }, 'fr')).toBe(
				`Investissements dans l’IA par année. Total pour les quatre principaux groupes technologiques chinois, en milliards de dollars US${NBSP}: 2023, 13${NBSP}Md$ estimation${NBSP}; 2025, plus de 32${NBSP}Md$ estimation.`
			);
		});
	});
});
