import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { PNG } from 'pngjs';
import {
	CARD_FONT_FAMILY,
	CARD_FONT_FILES,
	CARD_HEIGHT,
	CARD_WIDTH,
	FONT_ASCENT_EM,
	FONT_DESCENT_EM,
	ELLIPSIS,
	clampText,
	composeCard,
	escapeXml,
	layoutCard,
	measureText,
	readCssTokens,
	renderCard,
	resolveCssVariables,
	wrapText,
	type CardContent
} from '$lib/server/cards';

/** The characters French copy and its figures need, in the shipped font. */
const FRENCH = 'éèêëàâçîïôûùüÿœæÉÈÊÀÂÇÎÔÛŒÆ«»’‘“”–—…\u202F\u00A0€$%−×';

const BARS = readFileSync('tests/fixtures/cards/bars.svg', 'utf8');
const TOKENS = readCssTokens(readFileSync('src/lib/styles/tokens.css', 'utf8'));

const CONTENT: CardContent = {
	title: 'Alibaba relève sa mise\u202F: plus de 53\u00A0milliards de dollars pour l’IA',
	subtitle: 'Investissements, en milliards de dollars («\u202Festimation\u202F» pour 2025–2027)',
	chart: BARS,
	source: 'Sources\u202F: Alibaba Group, rapports annuels\u202F; Reuters'
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The size a PNG's IHDR chunk declares (the first chunk, right after the signature). */
function ihdr(png: Uint8Array): { width: number; height: number; chunk: string } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return {
		chunk: String.fromCharCode(...png.subarray(12, 16)),
		width: view.getUint32(16),
		height: view.getUint32(20)
	};
}

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

/** The RGB of the pixel at (x, y) as #rrggbb. */
function pixel(image: PNG, x: number, y: number): string {
	const i = (Math.round(y) * image.width + Math.round(x)) * 4;
	return `#${[...image.data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function distinctColours(image: PNG): number {
	const colours = new Set<number>();
	for (let i = 0; i < image.data.length; i += 4) colours.add(image.data.readUInt32BE(i));
	return colours.size;
}

const svgOf = (body: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100" fill="#ffffff"/>${body}</svg>`;

describe('the shipped font', () => {
	it.each(CARD_FONT_FILES)(
		'%s covers French and its figures, and is named as the cards say',
		(file) => {
			const font = opentype.loadSync(file);
			const missing = [...FRENCH].filter((c) => font.charToGlyphIndex(c) === 0);
			expect(missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
			expect(font.names.fontFamily.en).toBe(CARD_FONT_FAMILY);
			expect(font.names.license.en).toContain('SIL Open Font License');
		}
	);

	it.each(CARD_FONT_FILES)(
		'%s has the vertical metrics the card layout places lines with',
		(file) => {
			const font = opentype.loadSync(file);
			expect(font.ascender / font.unitsPerEm).toBe(FONT_ASCENT_EM);
			expect(-font.descender / font.unitsPerEm).toBe(FONT_DESCENT_EM);
		}
	);

	it('ships with its licence beside it', () => {
		expect(readFileSync('src/lib/server/fonts/Inter-OFL.txt', 'utf8')).toContain(
			'SIL OPEN FONT LICENSE Version 1.1'
		);
	});
});

describe('renderCard', () => {
	const card = renderCard(composeCard(CONTENT));

	it(`makes a ${CARD_WIDTH} × ${CARD_HEIGHT} PNG`, () => {
		expect([...card.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(ihdr(card)).toEqual({ chunk: 'IHDR', width: CARD_WIDTH, height: CARD_HEIGHT });
		const image = decode(card);
		expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
	});

	it('is not blank: paper, ink, bars and antialiased edges', () => {
		const image = decode(card);
		expect(distinctColours(image)).toBeGreaterThan(50);
		expect(pixel(image, 2, 2)).toBe(TOKENS.paper);
	});

	it('draws text: a drawing with text differs from the same drawing without', () => {
		const text = `<text x="10" y="60" font-size="40" fill="#000000">${escapeXml(FRENCH)}</text>`;
		const withText = decode(renderCard(svgOf(text), { width: 400 }));
		const without = decode(renderCard(svgOf(''), { width: 400 }));
		expect(distinctColours(without)).toBe(1);
		expect(distinctColours(withText)).toBeGreaterThan(10);
		expect(withText.data.equals(without.data)).toBe(false);
	});

	it('draws with the shipped font whatever family the SVG names, and no font of the machine', () => {
		const drawn = (family: string) =>
			decode(
				renderCard(
					svgOf(
						`<text x="10" y="60" font-size="32" font-family="${escapeXml(family)}">Été : 53 €</text>`
					),
					{ width: 400 }
				)
			).data;
		const inter = drawn(CARD_FONT_FAMILY);
		for (const family of [
			'Georgia, serif',
			'DejaVu Sans',
			"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
			'monospace',
			'no such font'
		])
			expect(drawn(family).equals(inter), family).toBe(true);
	});

	it('scales a drawing to the width asked, keeping its proportions', () => {
		expect(ihdr(renderCard(svgOf(''), { width: 1200 }))).toMatchObject({
			width: 1200,
			height: 300
		});
	});

	it('gives the same bytes every time (reproducible builds)', () => {
		expect(Buffer.from(renderCard(composeCard(CONTENT))).equals(Buffer.from(card))).toBe(true);
	});
});

describe('composeCard', () => {
	it('draws the chart in the box the layout leaves it, in the tokens’ colours', () => {
		const chart = '<svg viewBox="0 0 10 10"><rect width="10" height="10" fill="var(--bar)"/></svg>';
		const layout = layoutCard(CONTENT);
		const image = decode(renderCard(composeCard({ ...CONTENT, chart })));
		// a square chart, scaled to fit the box's height and centred in it
		const centreX = layout.chart.x + layout.chart.width / 2;
		const centreY = layout.chart.y + layout.chart.height / 2;
		expect(pixel(image, centreX, centreY)).toBe(TOKENS.bar);
		expect(pixel(image, centreX - layout.chart.height / 2 + 2, centreY)).toBe(TOKENS.bar);
		expect(pixel(image, centreX - layout.chart.height / 2 - 2, centreY)).toBe(TOKENS.paper);
		expect(pixel(image, layout.chart.x + 2, centreY)).toBe(TOKENS.paper);
	});

	it('resolves every custom property of the chart, and escapes the text', () => {
		const svg = composeCard({ ...CONTENT, title: 'R&D <IA> "2025"' });
		expect(svg).not.toContain('var(');
		expect(svg).toContain('R&amp;D &lt;IA&gt; &quot;2025&quot;');
		expect(() => renderCard(svg)).not.toThrow();
	});

	it('takes a chart sized by width and height when it has no viewBox', () => {
		const svg = composeCard({
			...CONTENT,
			chart: '<svg width="200" height="100"><rect width="200" height="100"/></svg>'
		});
		expect(svg).toMatch(
			/<svg x="\d+" y="[\d.]+" width="\d+" height="[\d.]+" viewBox="0 0 200 100"/
		);
	});

	it.each([
		['no viewBox and no size', '<svg><rect width="10" height="10"/></svg>', /has no viewBox/],
		['a size in another unit', '<svg width="100%" height="10em"></svg>', /has no viewBox/],
		['HTML around it', '<figure><svg viewBox="0 0 1 1"></svg></figure>', /one <svg> element/],
		['no end tag', '<svg viewBox="0 0 1 1"><rect/>', /one <svg> element/],
		['an unknown token', '<svg viewBox="0 0 1 1" fill="var(--nope)"></svg>', /var\(--nope\)/]
	])('refuses a chart with %s, saying why', (_name, chart, message) => {
		expect(() => composeCard({ ...CONTENT, chart })).toThrow(message);
	});
});

describe('layoutCard', () => {
	const textWidth = CARD_WIDTH - 2 * layoutCard(CONTENT).chart.x;

	it('wraps the title in at most two lines that fit the card, words whole and in order', () => {
		const { title } = layoutCard(CONTENT);
		expect(title.lines.length).toBeLessThanOrEqual(2);
		expect(title.lines.join(' ')).toBe(CONTENT.title);
		for (const line of title.lines)
			expect(measureText(line, title.size, title.weight)).toBeLessThanOrEqual(textWidth);
	});

	it('keeps French no-break spaces: no line starts with a colon or a number’s unit', () => {
		for (const block of ['title', 'subtitle', 'source'] as const) {
			const laid = layoutCard(CONTENT)[block]!;
			for (const line of laid.lines) expect(line).not.toMatch(/^(?:[\u202F\u00A0:;»€%]|milliards)/);
		}
	});

	it('puts the text blocks and the chart one under the other, inside the card', () => {
		const { title, subtitle, source, chart } = layoutCard(CONTENT);
		const bottom = (b: { top: number; lines: string[]; size: number; lineHeight: number }) =>
			b.top + b.lines.length * b.size * b.lineHeight;
		expect(title.top).toBeGreaterThan(0);
		expect(subtitle!.top).toBeGreaterThanOrEqual(bottom(title));
		expect(chart.y).toBeGreaterThanOrEqual(bottom(subtitle!));
		expect(source.top).toBeGreaterThanOrEqual(chart.y + chart.height);
		expect(bottom(source)).toBeLessThan(CARD_HEIGHT);
		expect(chart.height).toBeGreaterThanOrEqual(CARD_HEIGHT / 3);
	});

	it('makes the title smaller before it gives up, and then says what to shorten', () => {
		const long = 'Alibaba investit dans les centres de données du monde entier';
		expect(layoutCard({ ...CONTENT, title: long }).title.lines).toHaveLength(2);
		const tooLong = `${long}, ${long}, ${long}`;
		expect(() => layoutCard({ ...CONTENT, title: tooLong })).toThrow(/title .* shorten it/);
	});

	it('cuts text from copy or data short with an ellipsis, when asked, rather than stop the build', () => {
		const long = 'Alibaba investit dans les centres de données du monde entier';
		const tooLong = Array(6).fill(long).join(', ');
		const options = { overflow: 'ellipsis' as const };
		const { title, subtitle, source } = layoutCard(
			{ title: tooLong, subtitle: tooLong, source: tooLong },
			options
		);
		for (const block of [title, subtitle!, source]) {
			expect(block.lines.length).toBeGreaterThan(0);
			expect(block.lines.at(-1)).toMatch(/\S…$/);
			expect(tooLong.startsWith(block.lines.join(' ').slice(0, -1))).toBe(true);
			for (const line of block.lines)
				expect(measureText(line, block.size, block.weight)).toBeLessThanOrEqual(textWidth);
		}
		expect(title.size).toBe(40);
		expect(layoutCard(CONTENT, options)).toEqual(layoutCard(CONTENT));
	});

	it('leaves out the subtitle when there is none', () => {
		const { subtitle, chart } = layoutCard({ ...CONTENT, subtitle: undefined });
		expect(subtitle).toBeUndefined();
		expect(chart.height).toBeGreaterThan(layoutCard(CONTENT).chart.height);
	});
});

describe('wrapText', () => {
	/** every character 10 px wide */
	const measure = (line: string) => line.length * 10;

	it.each([
		['one line', 'un deux', 100, 2, ['un deux']],
		['two lines', 'un deux trois', 80, 2, ['un deux', 'trois']],
		['runs of spaces', '  un   deux  ', 100, 2, ['un deux']],
		['no-break spaces hold', 'plus de 53\u00A0milliards', 120, 2, ['plus de', '53\u00A0milliards']],
		['a narrow no-break space holds', 'mise\u202F: oui', 60, 2, ['mise\u202F:', 'oui']],
		['nothing', '', 100, 2, []]
	])('%s', (_name, text, width, maxLines, expected) => {
		expect(wrapText(text, width, maxLines, measure)).toEqual(expected);
	});

	it('gives up on too many lines, or a word wider than the line', () => {
		expect(wrapText('un deux trois', 50, 2, measure)).toBeNull();
		expect(wrapText('anticonstitutionnellement', 100, 3, measure)).toBeNull();
	});
});

describe('clampText', () => {
	/** every character 10 px wide */
	const measure = (line: string) => line.length * 10;

	it.each([
		['what fits, as wrapText lays it', 'un deux trois', 80, 2, ['un deux', 'trois']],
		[
			'too many lines: the last one ends the text',
			'un deux trois quatre',
			80,
			2,
			['un deux', 'trois…']
		],
		['a last line too full for the ellipsis', 'un deux trois quatre', 70, 1, ['un…']],
		['punctuation left by the cut', 'un, deux trois', 40, 1, ['un…']],
		['a word wider than the line', 'anticonstitutionnellement', 100, 2, ['anticonst…']],
		[
			'a word too wide after a line that fits',
			'un anticonstitutionnellement',
			100,
			2,
			['un', 'anticonst…']
		],
		['no-break spaces hold', 'plus de 53\u00A0milliards de dollars', 100, 1, ['plus de…']]
	])('%s', (_name, text, width, maxLines, expected) => {
		const lines = clampText(text, width, maxLines, measure);
		expect(lines).toEqual(expected);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
		if (lines.join(' ') !== text) expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
	});
});

describe('readCssTokens and resolveCssVariables', () => {
	const css = `/* --commented: out; */
:root {
	--ink: #1b1b1b;
	--font-sans:
		system-ui, -apple-system,
		sans-serif;
	--accent: var(--ink);
	--loop-a: var(--loop-b);
	--loop-b: var(--loop-a);
}`;
	const tokens = readCssTokens(css);

	it('reads declarations, values on several lines included, comments left out', () => {
		expect(tokens).toEqual({
			ink: '#1b1b1b',
			'font-sans': 'system-ui, -apple-system, sans-serif',
			accent: 'var(--ink)',
			'loop-a': 'var(--loop-b)',
			'loop-b': 'var(--loop-a)'
		});
	});

	it.each([
		['a token', 'fill="var(--ink)"', 'fill="#1b1b1b"'],
		['spaces inside', 'fill: var( --ink )', 'fill: #1b1b1b'],
		['a token made of a token', 'var(--accent)', '#1b1b1b'],
		['a fallback', 'var(--none, #fff)', '#fff'],
		['a fallback with parentheses', 'var(--none, rgb(0, 0, 0))', 'rgb(0, 0, 0)'],
		['a fallback that is a token', 'var(--none, var(--ink))', '#1b1b1b'],
		['a token rather than its fallback', 'var(--ink, red)', '#1b1b1b'],
		['two in a row', 'var(--ink) var(--ink)', '#1b1b1b #1b1b1b'],
		['no variable', 'fill="#fff"', 'fill="#fff"'],
		[
			'a font stack',
			'font-family: var(--font-sans)',
			'font-family: system-ui, -apple-system, sans-serif'
		]
	])('resolves %s', (_name, text, expected) => {
		expect(resolveCssVariables(text, tokens)).toBe(expected);
	});

	it.each([
		['an unknown name', 'var(--nope)', /var\(--nope\) is not a design token/],
		['a cycle', 'var(--loop-a)', /refers to itself \(loop-a → loop-b → loop-a\)/],
		['an unclosed var(', 'fill: var(--ink', /has no closing/],
		[
			'a name from Object.prototype',
			'var(--constructor)',
			/var\(--constructor\) is not a design token/
		]
	])('refuses %s, naming it', (_name, text, message) => {
		expect(() => resolveCssVariables(text, tokens)).toThrow(message);
	});
});
