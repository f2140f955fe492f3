/** English, at /en/. */
import type { Language } from '../language.ts';
import { apostrophes, curlyQuotes, magnitudeSpaces } from '../../text/rules.ts';

export const en: Language<'en'> = {
	code: 'en',
	locale: 'en-GB',
	name: 'English',
	typography: [apostrophes, curlyQuotes, magnitudeSpaces],
	words: {
		page: {
			kicker: 'Artificial intelligence',
			readIn: 'Read in English',
			sourcesHeading: 'Sources and methods',
			stepOf: (n, total) => `Step ${n} of ${total}`,
			data: 'The data behind this chart',
			skipGraphic: 'Skip the graphic',
			layout: { label: 'Layout', scrolly: 'Pinned chart', stacked: 'A chart per step' }
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
			legend: {
				existing: 'Countries with existing data centres',
				planned: 'Countries with planned data centres',
				home: 'The group’s home market'
			},
			countryOnly: 'Approximate: country only',
			site: 'Disclosed site',
			scope: 'Only the countries the sources name are shown.',
			world: 'World map',
			closeUp: (country) => `Map close-up, ${country}`,
			countries: (status, n) => {
				if (status === 'home') return 'the group’s home market';
				const noun = n === undefined ? 'country' : `${n} ${n === 1 ? 'country' : 'countries'}`;
				return `${noun} with ${status} data centres`;
			},
			none: 'no data centres',
			emphasis: {
				existing: 'countries with existing data centres are highlighted',
				planned: 'countries with planned data centres are highlighted',
				none: 'no country with data centres is highlighted'
			},
			approximate: (n) =>
				n > 1
					? 'positions are approximate, country level only'
					: 'the position is approximate, country level only',
			annotation: (country, label) => `${country}: “${label}”`,
			table: {
				caption: 'The countries the sources name, and their status',
				country: 'Country',
				status: 'Status',
				precision: 'Location',
				statuses: {
					existing: 'existing data centres',
					planned: 'planned data centres',
					home: 'the group’s home market'
				},
				precisions: { site: 'disclosed site', country: 'country only' }
			}
		},
		capex: {
			title: 'AI investment by year',
			covers: (companies) => `Total for ${companies}, in billions of US dollars`,
			unit: 'billions of US dollars',
			estimate: 'estimate',
			table: {
				caption: 'AI investment, by year',
				year: 'Year',
				amount: 'Amount',
				kind: 'Figure',
				reported: 'reported',
				covers: 'Covers'
			}
		},
		market: {
			title: {
				day: 'How markets reacted on the day of the announcement',
				ytd: (company) =>
					company ? `${company}’s share price since 1 January` : 'Share prices since 1 January',
				both: 'How markets reacted on the day of the announcement, and since 1 January'
			},
			unit: 'change in share price, %',
			ownScale: 'on a different scale from the day’s moves',
			periodHeading: { day: 'On the day of the announcement', ytd: 'Since 1 January' },
			table: {
				caption: 'Share-price moves',
				listing: 'Listing',
				period: 'Period',
				change: 'Change'
			}
		},
		embed: { credit: 'Read the full story' }
	}
};
