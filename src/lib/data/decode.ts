/**
 * Bytes to text, the way editors' files arrive: UTF-8 with or without a
 * byte-order mark, or Windows-1252 (Excel's "CSV" in a French locale).
 */
import iconv from 'iconv-lite';

export type Decoded =
	{ ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: string };

const BOM = '\uFEFF';
/** A UTF-8 byte-order mark read as Windows-1252: a UTF-8 file with one bad byte somewhere. */
const BOM_AS_1252 = '\u00EF\u00BB\u00BF';

/**
 * Control characters no text editor or spreadsheet writes into a CSV: C0
 * controls except tab, line feed and carriage return, DEL, and the C1 range
 * (Windows-1252 leaves five bytes undefined and iconv-lite maps them there).
 * Their presence means the file is not text, e.g. an .xlsx renamed .csv.
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
 * almost never valid UTF-8, so a failure is a reliable sign. Node 20's own
 * `TextDecoder('windows-1252')` maps 0x80–0x9F to control characters instead
 * of ’ – € …, hence iconv-lite for the fallback.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	let text: string;
	let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
		encoding = 'windows-1252';
	}
	if (text.startsWith(BOM)) text = text.slice(BOM.length);
	else if (encoding === 'windows-1252' && text.startsWith(BOM_AS_1252))
		text = text.slice(BOM_AS_1252.length);
	const bad = firstNotText(text);
	if (bad >= 0) {
		const line = text.slice(0, bad).split('\n').length;
		const code = text.charCodeAt(bad);
		return {
			ok: false,
			message: `not a text file: character U+${code.toString(16).toUpperCase().padStart(4, '0')} on line ${line} (expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type)`
		};
	}
	return { ok: true, text, encoding };
}

/** CRLF (Windows) and lone CR (old Mac) become LF; the line count is the same, so LINE stays physical. */
export function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}
