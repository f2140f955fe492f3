/**
 * DataTable rendered on the server: a closed disclosure holding the table,
 * one header cell per column with its unit, one body row per data row (its
 * first cell the row's header), numbers aligned as numbers, the sources,
 * and the data as text, never as markup.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DataTable from '$lib/components/DataTable.svelte';
import type { DataTable as Table } from '$lib/charts/shared/table';
import { classesOf, tags, textOf } from '../support/html';

const cellText = (html: string) => textOf(html).trim();

const TABLE: Table = {
	caption: 'AI investment, by year',
	columns: [{ label: 'Year' }, { label: 'Amount', unit: 'billions of US dollars', numeric: true }],
	rows: [
		['2022', '9.5'],
		['2024', '<b>21</b>']
	],
	source: 'Source: Research firm.'
};

const draw = (table: Table) => render(DataTable, { props: { table, summary: 'The data' } }).body;

describe('DataTable (server render)', () => {
	it('is a closed disclosure labelled by its summary', () => {
		const body = draw(TABLE);
		const details = tags(body, /<details[^>]*>/g);
		expect(details).toHaveLength(1);
		expect(details[0]).not.toContain('open');
		expect(cellText(tags(body, /<summary[^>]*>[^<]*<\/summary>/g)[0] ?? '')).toBe('The data');
	});

	it('heads each column, with its unit, and each row with its first cell', () => {
		const body = draw(TABLE);
		const heads = tags(body, /<th scope="col"[^>]*>[^<]*<\/th>/g).map(cellText);
		expect(heads).toEqual(['Year', 'Amount (billions of US dollars)']);
		const rows = tags(body, /<th scope="row"[^>]*>[^<]*<\/th>/g).map(cellText);
		expect(rows).toEqual(['2022', '2024']);
		expect(tags(body, /<tbody[^>]*>[\s\S]*<\/tbody>/g)[0]?.match(/<tr/g)).toHaveLength(2);
		for (const cell of tags(body, /<td[^>]*>/g)) expect(classesOf(cell)).toContain('numeric');
		expect(cellText(tags(body, /<caption[^>]*>[^<]*<\/caption>/g)[0] ?? '')).toBe(TABLE.caption);
	});

	it('prints the sources under the table, and no empty line when there are none', () => {
		expect(textOf(draw(TABLE))).toContain('Source: Research firm.');
		expect(draw({ ...TABLE, source: '' })).not.toContain('class="source');
	});

	it('writes cells as text, never as markup', () => {
		const body = draw(TABLE);
		expect(body).not.toContain('<b>');
		expect(body).toContain('&lt;b>21&lt;/b>');
	});
});
