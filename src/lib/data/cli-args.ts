/**
 * What `npm run data:check -- [--lang fr|en] [FOLDER]` asks for: the folder
 * to check (default the current one) and the language to print in: `--lang`,
 * else the environment's (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { LANG_CODES, isLang, type Lang } from '../i18n/languages.ts';
import { environmentLang } from '../i18n/locale.ts';
import { message, type Message } from '../i18n/messages.ts';

export type CliRequest =
	| { ok: true; root: string; lang: Lang }
	/** a mistake in the arguments, to print in `lang` (the environment's: the one asked for is the mistake) */
	| { ok: false; lang: Lang; message: Message };

export function readCliArgs(
	args: readonly string[],
	env: Readonly<Record<string, string | undefined>>
): CliRequest {
	const fallback = environmentLang(env);
	const langs = [...LANG_CODES];
	let lang: Lang | undefined;
	let root: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		const inline = /^--lang=(.*)$/.exec(arg);
		if (inline || arg === '--lang') {
			const value = inline ? (inline[1] ?? '') : (args[++i] ?? '');
			if (!isLang(value)) {
				return {
					ok: false,
					lang: fallback,
					message: message('cliUnknownLang', { found: value, langs })
				};
			}
			lang = value;
		} else if (arg.startsWith('-') || root !== undefined) {
			return {
				ok: false,
				lang: fallback,
				message: message('cliUnknownOption', { found: arg, langs })
			};
		} else root = arg;
	}
	return { ok: true, root: root ?? '.', lang: lang ?? fallback };
}
