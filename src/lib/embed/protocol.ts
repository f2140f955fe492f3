/**
 * The messages an embedded page exchanges with the page that frames it, in
 * the two languages newsroom hosts speak, as pure functions:
 *
 * - pym.js (NPR, v1.3.2, `src/pym.js`): strings `pym` xPYMx `childId` xPYMx
 *   `type` xPYMx `payload`. The parent adds `childId` (and `initialWidth`,
 *   `parentTitle`, `parentUrl`) to the iframe's query string, sends `width`
 *   on resize and `viewport-iframe-position` in answer to the child's
 *   `parentPositionInfo` (and, with `trackscroll`, on every scroll and resize);
 *   the child sends `height`.
 * - AMP's `embed-size` (`amp-iframe`), which @newswire/frames (v1.0.0,
 *   `src/framer.js`) also reads: objects `{sentinel: 'amp', type, …}`. A
 *   frames parent that starts watching an already loaded iframe sends
 *   `frames-init`; the child answers with its height.
 *
 * Every parser takes what a `message` event carries (`unknown`: any host may
 * post anything) and returns `null` or `false` for whatever is not exactly
 * the expected shape; none of them throws. Every formatter returns `null`
 * rather than a malformed message, and the caller posts nothing then: a
 * frames parent reads `data.sentinel` without a check, so posting `null` or
 * `undefined` throws in the host page.
 */

/** What pym.js puts between the parts of a message. */
export const PYM_DELIMITER = 'xPYMx';
const PYM_SENTINEL = 'pym';
/** The sentinel of AMP's messages, which @newswire/frames reuses. */
export const AMP_SENTINEL = 'amp';

/** A pym.js message, as its `messageType` part reads. */
export type PymMessageType = 'height' | 'width' | 'parentPositionInfo' | 'viewport-iframe-position';

/** What a pym.js parent puts in the iframe's query string. */
export interface PymParams {
	/** the id the parent knows this child by: its container element's id */
	childId: string;
	/** the container's width in px when the parent built the iframe; null when absent or not a width */
	initialWidth: number | null;
	/** the host page's `document.title`; null when the parent was told not to send it */
	parentTitle: string | null;
	/** the host page's URL; null when the parent was told not to send it */
	parentUrl: string | null;
}

/** Where the iframe is in the host's viewport, as a pym.js parent reports it. */
export interface IframePosition {
	/** the host's viewport width, px (`innerWidth`) */
	viewportWidth: number;
	/** the host's viewport height, px (`innerHeight`) */
	viewportHeight: number;
	/** the iframe's top edge from the viewport's top, px; negative once it has scrolled past */
	top: number;
	/** the iframe's left edge from the viewport's left, px */
	left: number;
	/** the iframe's bottom edge from the viewport's top, px */
	bottom: number;
	/** the iframe's right edge from the viewport's left, px */
	right: number;
}

/** AMP's resize request, as `amp-iframe` and @newswire/frames read it. */
export interface AmpEmbedSize {
	sentinel: typeof AMP_SENTINEL;
	type: 'embed-size';
	/** the document's height, whole px */
	height: number;
}

/** What a @newswire/frames parent sends when it starts listening. */
export interface FramesInit {
	sentinel: typeof AMP_SENTINEL;
	type: 'frames-init';
}

/** A number as JavaScript's `String(number)` writes it; pym.js builds its payloads that way. */
const JS_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]\d+)?$/;
const WHOLE_NUMBER = /^\d+$/;

/**
 * A pym child id: what `getElementById` could find, so not empty and with no
 * whitespace (an HTML id has none), which also keeps every message on one line.
 */
function isChildId(id: unknown): id is string {
	return typeof id === 'string' && id.length > 0 && !/\s/.test(id);
}

/** A length in px that a message may carry: whole, not negative, and written without an exponent. */
function toPixels(height: unknown): number | null {
	if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return null;
	// rounded up: a fractional height rounded down would cut the last pixel row and show a scrollbar
	const whole = Math.ceil(height) + 0; // + 0 turns -0 into 0
	return Number.isSafeInteger(whole) ? whole : null;
}

function wholeNumberIn(text: string): number | null {
	if (!WHOLE_NUMBER.test(text)) return null;
	const value = Number(text);
	return Number.isSafeInteger(value) ? value : null;
}

/**
 * The pym parameters in a query string (`location.search`, with or without
 * its `?`), or null when there is no valid `childId`, that is when no pym
 * parent built this iframe. Decoding follows pym's own (`+` is a space).
 */
export function parsePymParams(search: unknown): PymParams | null {
	if (typeof search !== 'string') return null;
	const params = new URLSearchParams(search);
	const childId = params.get('childId');
	if (!isChildId(childId)) return null;
	const width = params.get('initialWidth');
	return {
		childId,
		initialWidth: width === null ? null : wholeNumberIn(width),
		parentTitle: params.get('parentTitle'),
		parentUrl: params.get('parentUrl')
	};
}

/** A pym message as pym's `_makeMessage` builds it, or null for an invalid child id. */
export function formatPymMessage(
	childId: string,
	type: PymMessageType,
	payload: string
): string | null {
	if (!isChildId(childId)) return null;
	return [PYM_SENTINEL, childId, type, payload].join(PYM_DELIMITER);
}

/**
 * The payload of `data` when it is a pym message of this type for this child,
 * else null. Messages for another child id, and look-alikes (a longer id that
 * starts with this one, another type that starts with this one), are not.
 */
export function readPymPayload(
	data: unknown,
	childId: string,
	type: PymMessageType
): string | null {
	if (typeof data !== 'string' || !isChildId(childId)) return null;
	const head = [PYM_SENTINEL, childId, type, ''].join(PYM_DELIMITER);
	return data.startsWith(head) ? data.slice(head.length) : null;
}

/** child → parent: the document's height, rounded up to whole px; null for a height that is not one. */
export function formatPymHeight(childId: string, height: number): string | null {
	const px = toPixels(height);
	return px === null ? null : formatPymMessage(childId, 'height', String(px));
}

/** The height in a child's pym `height` message, or null. */
export function parsePymHeight(data: unknown, childId: string): number | null {
	const payload = readPymPayload(data, childId, 'height');
	return payload === null ? null : wholeNumberIn(payload);
}

/** parent → child: the container's width (pym's `sendWidth`); null for a width that is not one. */
export function formatPymWidth(childId: string, width: number): string | null {
	const px = toPixels(width);
	return px === null ? null : formatPymMessage(childId, 'width', String(px));
}

/** The width in a parent's pym `width` message, or null. */
export function parsePymWidth(data: unknown, childId: string): number | null {
	const payload = readPymPayload(data, childId, 'width');
	return payload === null ? null : wholeNumberIn(payload);
}

/**
 * child → parent: the request for the iframe's position in the host's
 * viewport. pym's `getParentPositionInfo` sends no payload, which its join
 * writes as an empty string.
 */
export function formatPymPositionRequest(childId: string): string | null {
	return formatPymMessage(childId, 'parentPositionInfo', '');
}

/** Whether `data` is this child's pym position request. */
export function isPymPositionRequest(data: unknown, childId: string): boolean {
	return readPymPayload(data, childId, 'parentPositionInfo') === '';
}

function isPosition(p: IframePosition): boolean {
	// beyond the safe integers no value is a length a browser lays out
	const values = Object.values(p);
	return (
		values.every((v) => Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) &&
		p.viewportWidth >= 0 &&
		p.viewportHeight >= 0 &&
		p.bottom >= p.top &&
		p.right >= p.left
	);
}

/**
 * parent → child: pym's `sendViewportAndIFramePosition` payload, "viewport
 * width, viewport height, top, left, bottom, right" separated by spaces.
 */
export function formatPymPosition(childId: string, position: IframePosition): string | null {
	if (!isPosition(position)) return null;
	const { viewportWidth, viewportHeight, top, left, bottom, right } = position;
	const payload = [viewportWidth, viewportHeight, top, left, bottom, right].join(' ');
	return formatPymMessage(childId, 'viewport-iframe-position', payload);
}

/** The position in a parent's pym `viewport-iframe-position` message, or null. */
export function parsePymPosition(data: unknown, childId: string): IframePosition | null {
	const payload = readPymPayload(data, childId, 'viewport-iframe-position');
	if (payload === null) return null;
	const parts = payload.split(' ');
	if (parts.length !== 6 || !parts.every((part) => JS_NUMBER.test(part))) return null;
	const [viewportWidth, viewportHeight, top, left, bottom, right] = parts.map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	const position = { viewportWidth, viewportHeight, top, left, bottom, right };
	return isPosition(position) ? position : null;
}

/** A plain object (not null, not an array) whose `sentinel` is AMP's. */
function isAmpMessage(data: unknown): data is Record<string, unknown> {
	return (
		typeof data === 'object' &&
		data !== null &&
		!Array.isArray(data) &&
		(data as Record<string, unknown>).sentinel === AMP_SENTINEL
	);
}

/** child → parent: AMP's resize request; null for a height that is not one. */
export function formatAmpEmbedSize(height: number): AmpEmbedSize | null {
	const px = toPixels(height);
	return px === null ? null : { sentinel: AMP_SENTINEL, type: 'embed-size', height: px };
}

/** The height in an AMP `embed-size` message, or null. */
export function parseAmpEmbedSize(data: unknown): number | null {
	if (!isAmpMessage(data) || data.type !== 'embed-size') return null;
	const { height } = data;
	return typeof height === 'number' && Number.isSafeInteger(height) && height >= 0 ? height : null;
}

/** parent → child: a frames parent's greeting. */
export function formatFramesInit(): FramesInit {
	return { sentinel: AMP_SENTINEL, type: 'frames-init' };
}

/** Whether `data` is a frames parent's greeting. */
export function isFramesInit(data: unknown): boolean {
	return isAmpMessage(data) && data.type === 'frames-init';
}
