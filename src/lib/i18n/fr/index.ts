/** French: the story's first language (the source's), at the site's root. */
import type { Language } from '../language.ts';
import { apostrophes, frenchSpaces } from '../../text/rules.ts';
import { NBSP, NNBSP } from '../../text/spaces.ts';

/** Counts written in words in a title; past these the title gives no count. */
const COUNT_WORDS: Record<number, string> = {
	2: 'deux',
	3: 'trois',
	4: 'quatre',
	5: 'cinq',
	6: 'six'
};

export const fr: Language<'fr'> = {
	code: 'fr',
	locale: 'fr-FR',
	name: 'Français',
	typography: [apostrophes, frenchSpaces],
	words: {
		page: {
			kicker: 'Intelligence artificielle',
			readIn: 'Lire en français',
			sourcesHeading: 'Sources et méthode',
			stepOf: (n, total) => `Étape ${n} sur ${total}`
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
			existing: 'Centre de données existant',
			planned: 'Centre de données prévu',
			countryOnly: `Position indicative${NBSP}: pays seulement`,
			site: 'Site communiqué',
			world: 'Carte du monde',
			closeUp: (country) => `Gros plan sur la carte, ${country}`,
			count: (n, status, first) => {
				const plural = n > 1 ? 's' : '';
				const noun = first ? ` centre${plural} de données` : '';
				return `${n}${noun} ${status === 'existing' ? 'existant' : 'prévu'}${plural}`;
			},
			none: 'aucun centre de données',
			emphasis: {
				existing: 'les centres existants sont mis en évidence',
				planned: 'les centres prévus sont mis en évidence',
				none: 'aucun centre n’est mis en évidence'
			},
			approximate: (n) =>
				n > 1
					? 'positions indicatives, au niveau du pays'
					: 'position indicative, au niveau du pays'
		},
		capex: {
			title: (count) => {
				const word = COUNT_WORDS[count];
				return `Investissements dans l’IA des ${word ? `${word} ` : ''}grands groupes chinois de la tech`;
			},
			covers: (companies) => `Total pour ${companies}, en milliards de dollars US`,
			unit: 'milliards de dollars US',
			estimate: 'estimation'
		},
		market: {
			title: {
				day: 'La réaction des marchés le jour de l’annonce',
				ytd: 'L’évolution des cours depuis le 1er janvier',
				both: 'La réaction des marchés le jour de l’annonce, et depuis le 1er janvier'
			},
			unit: 'variation du cours de l’action, en %',
			periodHeading: { day: 'Le jour de l’annonce', ytd: 'Depuis le 1er janvier' }
		},
		embed: { credit: 'Lire l’article complet' }
	}
};
