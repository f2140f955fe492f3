import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	formatAmpEmbedSize,
	formatFramesInit,
	formatPymHeight,
	formatPymMessage,
	formatPymPosition,
	formatPymPositionRequest,
	formatPymWidth,
	isFramesInit,
	isPymPositionRequest,
	parseAmpEmbedSize,
	parsePymHeight,
	parsePymParams,
	parsePymPosition,
	parsePymWidth,
	readPymPayload,
	type IframePosition
} from '$lib/embed/protocol';

const ID = 'embed';
const pym = (id: string, type: string, payload: string) => ['pym', id, type, payload].join('xPYMx');

/** What pym.js 1.3.2's parent and child match messages with (`_makeMessageRegex`, src/pym.js). */
const pymRegex = (id: string) => new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`);

/** What @newswire/frames 1.0.0's parent reads from a pym string (src/framer.js). */
const framesReadsPym = (data: string) => {
	const [, , type, height] = data.split(/xPYMx/);
	return { type, height };
};

/** Values a host may post that are no message of either protocol. */
const NOT_MESSAGES: unknown[] = [
	null,
	undefined,
	0,
	-1,
	NaN,
	Infinity,
	Number.MAX_VALUE,
	2n ** 64n,
	true,
	'',
	'pym',
	[],
	['amp', 'frames-init'],
	{},
	new Date(0),
	new Map([['sentinel', 'amp']]),
	new Uint8Array([112, 121, 109]),
	Symbol('amp')
];

describe('parsePymParams', () => {
	// what pym.Parent._constructIframe appends to the child's URL
	const query =
		'?initialWidth=1248&childId=embed&parentTitle=Un%20article&parentUrl=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1';

	it('reads the parameters a pym parent adds', () => {
		expect(parsePymParams(query)).toEqual({
			childId: 'embed',
			initialWidth: 1248,
			parentTitle: 'Un article',
			parentUrl: 'https://example.org/a?b=1'
		});
	});

	it('reads them with or without the "?", among other parameters, after a fragment-free URL', () => {
		expect(parsePymParams(query.slice(1))?.childId).toBe('embed');
		expect(parsePymParams('?lang=fr&childId=graphic-2&initialWidth=375')).toEqual({
			childId: 'graphic-2',
			initialWidth: 375,
			parentTitle: null,
			parentUrl: null
		});
	});

	it('decodes as pym does: + is a space, percent-escapes are UTF-8', () => {
		expect(parsePymParams('?childId=%C3%A9t%C3%A9&parentTitle=Un+article')).toMatchObject({
			childId: 'été',
			parentTitle: 'Un article'
		});
	});

	it('takes the first childId when there are two, as pym’s regular expression does', () => {
		expect(parsePymParams('?childId=a&childId=b')?.childId).toBe('a');
	});

	it.each([
		['no query', ''],
		['no childId', '?initialWidth=300'],
		['an empty childId', '?childId=&initialWidth=300'],
		['a childId with a space', '?childId=a+b'],
		['a childId with a new line', '?childId=a%0Ab'],
		['a childId with a tab', '?childId=%09']
	])('is null with %s', (_name, search) => {
		expect(parsePymParams(search)).toBeNull();
	});

	it.each(['abc', '-5', '1e3', '300.5', ' 300', '0x12c', '9'.repeat(30), ''])(
		'leaves an initialWidth of %j unread',
		(width) => {
			expect(parsePymParams(`?childId=x&initialWidth=${encodeURIComponent(width)}`)).toMatchObject({
				childId: 'x',
				initialWidth: null
			});
		}
	);

	it('does not throw on malformed escapes (pym’s own decodeURIComponent would)', () => {
		expect(parsePymParams('?childId=%E0%A4%A&parentTitle=%')).toEqual({
			childId: '\uFFFD%A',
			initialWidth: null,
			parentTitle: '%',
			parentUrl: null
		});
	});

	it.each(NOT_MESSAGES)('is null for a search that is not a string: %s', (search) => {
		expect(parsePymParams(search)).toBeNull();
	});
});

describe('pym messages', () => {
	it('formats a height as pym’s child does, and both parents read it', () => {
		const message = formatPymHeight(ID, 395)!;
		expect(message).toBe('pymxPYMxembedxPYMxheightxPYMx395');
		expect(pymRegex(ID).exec(message)?.slice(1)).toEqual(['height', '395']);
		expect(framesReadsPym(message)).toEqual({ type: 'height', height: '395' });
		expect(parsePymHeight(message, ID)).toBe(395);
	});

	it.each([
		[395.01, '396'],
		[0, '0'],
		[-0, '0'],
		[0.2, '1'],
		[Number.MAX_SAFE_INTEGER, String(Number.MAX_SAFE_INTEGER)]
	])('rounds a height of %d up to whole pixels: %s', (height, payload) => {
		expect(formatPymHeight(ID, height)).toBe(pym(ID, 'height', payload));
	});

	it.each([-1, -0.5, NaN, Infinity, -Infinity, 2 ** 53, 1e21, Number.MAX_VALUE])(
		'formats no message for a height of %d',
		(height) => {
			expect(formatPymHeight(ID, height)).toBeNull();
			expect(formatPymWidth(ID, height)).toBeNull();
		}
	);

	it.each(['', 'a b', 'a\nb', '\t'])('formats no message for the child id %j', (id) => {
		expect(formatPymHeight(id, 300)).toBeNull();
		expect(formatPymMessage(id, 'width', '300')).toBeNull();
		expect(formatPymPositionRequest(id)).toBeNull();
		expect(readPymPayload(pym(id, 'width', '300'), id, 'width')).toBeNull();
	});

	it('asks for the position exactly as pym’s getParentPositionInfo does (no payload)', () => {
		const message = formatPymPositionRequest(ID)!;
		expect(message).toBe('pymxPYMxembedxPYMxparentPositionInfoxPYMx');
		expect(pymRegex(ID).exec(message)?.slice(1)).toEqual(['parentPositionInfo', '']);
		expect(isPymPositionRequest(message, ID)).toBe(true);
		expect(isPymPositionRequest(pym(ID, 'parentPositionInfo', 'x'), ID)).toBe(false);
	});

	it('reads the width a pym parent sends (this.el.offsetWidth.toString())', () => {
		expect(parsePymWidth(pym(ID, 'width', '1248'), ID)).toBe(1248);
		expect(parsePymWidth(pym(ID, 'width', '0'), ID)).toBe(0);
		expect(parsePymWidth(formatPymWidth(ID, 375.4), ID)).toBe(376);
	});

	it.each([
		['another id', pym('other', 'width', '300')],
		['an id that starts with this one', pym(`${ID}x`, 'width', '300')],
		['an id this one starts with', pym(ID.slice(0, -1), 'width', '300')],
		['an id with a space after it', pym(`${ID} `, 'width', '300')],
		['another type', pym(ID, 'height', '300')],
		['a type in capitals', pym(ID, 'WIDTH', '300')],
		['a longer type', pym(ID, 'widths', '300')],
		['no payload part', `pymxPYMx${ID}xPYMxwidth`],
		['an empty payload', pym(ID, 'width', '')],
		['a negative width', pym(ID, 'width', '-300')],
		['an exponent', pym(ID, 'width', '3e2')],
		['a fraction', pym(ID, 'width', '300.5')],
		['a space', pym(ID, 'width', ' 300')],
		['hexadecimal', pym(ID, 'width', '0x12c')],
		['NaN', pym(ID, 'width', 'NaN')],
		['Infinity', pym(ID, 'width', 'Infinity')],
		['a width past the safe integers', pym(ID, 'width', '9'.repeat(400))],
		['another part after it', pym(ID, 'width', '300xPYMx5')],
		['a new line after it', pym(ID, 'width', '300\n')],
		['a capital sentinel', `PYMxPYMx${ID}xPYMxwidthxPYMx300`],
		['a space before it', ` ${pym(ID, 'width', '300')}`]
	])('reads no width from %s', (_name, message) => {
		expect(parsePymWidth(message, ID)).toBeNull();
	});

	it.each(NOT_MESSAGES)('reads nothing from %s', (data) => {
		expect(parsePymWidth(data, ID)).toBeNull();
		expect(parsePymHeight(data, ID)).toBeNull();
		expect(parsePymPosition(data, ID)).toBeNull();
		expect(isPymPositionRequest(data, ID)).toBe(false);
	});
});

describe('pym positions', () => {
	// what sendViewportAndIFramePosition sends: innerWidth innerHeight top left bottom right
	const position: IframePosition = {
		viewportWidth: 1280,
		viewportHeight: 800,
		top: -1234.5,
		left: 16,
		bottom: -839.5,
		right: 1264
	};

	it('reads the viewport and the iframe’s box, fractions and negatives included', () => {
		const message = pym(ID, 'viewport-iframe-position', '1280 800 -1234.5 16 -839.5 1264');
		expect(parsePymPosition(message, ID)).toEqual(position);
		expect(formatPymPosition(ID, position)).toBe(message);
	});

	it('reads numbers as JavaScript writes them, exponents included', () => {
		const message = pym(ID, 'viewport-iframe-position', '375 667 1e-7 0 300.25 375');
		expect(parsePymPosition(message, ID)).toMatchObject({ top: 1e-7, bottom: 300.25 });
	});

	it.each([
		['no numbers', ''],
		['five numbers', '1280 800 10 0 500'],
		['seven numbers', '1280 800 10 0 500 1264 7'],
		['two spaces', '1280  800 10 0 500 1264'],
		['a new line', '1280 800 10 0 500 1264\n'],
		['words', 'a b c d e f'],
		['NaN', '1280 800 NaN 0 500 1264'],
		['Infinity', '1280 800 Infinity 0 500 1264'],
		['an overflowing exponent', '1280 800 1e400 0 500 1264'],
		['a value past the safe integers', '1280 800 1e300 0 500 1264'],
		['hexadecimal', '0x500 800 10 0 500 1264'],
		['a negative viewport', '-1280 800 10 0 500 1264'],
		['a bottom above the top', '1280 800 500 0 10 1264'],
		['a right edge left of the left edge', '1280 800 10 1264 500 16'],
		['commas', '1280,800,10,0,500,1264']
	])('reads no position from %s', (_name, payload) => {
		expect(parsePymPosition(pym(ID, 'viewport-iframe-position', payload), ID)).toBeNull();
	});

	it('reads no position meant for another child', () => {
		expect(
			parsePymPosition(pym('other', 'viewport-iframe-position', '1280 800 10 0 500 1264'), ID)
		).toBeNull();
	});

	it('formats no position that could not be read back', () => {
		expect(formatPymPosition(ID, { ...position, top: NaN })).toBeNull();
		expect(formatPymPosition(ID, { ...position, bottom: position.top - 1 })).toBeNull();
	});

	it('reads back every position it formats', () => {
		const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
		fc.assert(
			fc.property(
				fc.nat(10_000),
				fc.nat(10_000),
				coordinate,
				coordinate,
				fc.nat(1e6),
				fc.nat(1e6),
				(viewportWidth, viewportHeight, top, left, height, width) => {
					const p = {
						viewportWidth,
						viewportHeight,
						top,
						left,
						bottom: top + height,
						right: left + width
					};
					expect(parsePymPosition(formatPymPosition(ID, p), ID)).toEqual(
						// String(-0) is "0": the same point
						Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v + 0]))
					);
				}
			)
		);
	});
});

describe('AMP and frames messages', () => {
	it('formats the height as amp-iframe and frames read it', () => {
		expect(formatAmpEmbedSize(395.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 396 });
		expect(parseAmpEmbedSize(formatAmpEmbedSize(0))).toBe(0);
	});

	it.each([-1, NaN, Infinity, 2 ** 53, Number.MAX_VALUE])(
		'formats no message for a height of %d (never null posted: frames reads data.sentinel unchecked)',
		(height) => {
			expect(formatAmpEmbedSize(height)).toBeNull();
		}
	);

	it('reads a height from a message with more fields than it needs', () => {
		expect(parseAmpEmbedSize({ sentinel: 'amp', type: 'embed-size', height: 300, width: 10 })).toBe(
			300
		);
	});

	it.each([
		['a string height', { sentinel: 'amp', type: 'embed-size', height: '300' }],
		['a negative height', { sentinel: 'amp', type: 'embed-size', height: -5 }],
		['a fractional height', { sentinel: 'amp', type: 'embed-size', height: 300.5 }],
		['a huge height', { sentinel: 'amp', type: 'embed-size', height: 1e308 }],
		['no height', { sentinel: 'amp', type: 'embed-size' }],
		['another sentinel', { sentinel: 'AMP', type: 'embed-size', height: 300 }],
		['another type', { sentinel: 'amp', type: 'embed-size ', height: 300 }],
		['an array', Object.assign(['amp'], { sentinel: 'amp', type: 'embed-size', height: 300 })]
	])('reads no height from %s', (_name, data) => {
		expect(parseAmpEmbedSize(data)).toBeNull();
	});

	it('recognises the greeting frames sends, and only it', () => {
		expect(formatFramesInit()).toEqual({ sentinel: 'amp', type: 'frames-init' });
		expect(isFramesInit(formatFramesInit())).toBe(true);
		expect(isFramesInit({ sentinel: 'amp', type: 'frames-init', extra: 1 })).toBe(true);
		for (const data of [
			{ sentinel: 'amp', type: 'frames-init ' },
			{ sentinel: 'AMP', type: 'frames-init' },
			{ sentinel: ['amp'], type: 'frames-init' },
			{ type: 'frames-init' },
			'{"sentinel":"amp","type":"frames-init"}',
			Object.assign([], { sentinel: 'amp', type: 'frames-init' })
		])
			expect(isFramesInit(data)).toBe(false);
	});

	it.each(NOT_MESSAGES)('reads nothing from %s', (data) => {
		expect(parseAmpEmbedSize(data)).toBeNull();
		expect(isFramesInit(data)).toBe(false);
	});
});

describe('every parser, on anything', () => {
	it('returns null or false and never throws', () => {
		fc.assert(
			fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true }), (data) => {
				expect(parsePymParams(data)).toBeNull();
				expect(parsePymWidth(data, ID)).toBeNull();
				expect(parsePymHeight(data, ID)).toBeNull();
				expect(parsePymPosition(data, ID)).toBeNull();
				expect(isPymPositionRequest(data, ID)).toBe(false);
				expect(parseAmpEmbedSize(data)).toBeNull();
				expect(isFramesInit(data)).toBe(false);
			})
		);
	});

	it('reads nothing from strings that are pym messages for this child only by chance', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (tail) => {
				const data = `pymxPYMx${ID}xPYMx${tail}`;
				// only well-formed payloads of a known type are read
				const width = parsePymWidth(data, ID);
				if (width !== null) expect(data).toBe(pym(ID, 'width', String(width)));
				const position = parsePymPosition(data, ID);
				if (position !== null) expect(formatPymPosition(ID, position)).toBe(data);
			})
		);
	});
});
