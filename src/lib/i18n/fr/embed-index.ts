/** The embed index's words in French (see `EmbedIndexWords`). */
import type { EmbedIndexWords } from '../language.ts';

export const embedIndex: EmbedIndexWords = {
	title: 'Intégrer le récit et ses graphiques',
	intro:
		'Le récit entier, chacun de ses graphiques et chacune de ses étapes se publient dans une iframe qui prend d’elle-même la hauteur de son contenu. Chaque page intégrée parle à la fois pym.js et les messages AMP (@newswire/frames, amp-iframe), sans interrogation répétée\u00a0: copiez le code qui correspond à votre page.',
	storyHeading: 'Le récit entier',
	storyNote:
		'Avec un parent pym.js qui suit le défilement (trackscroll), le graphique reste épinglé dans la fenêtre de la page hôte et les étapes défilent à côté, comme sur la page du récit. Avec tout autre parent, chaque étape est suivie de son graphique dans l’état de cette étape.',
	chartsHeading: 'Les graphiques',
	chartsNote:
		'Chaque graphique dans son état par défaut, avec son titre, sa source et un lien vers le récit.',
	stepsHeading: 'Les étapes du récit',
	stepsNote:
		'Le graphique d’une étape dans l’état de cette étape, avec le texte de l’étape en légende\u00a0: l’état tient à l’adresse de la page, il s’affiche sans passer par un autre.',
	previewWidth: 'Largeur de l’aperçu',
	codes: {
		pym: 'pym.js',
		frames: '@newswire/frames',
		amp: 'AMP (amp-iframe)',
		iframe: 'iframe simple',
		image: 'Image seule'
	},
	codeNotes: {
		pym: 'Pour une page qui utilise pym.js (NPR)\u00a0: l’iframe suit la hauteur de son contenu.',
		frames:
			'Pour une page qui utilise @newswire/frames\u00a0: l’iframe suit la hauteur de son contenu.',
		amp: 'Pour une page AMP\u00a0: amp-iframe suit la hauteur de l’embed et montre son image le temps du chargement.',
		iframe:
			'En dernier recours, sans script sur la page hôte\u00a0: une hauteur fixe, celle qu’il faut sur un téléphone.',
		image:
			'Pour un hôte qui n’accepte pas les iframes\u00a0: l’image de l’embed, avec un lien vers le récit.'
	},
	relativeUrls:
		'Dans le HTML de cette page, les adresses de ces codes sont relatives à elle\u00a0; son script les écrit en entier à partir de l’adresse où vous la lisez. Pour qu’elles soient entières dès le HTML, fixez PUBLIC_BASE_URL à la construction (voir le README).',
	card: 'Image',
	cardNote: 'Elle sert aussi d’aperçu quand un lien vers la page est partagé (og:image).',
	parametersHeading: 'Paramètres et messages',
	parametersIntro:
		'L’état d’un graphique ne dépend que de l’adresse de sa page, jamais d’un paramètre de requête\u00a0: la page est précalculée, si bien que son état est dans son HTML dès le premier octet. Elle comprend ces paramètres\u00a0:',
	parameters: {
		theme:
			'light (clair), dark (sombre) ou auto (par défaut\u00a0: le réglage du système du lecteur). Les couleurs de la page et de son graphique, pour s’accorder à la page hôte\u00a0; appliqué avant le premier affichage, si bien que l’autre thème n’apparaît jamais.',
		childId:
			'Ajouté par un parent pym.js\u00a0: l’identifiant de son conteneur. La page y adresse ses messages pym.js\u00a0; sans lui, elle ne parle que le protocole AMP.',
		'initialWidth, parentTitle, parentUrl': 'Ajoutés par pym.js\u00a0; la page ne s’en sert pas.'
	},
	messagesIntro:
		'Les messages qu’elle échange avec la page hôte (postMessage). Tout autre message est ignoré, sans erreur.',
	messages: {
		height:
			'Envoyé à un parent pym.js chaque fois que la hauteur du document change (ResizeObserver).',
		'embed-size':
			'Envoyé en même temps, au format AMP ({sentinel: "amp", type: "embed-size", height})\u00a0: @newswire/frames et amp-iframe le lisent.',
		parentPositionInfo:
			'Envoyé à un parent pym.js au chargement\u00a0: demande où est l’iframe dans la fenêtre de la page hôte.',
		width:
			'Reçu d’un parent pym.js quand la page hôte change de largeur\u00a0: la page renvoie sa hauteur.',
		'frames-init':
			'Reçu d’un parent @newswire/frames qui commence à écouter\u00a0: la page renvoie sa hauteur.',
		'viewport-iframe-position':
			'Reçu d’un parent pym.js, en réponse puis à chaque défilement avec trackscroll\u00a0: le récit entier s’en sert pour épingler son graphique.'
	},
	nameColumn: 'Nom',
	effectColumn: 'Effet'
};
