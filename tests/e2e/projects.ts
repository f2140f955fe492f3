/**
 * The projects the browser tests build and read: this one, and a copy with
 * the fixture data set and a third language (tests/fixtures/projects/alt),
 * made the way the README tells a developer to add a language.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeScratchProject, type Scratch } from './scratch';

const ALT = resolve('tests/fixtures/projects/alt');

/** The language table's file, where each language is one import and one entry. */
const LANGUAGES_FILE = 'src/lib/i18n/languages.ts';

/**
 * Adds the language whose words are in `src/lib/i18n/<code>/` to the table,
 * as the README says: import it beside the others and append it to the list.
 */
export function addLanguage(scratch: Scratch, code: string): void {
	const text = scratch.read(LANGUAGES_FILE);
	const imports = [...text.matchAll(/^import \{ \w+ \} from '\.\/\w+\/index\.ts';$/gm)];
	const last = imports.at(-1);
	const list = /export const LANGUAGES = \[([^\]]*)\] as const;/.exec(text);
	if (!last || last.index === undefined || !list)
		throw new Error(`${LANGUAGES_FILE} no longer has the shape the README describes`);
	const end = last.index + last[0].length;
	const withImport = `${text.slice(0, end)}\nimport { ${code} } from './${code}/index.ts';${text.slice(end)}`;
	scratch.write(
		LANGUAGES_FILE,
		withImport.replace(list[0], `export const LANGUAGES = [${list[1]}, ${code}] as const;`)
	);
}

/** A copy of the project with the fixture's data and its German. */
export function makeAltProject(): Scratch {
	const scratch = makeScratchProject();
	rmSync(scratch.path('data'), { recursive: true, force: true });
	cpSync(join(ALT, 'data'), scratch.path('data'), { recursive: true });
	cpSync(join(ALT, 'i18n/de'), scratch.path('src/lib/i18n/de'), { recursive: true });
	addLanguage(scratch, 'de');
	return scratch;
}
