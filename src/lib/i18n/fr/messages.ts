/**
 * Français : chaque message du vérificateur et les mots de la page
 * d’aperçu (voir ../messages.ts). Espaces insécables avant « : ; ? » comme
 * sur la page ; les valeurs trouvées restent entre guillemets droits, telles
 * qu’elles sont tapées.
 */
import type { CheckerMessages, EditorMessages, PreviewWords } from '../messages.ts';

const LOCALE = 'fr-FR';
/** U+00A0, before a colon, a semicolon or a question mark */
const NBSP = '\u00A0';

/** Une valeur telle que tapée : les guillemets JSON montrent espaces, tabulations et valeurs vides. */
const quote = (value: string): string => JSON.stringify(value);

/** Une valeur sujet de « n’est pas … » : une cellule vide se lit « vide, ce qui n’est pas … ». */
const found = (value: string): string => (value === '' ? 'vide, ce qui' : quote(value));

/** `a, b ou c` */
function or(values: readonly string[]): string {
	return list(values, 'ou');
}

/** `a, b et c` */
function and(values: readonly string[]): string {
	return list(values, 'et');
}

function list(values: readonly string[], last: string): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} ${last} ${values[values.length - 1]}`;
}

function count(n: number, one: string, many: string): string {
	return `${n}${NBSP}${n > 1 ? many : one}`;
}

/** Octets en ko sous le mégaoctet, sinon en Mo, comme l’affiche l’explorateur de fichiers. */
function size(bytes: number): string {
	const megabytes = bytes >= 1_000_000;
	return new Intl.NumberFormat(LOCALE, {
		style: 'unit',
		unit: megabytes ? 'megabyte' : 'kilobyte',
		maximumFractionDigits: 1
	}).format(megabytes ? bytes / 1_000_000 : bytes / 1000);
}

/** `(attendu : …)` */
const expected = (what: string): string => `(attendu${NBSP}: ${what})`;

/** Ce qu’une ligne `annotation:` doit contenir, avec un exemple pour le pays `code`. */
const annotationExpected = (code: string): string =>
	`un code de pays, le deux-points et une courte note, par exemple "${code}: Régulateur${NBSP}: achats de puces interdits"`;

/** Ce qu’une ligne `date:` doit contenir. */
const DATE_EXPECTED =
	'la date sous la forme année-mois-jour, avec des traits d’union, par exemple 2025-02-24, ou rien après "date:"';

/** Pourquoi un pays ne peut être à la fois le marché domestique et avoir des centres de données. */
const ONE_COLOUR = `chaque pays soit home, soit avec des centres de données${NBSP}: la carte ne donne qu’une couleur à un pays`;

const checker: CheckerMessages = {
	fileNotFound: () => `fichier introuvable ${expected('ce fichier dans le dossier data')}`,
	fileUnreadable: ({ reason }) =>
		`illisible (${reason}) ${expected('ce fichier dans le dossier data')}`,
	notText: ({ code, line }) =>
		`pas un fichier texte${NBSP}: caractère ${code} à la ligne ${line} ${expected(`du texte enregistré au format CSV, en UTF-8 ou Windows-1252${NBSP}; un classeur doit être enregistré avec le type «${NBSP}CSV${NBSP}»`)}`,
	emptyCopy: ({ keys, sections }) =>
		`fichier vide ${expected(`le texte de l’article${NBSP}: ${or(keys)} en haut, puis les sections ${sections.join(', ')}`)}`,

	unknownFile: ({ expected: names }) =>
		`ce fichier n’appartient pas à l’article ${expected(`l’un des fichiers ${names.join(', ')}, exactement sous ce nom`)}`,
	workbook: () =>
		`un classeur de tableur, pas un fichier CSV ${expected(`la feuille enregistrée au format CSV${NBSP}: dans Excel, Fichier › Enregistrer sous, type «${NBSP}CSV UTF-8${NBSP}» ou «${NBSP}CSV (séparateur${NBSP}: point-virgule)${NBSP}»${NBSP}; dans Google Sheets, Fichier › Télécharger › Valeurs séparées par des virgules`)}`,
	tooLarge: ({ bytes, limit }) =>
		`fichier trop lourd${NBSP}: ${size(bytes)} ${expected(`au plus ${size(limit)}${NBSP}; est-ce le bon fichier${NBSP}?`)}`,

	unclosedQuote: () =>
		`une valeur s’ouvre par " et n’est jamais fermée ${expected(`un " fermant avant la fin du fichier${NBSP}; un " isolé avale toutes les lignes qui suivent`)}`,
	textAfterQuote: ({ found }) =>
		`une valeur entre guillemets est suivie de ${quote(found)} ${expected(`le séparateur juste après le " fermant${NBSP}; écrivez "" pour un guillemet à l’intérieur d’une valeur entre guillemets`)}`,
	unreadableRow: ({ reason }) => `ligne illisible${NBSP}: ${reason}`,

	emptyFile: ({ columns }) =>
		`fichier vide ${expected(`une ligne d’en-tête qui nomme les colonnes ${columns.join(', ')}, puis une ligne par donnée`)}`,
	columnIgnored: ({ columns }) =>
		`colonne ignorée (ce fichier n’utilise que${NBSP}: ${columns.join(', ')})`,
	columnTwice: ({ first }) =>
		`colonne en double, déjà en colonne ${first} ${expected('chaque colonne une seule fois')}`,
	columnMissing: ({ column, header, otherSeparator }) =>
		`colonne manquante ${expected(`un en-tête nommé ${column}${NBSP}; l’en-tête contient ${header.length > 0 ? header.map(quote).join(', ') : 'aucun nom'}${otherSeparator ? `${NBSP}; le séparateur serait-il autre que , ou${NBSP};${NBSP}?` : ''}`)}`,
	noRows: () =>
		`aucune ligne${NBSP}: le fichier a un en-tête mais pas de données ${expected('au moins une ligne sous l’en-tête')}`,
	rowWidth: ({ values, columns, separator }) =>
		`la ligne a ${count(values, 'valeur', 'valeurs')} mais l’en-tête a ${count(columns, 'colonne', 'colonnes')} ${expected(`une valeur par colonne, séparées par ${quote(separator)}${NBSP}; une valeur qui contient ${quote(separator)} doit être entre guillemets droits`)}`,

	duplicate: ({ found, line, column }) =>
		`${quote(found)} est déjà utilisé à la ligne ${line} ${expected(`chaque ${column} une seule fois dans le fichier`)}`,
	emptyText: ({ expected: what }, say) => `vide ${expected(say(what))}`,
	ambiguousComma: ({ found, asDecimal, digits, spaced, decimal }) =>
		`${quote(found)}${NBSP}: la virgule est-elle décimale (${asDecimal}) ou sépare-t-elle les milliers (${digits})${NBSP}? Aucun autre nombre du fichier ne permet de trancher ${expected(`${digits} ou "${spaced}" pour un nombre entier, "${decimal}" pour un nombre décimal`)}`,
	otherDecimalMark: ({ found, expected: what, mark }, say) =>
		`${quote(found)} n’utilise pas la marque décimale du fichier ${expected(`${say(what)}, écrit avec ${mark === ',' ? 'une virgule décimale, par exemple "3,6"' : 'un point décimal, par exemple "3.6"'}, comme les autres nombres du fichier`)}`,
	notQuantity: ({ found: value, what, expected: range }, say) =>
		`${found(value)} n’est pas ${say(what)} ${expected(say(range))}`,
	notYesNo: ({ found: value }) =>
		`${found(value)} n’est ni oui ni non ${expected(`oui ou non${NBSP}; yes/no, vrai/faux, true/false et 1/0 fonctionnent aussi`)}`,
	notAllowed: ({ found: value, allowed }) =>
		`${found(value)} n’est pas une valeur permise ${expected(or(allowed))}`,

	whatLatitude: () => 'une latitude',
	whatLongitude: () => 'une longitude',
	whatYear: () => 'une année',
	whatAmount: () => 'un montant',
	whatPercentChange: () => 'une variation en pourcentage',
	expectNumberBetween: ({ min, max }) => `un nombre entre ${min} et ${max}`,
	expectWholeNumberBetween: ({ min, max, example }) =>
		`un nombre entier entre ${min} et ${max}, par exemple ${example}`,
	expectBillionsUsd: () => 'des milliards de dollars US, un nombre positif ou nul, par exemple 32',
	expectPercent: () => `un pourcentage, négatif pour une baisse, par exemple 3,6 pour +3,6${NBSP}%`,
	expectSiteId: () => 'un identifiant court, par exemple "fr"',
	expectSiteSource: () => 'qui a révélé le site',
	expectCompanies: () =>
		'qui le chiffre couvre, dans les mots de la source, par exemple "les quatre principaux groupes technologiques chinois"',
	expectCapexSource: () => 'qui publie le chiffre',
	expectMarketId: () => 'un identifiant court auquel le texte se réfère, par exemple "alibaba-adr"',
	expectCompany: () => 'le nom de l’entreprise, par exemple "JD.com"',
	expectMarketSource: () => 'qui rapporte la variation',

	countryNoShape: ({ found: value }) =>
		`${found(value)} est un code de pays que la carte ne dessine pas ${expected(`un pays que la carte dessine${NBSP}; pour un territoire dessiné avec un autre pays, le code de ce pays`)}`,
	notCountryCode: ({ found: value, suggestions }) =>
		`${found(value)} n’est pas un code de pays ${expected(`un code ISO 3166-1 alpha-2 en majuscules, par exemple FR${suggestions.length > 0 ? `${NBSP}; vouliez-vous dire ${or(suggestions)}${NBSP}?` : ''}`)}`,
	latitudeSwapped: ({ lat, lon, country }) =>
		`${quote(lat)} n’est pas une latitude, mais lat ${lon}, lon ${lat} tombe dans ${country}${NBSP}: lat et lon semblent inversées ${expected('lat, un nombre entre -90 et 90, puis lon')}`,
	pointSwapped: ({ lat, lon, country }) =>
		`${quote(lat)} avec lon ${quote(lon)} est hors de ${country}, mais lat ${lon}, lon ${lat} tombe dans ${country}${NBSP}: lat et lon semblent inversées ${expected('lat, puis lon')}`,
	pointOutside: ({ lat, lon, country }) =>
		`${quote(lat)} avec lon ${quote(lon)} n’est pas dans ${country} sur la carte ${expected(`un point dans le pays de la colonne country${NBSP}; l’ouest et le sud sont négatifs`)}`,
	homeNotCountry: ({ found }) =>
		`${quote(found)} n’est pas permis pour le marché domestique ${expected(`country${NBSP}: une ligne home désigne un pays entier, pas un site`)}`,
	homeTwice: ({ line }) =>
		`home figure déjà à la ligne ${line} ${expected(`un seul marché domestique sur la carte${NBSP}; marquez les autres pays existing ou planned`)}`,
	centresInHome: ({ country, line }) =>
		`${country} est le marché domestique à la ligne ${line} et ne peut pas avoir en plus des lignes de centres de données ${expected(ONE_COLOUR)}`,
	homeHasCentres: ({ country, line }) =>
		`${country} a des lignes de centres de données (ligne ${line}) et ne peut pas être en même temps le marché domestique ${expected(ONE_COLOUR)}`,

	notAChart: ({ found: value, charts }) =>
		`${found(value)} n’est pas un graphique ${expected(or(charts))}`,
	keyNotForChart: ({ chart, key, allowed }) =>
		`ignorée${NBSP}: une étape ${chart} n’utilise pas ${key} ${expected(or(allowed))}`,
	stepTextMissing: () =>
		`manquant ${expected(`le texte de l’étape après "text:"${NBSP}; terminez un texte de plusieurs lignes par ":end" seul sur sa ligne`)}`,
	stepTextEmpty: () =>
		`vide ${expected(`le texte de l’étape après "text:"${NBSP}; terminez un texte de plusieurs lignes par ":end" seul sur sa ligne`)}`,
	topKeyEmpty: ({ key }) => `vide ${expected(`la valeur de ${key} après "${key}:"`)}`,
	topKeyMissing: ({ key }) => `manquant ${expected(`une ligne "${key}: …" en haut du fichier`)}`,
	topKeyIgnored: ({ keys, sections }) =>
		`ignorée${NBSP}: ce fichier n’utilise pas cette clé ${expected(`${or(keys)} en haut, puis les sections ${sections.join(', ')}`)}`,
	dateNotIso: ({ found }) =>
		`${quote(found)} n’est pas une date écrite AAAA-MM-JJ ${expected(DATE_EXPECTED)}`,
	dateNoMonth: ({ found, month }) =>
		`${quote(found)} n’est pas une date${NBSP}: il n’y a pas de mois ${month} ${expected(DATE_EXPECTED)}`,
	dateNoDay: ({ found, days }) =>
		`${quote(found)} n’est pas une date${NBSP}: ce mois a ${count(days, 'jour', 'jours')} ${expected(DATE_EXPECTED)}`,
	beforeFirstChart: ({ charts }) =>
		`vient avant tout "chart:" dans [steps] ${expected(`que chaque étape commence par "chart: ${charts.join('|')}"`)}`,
	noSteps: ({ charts }) =>
		`aucune étape ${expected(`une section [steps] avec au moins une étape qui commence par "chart: ${charts.join('|')}", fermée par []`)}`,

	notAYear: ({ found, file }) =>
		`${quote(found)} n’est pas une année ${expected(`des années de ${file} séparées par des virgules, par exemple 2023, 2025`)}`,
	yearNotInData: ({ year, file, years }) =>
		`${year} n’est pas une année de ${file} ${expected(or(years))}`,
	focusNotOnMap: ({ found, suggestions }) =>
		`${quote(found)} n’est pas un pays de la carte ${expected(`world, ou un code de pays en majuscules, par exemple FR${suggestions.length > 0 ? `${NBSP}; vouliez-vous dire ${or(suggestions)}${NBSP}?` : ''}`)}`,
	annotationEmpty: () => `vide ${expected(annotationExpected('CN'))}`,
	annotationNoLabel: ({ code }) =>
		`${quote(code)} n’a pas de note ${expected(annotationExpected(code === '' ? 'CN' : code))}`,
	annotationNotOnMap: ({ found: value, suggestions }) =>
		`${found(value)} n’est pas un pays de la carte ${expected(`un code de pays en majuscules avant le deux-points, par exemple CN${suggestions.length > 0 ? `${NBSP}; vouliez-vous dire ${or(suggestions)}${NBSP}?` : ''}`)}`,
	annotationTooLong: ({ length, max }) =>
		`la note fait ${count(length, 'caractère', 'caractères')} ${expected(`au plus ${max}, pour qu’elle tienne à côté de son pays sur un téléphone${NBSP}; raccourcissez-la et dites le reste dans le texte de l’étape`)}`,
	annotationRepeated: ({ country, line }) =>
		`${country} est déjà annoté à la ligne ${line} ${expected(`une seule annotation par pays dans une étape${NBSP}; réunissez les deux notes en une`)}`,
	annotationTooMany: ({ max }) =>
		`une annotation de trop ${expected(`au plus ${max} par étape, pour qu’elles tiennent sur un téléphone`)}`,
	idNotInData: ({ found, file, ids }) =>
		`${quote(found)} n’est pas un id de ${file} ${expected(`des id séparés par des virgules, parmi ${and(ids)}`)}`,
	listedTwice: ({ found }) => `${quote(found)} figure deux fois (affiché une seule fois)`,

	cliUnknownLang: ({ found, langs }) =>
		`--lang ${quote(found)} n’est pas une langue de l’article ${expected(or(langs))}`,
	cliUnknownOption: ({ found, langs }) =>
		`${quote(found)} n’est pas une option ${expected(`npm run data:check -- --lang ${langs.join('|')} DOSSIER, tous deux facultatifs`)}`,
	cliNoDataFolder: ({ root, langs }) =>
		`pas de dossier data dans ${quote(root)} ${expected(`le dossier du projet${NBSP}; pour choisir la langue, placez -- avant les options${NBSP}: npm run data:check -- --lang ${langs.join('|')}`)}`,

	warning: ({ text }) => `avertissement${NBSP}: ${text}`,
	summaryInvalid: ({ errors, warnings, files }) =>
		`${count(errors, 'erreur', 'erreurs')}, ${count(warnings, 'avertissement', 'avertissements')} dans ${count(files, 'fichier', 'fichiers')}`,
	buildRefused: ({ summary }) =>
		`données invalides, rien n’a été construit${NBSP}: ${summary} (voir les lignes ci-dessus)`,
	summaryValid: ({ files, stories, warnings }) =>
		`data/ est valide${NBSP}: ${files.map(({ file, rows }) => `${count(rows, 'ligne', 'lignes')} dans ${file}`).join(', ')}, ${count(stories, 'texte', 'textes')}${warnings > 0 ? ` (${count(warnings, 'avertissement', 'avertissements')})` : ''}`
};

const preview: PreviewWords = {
	title: 'Prévisualiser vos fichiers',
	intro: `Déposez ici un ou plusieurs fichiers de l’article, tableaux CSV ou texte, tels qu’enregistrés depuis Excel ou un autre tableur${NBSP}: la page les vérifie et, s’ils sont valides, affiche l’article avec vos données. Les autres fichiers restent ceux publiés.`,
	privacy: `Vos fichiers ne quittent jamais cet ordinateur${NBSP}: ils sont vérifiés dans cette page, et la recharger les oublie.`,
	needsScript: `Cette page a besoin de JavaScript${NBSP}: elle vérifie vos fichiers dans votre navigateur.`,
	drop: 'Déposez vos fichiers n’importe où sur cette page',
	choose: 'Ou choisissez des fichiers',
	limit: (bytes) => `Fichiers jusqu’à ${size(bytes)}.`,
	filesHeading: 'Les fichiers de l’article',
	published: 'version publiée',
	yours: (bytes) => `le vôtre (${size(bytes)})`,
	remove: 'Reprendre la version publiée',
	forget: 'Oublier mes fichiers',
	checking: 'Vérification…',
	drawing: 'Dessin de l’article…',
	asPublished: 'L’article tel que publié. Déposez vos fichiers pour le voir avec vos données.',
	withYours: (files) => `L’article avec vos fichiers${NBSP}: ${files.join(', ')}.`,
	help: `Corrigez chaque fichier à la ligne indiquée, enregistrez-le au format CSV et déposez-le à nouveau ici. Les avertissements n’empêchent pas la publication.`,
	failed: (reason) => `L’aperçu a échoué (${reason}). Rechargez la page et réessayez.`
};

export const messages: EditorMessages = { checker, preview };
