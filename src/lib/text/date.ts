/**
 * The story's date: read from the copy as an ISO calendar date
 * (`YYYY-MM-DD`, the one form that reads the same in every language and
 * sorts), and written in each language's own format ("24 février 2025",
 * "24 February 2025"). Pure and browser-safe.
 */
import { locale, type Lang } from '../i18n/languages.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as the copy gives it: valid, or why not. */
export type DateReading =
	| { ok: true; iso: string }
	| { ok: false; reason: 'form' }
	| { ok: false; reason: 'month'; month: number }
	| { ok: false; reason: 'day'; daysInMonth: number };

/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the Gregorian calendar. */
function daysIn(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Reads `YYYY-MM-DD`: the form first, then that the month and the day exist (no 2025-02-30). */
export function readIsoDate(value: string): DateReading {
	const match = ISO_DATE.exec(value.trim());
	if (!match) return { ok: false, reason: 'form' };
	const [, y = '', m = '', d = ''] = match;
	const year = Number(y);
	const month = Number(m);
	const day = Number(d);
	if (month < 1 || month > 12) return { ok: false, reason: 'month', month };
	const daysInMonth = daysIn(year, month);
	if (day < 1 || day > daysInMonth) return { ok: false, reason: 'day', daysInMonth };
	return { ok: true, iso: `${y}-${m}-${d}` };
}

/**
 * A valid ISO date in the language's long format: "24 février 2025",
 * "24 February 2025". Read in UTC, so the day never shifts with the time
 * zone of the machine that builds the page.
 */
export function formatDate(iso: string, lang: Lang): string {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	const date = new Date(0);
	// setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999
	date.setUTCFullYear(year, month - 1, day);
	return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
