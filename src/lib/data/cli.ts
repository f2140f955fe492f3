/**
 * `npm run data:check -- [--lang fr|en] [FOLDER]` (`tsx src/lib/data/cli.ts`):
 * prints every problem in FOLDER/data/ as `FILE:LINE:COLUMN: FIELD: message`
 * on stderr, then a one-line summary; exits 0 when valid, 1 otherwise, 2 when
 * the arguments are wrong. The messages are in `--lang`, else the
 * environment's language (LC_ALL, LC_MESSAGES, LANG), else English; the
 * `FILE:LINE:COLUMN: FIELD:` prefix is the same in every language.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANG_CODES } from '../i18n/languages.ts';
import { loadMessages, message, renderMessage, type Message } from '../i18n/messages.ts';
import { checkProject, hasErrors, reportLines } from './check.ts';
import { readCliArgs } from './cli-args.ts';

const request = readCliArgs(process.argv.slice(2), process.env);
const { checker } = await loadMessages(request.lang);
const refuse = (said: Message): void => {
	process.stderr.write(`data:check: ${renderMessage(said, checker)}\n`);
	process.exitCode = 2;
};

if (!request.ok) refuse(request.message);
else if (!existsSync(join(resolve(request.root), 'data'))) {
	refuse(message('cliNoDataFolder', { root: request.root, langs: [...LANG_CODES] }));
} else {
	const check = checkProject(resolve(request.root));
	for (const line of reportLines(check, checker)) process.stderr.write(`${line}\n`);
	process.exitCode = hasErrors(check.problems) ? 1 : 0;
}
