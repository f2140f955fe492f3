/**
 * Windows-1252 as the checker decodes it, in Node and in the preview page's
 * browser alike: byte for byte what iconv-lite (a decoder Node's own
 * TextDecoder cannot replace, see DESIGN.md) gives.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '$lib/data/decode';
import { renderMessage } from '$lib/i18n/messages';
import { loadMessages } from '$lib/i18n/messages';

describe('decodeWindows1252', () => {
	it('decodes every byte as iconv-lite does, the 0x80–0x9F range included', () => {
		const every = Uint8Array.from({ length: 256 }, (_, byte) => byte);
		const ours = decodeWindows1252(every);
		const theirs = iconv.decode(Buffer.from(every), 'win1252');
		expect([...ours].map((char) => char.codePointAt(0))).toEqual(
			[...theirs].map((char) => char.codePointAt(0))
		);
	});

	it('gives French Excel’s punctuation, not control characters', () => {
		expect(decodeWindows1252(new Uint8Array([0x92, 0x96, 0x80, 0x85, 0x9c]))).toBe('’–€…œ');
	});
});

describe('decodeText', () => {
	it('says "not a text file" as a message, in each language', async () => {
		const decoded = decodeText(new Uint8Array([0x61, 0x0a, 0x00]));
		expect(decoded.ok).toBe(false);
		if (decoded.ok) return;
		expect(renderMessage(decoded.message)).toMatch(
			/^not a text file: character U\+0000 on line 2 /
		);
		const { checker } = await loadMessages('fr');
		expect(renderMessage(decoded.message, checker)).toMatch(
			/^pas un fichier texte\u00A0: caractère U\+0000 à la ligne 2 /
		);
	});
});
