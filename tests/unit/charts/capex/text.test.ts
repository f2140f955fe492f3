/**
 * The capex chart's heading follows from the data: who the figures cover in
 * the data's own words, in the page's language (`companies`,
 * `companies_<lang>`), never a list of companies the source does not name.
 */
import { describe, expect, it } from 'vitest';
import { capexHeading, coveredCompanies, describeCapex } from '$lib/charts/capex/text';
import type { CapexRow } from '$lib/charts/capex/row';

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
	] as const)('says in %s who the figures cover, in the data’s words', (lang, title, subtitle) => {
		expect(capexHeading(ROWS, lang)).toEqual({ title, subtitle });
	});

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
