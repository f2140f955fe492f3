/**
 * The data behind each chart (its spec's `table`): every row of its CSV, in
 * the file's order, as many cells as columns, units in the headings, the
 * sources the chart prints; then each chart's cells for the awkward rows
 * (lower bounds, estimates, falls, the home market).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, type AnyChart } from '$lib/charts/registry';
import { capexTable } from '$lib/charts/capex/text';
import { marketTable, rowName } from '$lib/charts/market/text';
import { columnHeading } from '$lib/charts/shared/table';
import type { CapexRow } from '$lib/charts/capex/row';
import type { MarketRow } from '$lib/charts/market/row';
import { LANG_CODES } from '$lib/i18n/languages';
import type { Lang } from '$lib/types';
import { fixtureData } from '../support/fixtures';
import { tr } from '../support/rows';
import { ATLAS_TIMEOUT_MS } from '../support/atlas';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const DATA = fixtureData();

describe.each(LANG_CODES)('every chart’s table in %s', (lang) => {
	it.each((CHARTS as readonly AnyChart[]).map((chart) => [chart.name, chart] as const))(
		'%s: one row per CSV row, a cell per column, a caption and the sources',
		(_name, chart) => {
			const rows = DATA[chart.name] as unknown[];
			const table = chart.table(chart.prepare(rows, [], lang), lang);
			expect(rows.length).toBeGreaterThan(1);
			expect(table.rows).toHaveLength(rows.length);
			for (const row of table.rows) {
				expect(row).toHaveLength(table.columns.length);
				for (const cell of row) expect(cell.trim()).not.toBe('');
			}
			expect(table.caption.trim()).not.toBe('');
			expect(table.source.trim()).not.toBe('');
		},
		ATLAS_TIMEOUT_MS
	);
});

describe(
	'the tables’ first columns follow the CSV, in its order',
	{ timeout: ATLAS_TIMEOUT_MS },
	() => {
		const names = new Intl.DisplayNames(['en'], { type: 'region' });
		const table = (name: string, lang: Lang) => {
			const chart = (CHARTS as readonly AnyChart[]).find((c) => c.name === name)!;
			return chart.table(chart.prepare(DATA[chart.name], [], lang), lang);
		};

		it('map: each row’s country, by name', () => {
			expect(table('map', 'en').rows.map((row) => row[0])).toEqual(
				DATA.map.map((row) => names.of(row.country))
			);
		});

		it('capex: each row’s year', () => {
			expect(table('capex', 'fr').rows.map((row) => row[0])).toEqual(
				DATA.capex.map((row) => String(row.year))
			);
		});

		it('market: each row’s company and listing', () => {
			expect(table('market', 'en').rows.map((row) => row[0])).toEqual(
				DATA.market.map((row) => rowName(row, 'en'))
			);
		});
	}
);

describe('columnHeading', () => {
	it.each([
		[{ label: 'Montant', unit: 'milliards de dollars US' }, 'Montant (milliards de dollars US)'],
		[{ label: 'Change', unit: '%' }, 'Change (%)'],
		[{ label: 'Country' }, 'Country']
	])('heads %j as %s', (column, heading) => {
		expect(columnHeading(column)).toBe(heading);
	});
});

describe('capexTable', () => {
	const capex = (flags: Partial<CapexRow>): CapexRow => ({
		year: 2023,
		companies: tr('les trois groupes', { en: 'the three groups' }),
		valueBnUsd: 13,
		estimate: false,
		lowerBound: false,
		source: tr('Cabinet', { en: 'Research firm' }),
		...flags
	});

	it('writes the amount without its unit (the heading has it), a lower bound as such, and what each figure is', () => {
		const table = capexTable(
			[
				capex({ year: 2022, valueBnUsd: 9.5 }),
				capex({ year: 2026, valueBnUsd: 40.47, estimate: true, lowerBound: true })
			],
			'fr'
		);
		expect(table.columns.map(columnHeading)).toEqual([
			'Année',
			'Montant (milliards de dollars US)',
			'Chiffre',
			'Périmètre'
		]);
		expect(table.columns[1]!.numeric).toBe(true);
		expect(table.rows).toEqual([
			['2022', '9,5', 'publié', 'les trois groupes'],
			['2026', 'plus de 40,4', 'estimation', 'les trois groupes']
		]);
		expect(table.source).toContain('Cabinet');
	});

	it('speaks English on the English page', () => {
		const table = capexTable([capex({ estimate: true })], 'en');
		expect(table.rows).toEqual([['2023', '13', 'estimate', 'the three groups']]);
		expect(table.source).toContain('Research firm');
	});
});

describe('marketTable', () => {
	const market = (flags: Partial<MarketRow>): MarketRow => ({
		id: 'x',
		company: 'Alibaba',
		listing: tr(''),
		period: 'day',
		changePct: 1,
		lowerBound: false,
		source: tr('Presse'),
		...flags
	});

	it('signs rises and falls, writes a rising lower bound as the chart does, and names the period', () => {
		const table = marketTable(
			[
				market({ company: 'Baidu', changePct: -1.2 }),
				market({ company: 'Tencent', changePct: 2.25 }),
				market({
					listing: tr('Action, Hong Kong'),
					changePct: 8.5,
					lowerBound: true
				}),
				market({ company: 'Alibaba', period: 'ytd', changePct: 64 })
			],
			'fr'
		);
		expect(table.columns.map(columnHeading)).toEqual(['Cotation', 'Période', 'Variation (%)']);
		expect(table.rows.map((row) => row[0])).toEqual([
			'Baidu',
			'Tencent',
			'Alibaba, Action, Hong Kong',
			'Alibaba'
		]);
		expect(table.rows.map((row) => row[1])).toEqual([
			'Le jour de l’annonce',
			'Le jour de l’annonce',
			'Le jour de l’annonce',
			'Depuis le 1er janvier'
		]);
		const changes = table.rows.map((row) => row[2]!.replaceAll(NBSP, ' ').replaceAll(NNBSP, ' '));
		expect(changes[0]).toMatch(/^[−-]1,2$/);
		// one decimal, as the chart labels it
		expect(changes[1]).toBe('+2,3');
		expect(changes[2]).toBe('plus de 8,5');
		expect(changes[3]).toBe('+64');
	});
});
