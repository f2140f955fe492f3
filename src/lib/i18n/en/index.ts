/** English, at /en/. */
import type { Language } from '../language.ts';
import { apostrophes } from '../../text/rules.ts';

/** Counts written in words in a title; past these the title gives no count. */
const COUNT_WORDS: Record<number, string> = {
	2: 'two',
	3: 'three',
	4: 'four',
	5: 'five',
	6: 'six'
};

export const en: Language<'en'> = {
	code: 'en',
	locale: 'en-GB',
	name: 'English',
	typography: [apostrophes],
	words: {
		page: {
			kicker: 'Artificial intelligence',
			readIn: 'Read in English',
			sourcesHeading: 'Sources and methods',
			stepOf: (n, total) => `Step ${n} of ${total}`
		},
		numbers: {
			// the currency sign goes after the minus: "−$5bn"
			bnUsd: (number) => `${number.replace(/^(\u2212?)/, '$1$$')}bn`,
			percent: (number) => `${number}%`,
			lowerBound: (amount) => `more than ${amount}`
		},
		punctuation: { colon: ': ', list: ', ', clause: '; ' },
		sources: { source: 'Source:', sources: 'Sources:', separator: '; ' },
		problems: {
			errors: (n) => `The data contains ${n} error${n > 1 ? 's' : ''}`,
			warningsOnly: (n) => `The data contains ${n} warning${n > 1 ? 's' : ''}`,
			none: 'The data contains no errors',
			help: 'Fix each file in the data/ folder at the line shown, then save: this page updates by itself. Warnings do not stop publication.',
			line: 'line',
			column: 'column',
			error: 'error',
			warning: 'warning',
			copy: 'Line to copy:'
		},
		map: {
			title: 'Alibaba’s data centres',
			existing: 'Existing data centre',
			planned: 'Planned data centre',
			countryOnly: 'Approximate: country only',
			site: 'Disclosed site',
			world: 'World map',
			closeUp: (country) => `Map close-up, ${country}`,
			count: (n, status, first) => {
				const noun = first ? ` data centre${n > 1 ? 's' : ''}` : '';
				return `${n} ${status}${noun}`;
			},
			none: 'no data centres',
			emphasis: {
				existing: 'existing data centres are highlighted',
				planned: 'planned data centres are highlighted',
				none: 'none is highlighted'
			},
			approximate: (n) =>
				n > 1
					? 'positions are approximate, country level only'
					: 'the position is approximate, country level only'
		},
		capex: {
			title: (count) => {
				const word = COUNT_WORDS[count];
				return `AI investment by China’s ${word ? `${word} ` : ''}big tech groups`;
			},
			covers: (companies) => `Total for ${companies}, in billions of US dollars`,
			unit: 'billions of US dollars',
			estimate: 'estimate'
		},
		market: {
			title: {
				day: 'How markets reacted on the day of the announcement',
				ytd: 'Share prices since 1 January',
				both: 'How markets reacted on the day of the announcement, and since 1 January'
			},
			unit: 'change in share price, %',
			periodHeading: { day: 'On the day of the announcement', ytd: 'Since 1 January' }
		},
		embed: { credit: 'Read the full story' }
	}
};
