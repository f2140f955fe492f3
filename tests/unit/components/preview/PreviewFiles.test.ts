/** The preview page's list of files: each the published one or the editor's, as the page says. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PreviewFiles from '$lib/components/preview/PreviewFiles.svelte';
import { loadMessages } from '$lib/i18n/messages';
import { textOf } from '../../support/html';

describe('PreviewFiles', () => {
	it('marks the editor’s files and the published ones, in the page’s language', async () => {
		const { preview } = await loadMessages('fr');
		const body = render(PreviewFiles, {
			props: {
				files: [
					{ name: 'capex.csv', path: 'data/capex.csv', bytes: 1_234 },
					{ name: 'market.csv', path: 'data/market.csv' }
				],
				words: preview,
				limit: 10_000_000,
				onremove: () => undefined,
				onforget: () => undefined
			}
		}).body;
		expect(body).toMatch(/data-file="capex.csv" data-source="yours"/);
		expect(body).toMatch(/data-file="market.csv" data-source="published"/);
		const text = textOf(body);
		expect(text).toContain('capex.csv le vôtre (1,2 ko)');
		expect(text).toContain('market.csv version publiée');
		expect(text).toContain('Fichiers jusqu’à 10 Mo.');
		expect(text).toContain('Oublier mes fichiers');
		expect(body).toMatch(/<input type="file" multiple/);
	});
});
