/**
 * The preview page's result, rendered on the server: the problem list or the
 * story, the status line that says whose files it is drawn from, and an
 * editor's text as text, never as HTML.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PreviewResult from '$lib/components/preview/PreviewResult.svelte';
import { showProblem } from '$lib/data/problems';
import { loadMessages, message } from '$lib/i18n/messages';
import type { PageStory } from '$lib/charts/page';
import type { PreviewView } from '$lib/preview/view';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** A story with no step: enough for the header, the prose and the sources, which carry the editor's text. */
const PAGE: PageStory = {
	story: {
		lang: 'en',
		headline: HOSTILE,
		dek: 'A dek',
		byline: 'A byline',
		intro: [HOSTILE],
		steps: [],
		outro: [],
		sources: [HOSTILE]
	},
	charts: { names: [], prepared: {}, defaults: {}, tables: {} }
};

async function html(view: PreviewView, status: 'idle' | 'checking' = 'idle'): Promise<string> {
	const { preview } = await loadMessages('en');
	return render(PreviewResult, { props: { view, status, words: preview, lang: 'en', root: '../' } })
		.body;
}

describe('PreviewResult', () => {
	it('says whose files the story is drawn from', async () => {
		const body = await html({ kind: 'story', page: PAGE, yours: ['capex.csv'], problems: [] });
		expect(body).toContain('The story with your files: capex.csv.');
		expect(body).toContain('data-preview-state="story"');
		expect(await html({ kind: 'story', page: PAGE, yours: [], problems: [] })).toContain(
			'The story as published.'
		);
	});

	it('shows the problems and the verdict, with no story', async () => {
		const { checker } = await loadMessages('en');
		const problem = showProblem(
			{
				file: 'data/capex.csv',
				line: 2,
				column: 3,
				field: 'value_busd',
				message: message('notYesNo', { found: HOSTILE }),
				severity: 'error'
			},
			checker
		);
		const body = await html({
			kind: 'problems',
			problems: [problem],
			summary: '1 error, 0 warnings in 1 file'
		});
		expect(body).toContain('data-preview-state="problems"');
		expect(body).toMatch(/data-problems="1"/);
		expect(body).toContain('1 error, 0 warnings in 1 file');
		expect(body).not.toContain('class="story"');
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
	});

	it('renders the editor’s text as text', async () => {
		const body = await html({ kind: 'story', page: PAGE, yours: ['story.en.aml'], problems: [] });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>');
	});

	it('says it is checking while it is', async () => {
		const body = await html({ kind: 'story', page: PAGE, yours: [], problems: [] }, 'checking');
		expect(body).toContain('Checking…');
		expect(body).toContain('data-preview-state="checking"');
	});
});
