/**
 * Bytes to text, the way editors' files arrive: UTF-8 with or without a
 * byte-order mark, or Windows-1252 (Excel's "CSV" in a French locale).
 * Browser-safe: the preview page decodes in a worker with exactly this code,
 * so that its lines equal the CLI's.
 */
import { message, type Message } from '../i18n/messages.ts';

export type Decoded =
	{ ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: Message };

const BOM = '\uFEFF';
/** A UTF-8 byte-order mark read as Windows-1252: a UTF-8 file with one bad byte somewhere. */
const BOM_AS_1252 = '\u00EF\u00BB\u00BF';

/**
 * Windows-1252's bytes 0x80–0x9F, where it differs from Latin-1: ’ – € …
 * (the WHATWG Encoding Standard's index). The five bytes it leaves undefined
 * become U+FFFD, which `isNotText` refuses.
 *
 * Why not `TextDecoder('windows-1252')` alone: browsers' is right, but
 * Node 20's decodes these bytes as Latin-1's C1 controls. Decoding with it
 * and mapping that range with this table gives the same text in both, so the
 * preview page and the CLI print the same lines.
 */
const HIGH_1252 =
	'\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
	'\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

/** Characters 0x80–0x9F, whether a decoder left them as C1 controls or as their byte values. */
const C1_RANGE = /[\u0080-\u009F]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
	const text = new TextDecoder('windows-1252').decode(bytes);
	return text.replace(C1_RANGE, (char) => HIGH_1252.charAt(char.charCodeAt(0) - 0x80));
}

/**
 * Control characters no text editor or spreadsheet writes into a CSV: C0
 * controls except tab, line feed and carriage return, DEL, the C1 range and
 * U+FFFD (a byte Windows-1252 leaves undefined). Their presence means the
 * file is not text, e.g. an .xlsx renamed .csv.
 */
function isNotText(code: number): boolean {
	const c0 = code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d;
	return c0 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/** Index of the first character that is not text, or -1. */
function firstNotText(text: string): number {
	for (let i = 0; i < text.length; i++) if (isNotText(text.charCodeAt(i))) return i;
	return -1;
}

/**
 * Decodes strictly as UTF-8 first: a Windows-1252 file with accents is
 * almost never valid UTF-8, so a failure is a reliable sign.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	let text: string;
	let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		text = decodeWindows1252(bytes);
		encoding = 'windows-1252';
	}
	if (text.startsWith(BOM)) text = text.slice(BOM.length);
	else if (encoding === 'windows-1252' && text.startsWith(BOM_AS_1252))
		text = text.slice(BOM_AS_1252.length);
	const bad = firstNotText(text);
	if (bad >= 0) {
		const line = text.slice(0, bad).split('\n').length;
		const code = `U+${text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')}`;
		return { ok: false, message: message('notText', { code, line }) };
	}
	return { ok: true, text, encoding };
}

/** CRLF (Windows) and lone CR (old Mac) become LF; the line count is the same, so LINE stays physical. */
export function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}
