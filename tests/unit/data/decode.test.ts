/**
 * Bytes to text, as editors' files arrive: UTF-8 with or without a
 * byte-order mark, or Windows-1252 (French Excel), with its 0x80–0x9F
 * punctuation right; anything else is refused as not text, with its line.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, normaliseNewlines } from '$lib/data/decode';
import { utf8, win1252 } from '../support/bytes';

describe('decodeText', () => {
	it('reads Windows-1252 bytes 0x80–0x9F as the punctuation French text uses', () => {
		const bytes = new Uint8Array([
			0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c, 0xe9, 0xe0
		]);
		expect(decodeText(bytes)).toEqual({ ok: true, text: '€…‘’“”–—œéà', encoding: 'windows-1252' });
	});
	it('round-trips text written as Windows-1252', () => {
		expect(decodeText(win1252('L’été – 5 € …'))).toEqual({
			ok: true,
			text: 'L’été – 5 € …',
			encoding: 'windows-1252'
		});
	});
	it('drops a UTF-8 byte-order mark', () => {
		expect(decodeText(utf8('\uFEFFyear'))).toEqual({ ok: true, text: 'year', encoding: 'utf-8' });
	});
	it('drops the byte-order mark of a UTF-8 file with one bad byte, read as Windows-1252', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3b, 0xe9]);
		expect(decodeText(bytes)).toEqual({ ok: true, text: 'a;é', encoding: 'windows-1252' });
	});
	it('reads valid UTF-8 as UTF-8 even when it would also decode as Windows-1252', () => {
		expect(decodeText(utf8('é’'))).toEqual({ ok: true, text: 'é’', encoding: 'utf-8' });
	});
	it('reads no bytes as an empty text', () => {
		expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
	});
	it('keeps tabs and both kinds of line end', () => {
		expect(decodeText(utf8('a\tb\r\nc\rd\n'))).toEqual({
			ok: true,
			text: 'a\tb\r\nc\rd\n',
			encoding: 'utf-8'
		});
	});

	type Bad = [behaviour: string, bytes: number[], expected: string];
	const BAD: Bad[] = [
		['NUL bytes', [0x61, 0x00, 0x62], 'U+0000 on line 1'],
		[
			'a zip file (an .xlsx renamed .csv)',
			[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
			'U+0003 on line 1'
		],
		['a Windows-1252 byte with no character', [0x61, 0x0a, 0x81], 'U+FFFD on line 2'],
		['DEL, on the third line', [0x61, 0x0a, 0x0a, 0x7f], 'U+007F on line 3']
	];
	it.each(BAD)('refuses %s as not text', (_behaviour, bytes, expected) => {
		const decoded = decodeText(new Uint8Array(bytes));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) {
			expect(decoded.message).toContain(expected);
			expect(decoded.message).toMatch(
				/^not a text file: .* \(expected text saved as CSV, UTF-8 or Windows-1252; a spreadsheet file must be saved with "CSV" as its type\)$/
			);
		}
	});
});

describe('normaliseNewlines', () => {
	it.each([
		['CRLF (Windows)', 'a\r\nb\r\n', 'a\nb\n'],
		['lone CR (old Mac)', 'a\rb\r', 'a\nb\n'],
		['mixed', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
		['a blank CRLF line stays a line', 'a\r\n\r\nb', 'a\n\nb'],
		['nothing to do', 'a\nb', 'a\nb'],
		['the empty string', '', '']
	])('turns %s into LF, keeping the line count', (_name, text, expected) => {
		expect(normaliseNewlines(text)).toBe(expected);
		expect(normaliseNewlines(text).split('\n')).toHaveLength(text.split(/\r\n|\r|\n/).length);
	});
});
