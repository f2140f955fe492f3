/** How spreadsheets save a table (separator, decimal mark, BOM, line ends, encoding, thousands), and the bytes each writes. */
import { utf8, win1252, withBom } from './bytes';

/** How a spreadsheet may save a table. */
export interface Dialect {
	name: string;
	separator: ',' | ';';
	decimal: '.' | ',';
	bom: boolean;
	crlf: boolean;
	encoding: 'utf-8' | 'windows-1252';
	/** the space written between thousands, if any (only with decimal commas, as French Excel does) */
	thousands?: ' ' | '\u00A0' | '\u202F';
}

export const DIALECTS: readonly Dialect[] = [
	{ name: 'plain CSV', separator: ',', decimal: '.', bom: false, crlf: false, encoding: 'utf-8' },
	{
		name: 'CSV with BOM and CRLF',
		separator: ',',
		decimal: '.',
		bom: true,
		crlf: true,
		encoding: 'utf-8'
	},
	{
		name: 'Excel FR: ; and decimal commas, Windows-1252, CRLF',
		separator: ';',
		decimal: ',',
		bom: false,
		crlf: true,
		encoding: 'windows-1252'
	},
	{
		name: 'Excel FR UTF-8: ; decimal commas, BOM, CRLF, no-break thousands',
		separator: ';',
		decimal: ',',
		bom: true,
		crlf: true,
		encoding: 'utf-8',
		thousands: '\u00A0'
	},
	{
		name: '; with decimal points',
		separator: ';',
		decimal: '.',
		bom: false,
		crlf: false,
		encoding: 'utf-8'
	},
	{
		name: '; decimal commas, narrow no-break thousands, LF',
		separator: ';',
		decimal: ',',
		bom: false,
		crlf: false,
		encoding: 'utf-8',
		thousands: '\u202F'
	},
	{
		name: '; decimal commas, space thousands, Windows-1252',
		separator: ';',
		decimal: ',',
		bom: false,
		crlf: false,
		encoding: 'windows-1252',
		thousands: ' '
	}
];

/** A cell in a table to write: numbers are formatted by the dialect, strings are quoted when they must be. */
export type CellValue = string | number;

function formatNumber(value: number, dialect: Dialect): string {
	const [whole = '', fraction] = String(value).split('.');
	const sign = whole.startsWith('-') ? '-' : '';
	let digits = whole.replace('-', '');
	if (dialect.thousands) digits = digits.replace(/\B(?=(\d{3})+$)/g, dialect.thousands);
	return `${sign}${digits}${fraction === undefined ? '' : dialect.decimal + fraction}`;
}

function formatCell(value: CellValue, dialect: Dialect): string {
	if (typeof value === 'number') return formatNumber(value, dialect);
	return /[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The bytes a spreadsheet would save for this table in this dialect. */
export function writeTable(
	header: readonly string[],
	rows: readonly CellValue[][],
	dialect: Dialect
): Uint8Array {
	const newline = dialect.crlf ? '\r\n' : '\n';
	const text = [header, ...rows]
		.map((row) => row.map((cell) => formatCell(cell, dialect)).join(dialect.separator))
		.join(newline)
		.replaceAll('\n', newline === '\n' ? '\n' : '\r\n')
		.replaceAll('\r\r\n', '\r\n');
	const withEnd = `${text}${newline}`;
	if (dialect.encoding === 'windows-1252') return win1252(withEnd);
	return dialect.bom ? withBom(withEnd) : utf8(withEnd);
}
