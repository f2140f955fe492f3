/**
 * The words the two bar charts print around the data (titles, units, group
 * headings), in both languages; the source line, shared with the map, is in
 * chart-text.ts. Kept apart from the layout so a translator finds them in
 * one place, and tested like any other output.
 */
import {
	MARKET_PERIODS,
	type CapexRow,
	type Lang,
	type MarketPeriod,
	type MarketRow
} from '$lib/types';
import { LOCALES } from '$lib/format';
import { unique } from '$lib/charts/chart-text';

interface BarsCopy {
	capexTitle: (companyCount: number) => string;
	/** e.g. "Total pour Alibaba, Tencent, Baidu et JD.com" */
	capexCovers: (companies: string) => string;
	capexUnit: string;
	estimate: string;
	marketTitle: Record<'day' | 'ytd' | 'both', string>;
	marketUnit: string;
	periodHeading: Record<MarketPeriod, string>;
}

/** Counts written in words in a title; past these the title gives no count. */
const COUNT_WORDS: Record<Lang, Record<number, string>> = {
	fr: { 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six' },
	en: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' }
};

export const BARS_COPY: Record<Lang, BarsCopy> = {
	fr: {
		capexTitle: (count) => {
			const word = COUNT_WORDS.fr[count];
			return `Investissements dans l’IA des ${word ? `${word} ` : ''}grands groupes chinois de la tech`;
		},
		capexCovers: (companies) => `Total pour ${companies}, en milliards de dollars US`,
		capexUnit: 'milliards de dollars US',
		estimate: 'estimation',
		marketTitle: {
			day: 'La réaction des marchés le jour de l’annonce',
			ytd: 'L’évolution des cours depuis le 1er janvier',
			both: 'La réaction des marchés le jour de l’annonce, et depuis le 1er janvier'
		},
		marketUnit: 'variation du cours de l’action, en %',
		periodHeading: { day: 'Le jour de l’annonce', ytd: 'Depuis le 1er janvier' }
	},
	en: {
		capexTitle: (count) => {
			const word = COUNT_WORDS.en[count];
			return `AI investment by China’s ${word ? `${word} ` : ''}big tech groups`;
		},
		capexCovers: (companies) => `Total for ${companies}, in billions of US dollars`,
		capexUnit: 'billions of US dollars',
		estimate: 'estimate',
		marketTitle: {
			day: 'How markets reacted on the day of the announcement',
			ytd: 'Share prices since 1 January',
			both: 'How markets reacted on the day of the announcement, and since 1 January'
		},
		marketUnit: 'change in share price, %',
		periodHeading: { day: 'On the day of the announcement', ytd: 'Since 1 January' }
	}
};

/**
 * The companies the capex figures cover, from the comma-separated
 * `companies` column ("Alibaba, Tencent, Baidu, JD.com"), each once.
 */
export function coveredCompanies(rows: CapexRow[]): string[] {
	return unique(rows.flatMap((r) => r.companies.split(',')));
}

/**
 * Title and subtitle of the capex chart: the title counts the companies in
 * words, the subtitle names them ("Alibaba, Tencent, Baidu et JD.com") and
 * gives the unit.
 */
export function capexHeading(rows: CapexRow[], lang: Lang): { title: string; subtitle: string } {
	const companies = coveredCompanies(rows);
	const copy = BARS_COPY[lang];
	return {
		title: copy.capexTitle(companies.length),
		subtitle:
			companies.length > 0
				? copy.capexCovers(
						new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(companies)
					)
				: copy.capexUnit
	};
}

/** The periods present among `rows`, in the order of MARKET_PERIODS ('day' first). */
export function periodsShown(rows: Pick<MarketRow, 'period'>[]): MarketPeriod[] {
	const present = new Set(rows.map((r) => r.period));
	return MARKET_PERIODS.filter((p) => present.has(p));
}

/** A title that says which period the bars cover, so figures of different periods are never read as one. */
export function marketTitle(shown: Pick<MarketRow, 'period'>[], lang: Lang): string {
	const periods = periodsShown(shown);
	const titles = BARS_COPY[lang].marketTitle;
	if (periods.length > 1) return titles.both;
	return periods[0] === 'ytd' ? titles.ytd : titles.day;
}
