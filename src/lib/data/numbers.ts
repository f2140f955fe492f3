/**
 * Numbers as editors type them: `3.6` or `3,6`, `1 234,5` with a space,
 * no-break space or narrow no-break space between thousands. Which mark is
 * the decimal one is decided once per file, from the file's own numbers;
 * when the file cannot tell (only values like `1,234`), each such value
 * gets a question instead of a guess.
 */

export type DecimalMark = '.' | ',';

/** Spaces a spreadsheet or a French keyboard puts between thousands: space, U+00A0, U+202F. */
const THOUSANDS_SPACE = '[ \\u00A0\\u202F]';
/** U+2212 MINUS SIGN, as pasted from typeset text. */
const SIGN = '[+\\-\\u2212]?';
const INTEGER = `(?:\\d{1,3}(?:${THOUSANDS_SPACE}\\d{3})+|\\d+)`;

const WITH_COMMA = new RegExp(`^${SIGN}${INTEGER},\\d+$`);
const WITH_POINT = new RegExp(`^${SIGN}${INTEGER}\\.\\d+$`);
const PLAIN_INTEGER = new RegExp(`^${SIGN}${INTEGER}$`);
/** `1,234` and `-12,500`: a decimal comma, or a thousands comma? */
const AMBIGUOUS_COMMA = new RegExp(`^${SIGN}\\d{1,3},\\d{3}$`);

export type DecimalChoice =
	| { mark: DecimalMark; ambiguous: false }
	/** no value tells; values like `1,234` must be asked about */
	| { mark: DecimalMark; ambiguous: true };

/** A number cell and, when its column has one, the largest magnitude the column allows (90 for a latitude). */
export interface NumberSample {
	value: string;
	maxAbs?: number;
}

/**
 * A comma-separated file cannot hold unquoted decimal commas, so it uses
 * points. A `;` file votes: each value with a comma or a point that only one
 * reading allows counts; the majority wins (commas on a tie, the habit of the
 * locales that write `;`). `1,234` votes only where its thousands reading is
 * impossible: a latitude of `46,123` cannot be 46123.
 */
export function detectDecimalMark(
	samples: readonly NumberSample[],
	delimiter: ',' | ';'
): DecimalChoice {
	if (delimiter === ',') return { mark: '.', ambiguous: false };
	let commas = 0;
	let points = 0;
	let undecided = 0;
	for (const sample of samples) {
		const value = sample.value.trim();
		if (AMBIGUOUS_COMMA.test(value)) {
			const asThousands = Math.abs(Number(value.replace(',', '').replace('\u2212', '-')));
			if (sample.maxAbs !== undefined && asThousands > sample.maxAbs) commas++;
			else undecided++;
		} else if (WITH_COMMA.test(value)) commas++;
		else if (WITH_POINT.test(value)) points++;
	}
	if (commas === 0 && points === 0) return { mark: ',', ambiguous: undecided > 0 };
	return { mark: commas >= points ? ',' : '.', ambiguous: false };
}

export type NumberReading =
	{ ok: true; value: number } | { ok: false; reason: 'not-a-number' | 'ambiguous' | 'other-mark' };

/** Reads one value under the file's decimal choice. Never guesses between two readings. */
export function readNumber(raw: string, choice: DecimalChoice): NumberReading {
	const value = raw.trim();
	if (choice.ambiguous && AMBIGUOUS_COMMA.test(value)) return { ok: false, reason: 'ambiguous' };
	const other = choice.mark === ',' ? WITH_POINT : WITH_COMMA;
	const own = choice.mark === ',' ? WITH_COMMA : WITH_POINT;
	if (!own.test(value) && !PLAIN_INTEGER.test(value)) {
		return { ok: false, reason: other.test(value) ? 'other-mark' : 'not-a-number' };
	}
	const canonical = value
		.replace(/[ \u00A0\u202F]/g, '')
		.replace('\u2212', '-')
		.replace(',', '.');
	const number = Number(canonical);
	return Number.isFinite(number)
		? { ok: true, value: number }
		: { ok: false, reason: 'not-a-number' };
}
