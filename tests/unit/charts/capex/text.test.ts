import { describe, expect, it } from 'vitest';
import { capexHeading, coveredCompanies, marketTitle, periodsShown } from '$lib/charts/bars-text';
import type { CapexRow, MarketRow } from '$lib/types';

const capex = (companies: string, source = 'Bloomberg Intelligence'): CapexRow => ({
	year: 2023,
	companies,
	valueBnUsd: 13,
	estimate: false,
	lowerBound: false,
	source,
	sourceEn: ''
});
const market = (period: MarketRow['period']): MarketRow => ({
	id: period,
	company: 'Alibaba',
	listing: { fr: '', en: '' },
	period,
	changePct: 1,
	lowerBound: false,
	source: 'Presse',
	sourceEn: ''
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
});

describe('marketTitle', () => {
	it.each([
		[['day'], 'fr', 'La réaction des marchés le jour de l’annonce'],
		[['ytd'], 'en', 'Share prices since 1 January'],
		[
			['ytd', 'day'],
			'fr',
			'La réaction des marchés le jour de l’annonce, et depuis le 1er janvier'
		],
		[[], 'en', 'How markets reacted on the day of the announcement']
	] as const)('names the periods %j in %s', (periods, lang, title) => {
		expect(marketTitle(periods.map(market), lang)).toBe(title);
	});

	it('lists periods day first whatever the row order', () => {
		expect(periodsShown([market('ytd'), market('day'), market('ytd')])).toEqual(['day', 'ytd']);
	});
});
