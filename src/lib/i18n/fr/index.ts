/** French: the story's first language (the source's), at the site's root. */
import type { Language } from '../language.ts';
import { apostrophes, frenchSpaces, magnitudeSpaces } from '../../text/rules.ts';
import { NBSP, NNBSP } from '../../text/spaces.ts';

export const fr: Language<'fr'> = {
	code: 'fr',
	locale: 'fr-FR',
	name: 'Français',
	typography: [apostrophes, frenchSpaces, magnitudeSpaces],
	words: {
		page: {
			kicker: 'Intelligence artificielle',
			readIn: 'Lire en français',
			sourcesHeading: 'Sources et méthode',
			stepOf: (n, total) => `Étape ${n} sur ${total}`,
			data: 'Les données du graphique',
			skipGraphic: 'Passer le graphique',
			layout: {
				label: 'Présentation',
				scrolly: 'Graphique fixe',
				stacked: 'Un graphique par étape'
			}
		},
		numbers: {
			// the Imprimerie nationale's rules: a no-break space before a unit, a narrow one before %
			bnUsd: (number) => `${number}${NBSP}Md$`,
			percent: (number) => `${number}${NNBSP}%`,
			lowerBound: (amount) => `plus de ${amount}`
		},
		punctuation: { colon: `${NBSP}: `, list: ', ', clause: `${NBSP}; ` },
		sources: { source: `Source${NBSP}:`, sources: `Sources${NBSP}:`, separator: `${NBSP}; ` },
		problems: {
			errors: (n) => `Les données contiennent ${n} erreur${n > 1 ? 's' : ''}`,
			warningsOnly: (n) => `Les données contiennent ${n} avertissement${n > 1 ? 's' : ''}`,
			none: 'Les données ne contiennent aucune erreur',
			help: 'Corrigez chaque fichier du dossier data/ à la ligne indiquée, puis enregistrez : cette page se met à jour toute seule. Les avertissements n’empêchent pas la publication.',
			line: 'ligne',
			column: 'colonne',
			error: 'erreur',
			warning: 'avertissement',
			copy: 'Ligne à copier :'
		},
		map: {
			title: 'Les centres de données d’Alibaba',
			legend: {
				existing: 'Pays avec centres de données existants',
				planned: 'Pays avec centres de données prévus',
				home: 'Marché domestique du groupe'
			},
			countryOnly: `Position indicative${NBSP}: pays seulement`,
			site: 'Site communiqué',
			scope: 'Seuls figurent les pays cités par les sources.',
			world: 'Carte du monde',
			closeUp: (country) => `Gros plan sur la carte, ${country}`,
			countries: (status, n) => {
				const count = n === undefined ? '' : `${n} `;
				if (status === 'home') return 'marché domestique du groupe';
				return `${count}pays avec centres de données ${status === 'existing' ? 'existants' : 'prévus'}`;
			},
			none: 'aucun centre de données',
			emphasis: {
				existing: 'les pays avec centres existants sont mis en évidence',
				planned: 'les pays avec centres prévus sont mis en évidence',
				none: 'aucun pays avec centres n’est mis en évidence'
			},
			approximate: (n) =>
				n > 1
					? 'positions indicatives, au niveau du pays'
					: 'position indicative, au niveau du pays',
			annotation: (country, label) => `${country}${NBSP}: «${NBSP}${label}${NBSP}»`,
			table: {
				caption: 'Les pays cités par les sources, et leur statut',
				country: 'Pays',
				status: 'Statut',
				precision: 'Localisation',
				statuses: {
					existing: 'centres de données existants',
					planned: 'centres de données prévus',
					home: 'marché domestique du groupe'
				},
				precisions: { site: 'site communiqué', country: 'pays seulement' }
			}
		},
		capex: {
			title: 'Investissements dans l’IA par année',
			covers: (companies) => `Total pour ${companies}, en milliards de dollars US`,
			unit: 'milliards de dollars US',
			estimate: 'estimation',
			table: {
				caption: 'Investissements dans l’IA, par année',
				year: 'Année',
				amount: 'Montant',
				kind: 'Chiffre',
				reported: 'publié',
				covers: 'Périmètre'
			}
		},
		market: {
			title: {
				day: 'La réaction des marchés le jour de l’annonce',
				ytd: (company) =>
					company ? `L’action ${company} depuis le 1er janvier` : 'Les cours depuis le 1er janvier',
				both: 'La réaction des marchés le jour de l’annonce, et depuis le 1er janvier'
			},
			unit: 'variation du cours de l’action, en %',
			ownScale: 'échelle différente de celle des variations du jour',
			periodHeading: { day: 'Le jour de l’annonce', ytd: 'Depuis le 1er janvier' },
			table: {
				caption: 'Les variations de cours',
				listing: 'Cotation',
				period: 'Période',
				change: 'Variation'
			}
		},
		embed: { credit: 'Lire l’article complet' }
	}
};
