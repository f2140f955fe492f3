import { error } from '@sveltejs/kit';
import { chartNamed } from '$lib/charts/registry';
import { cardImage, embedEntries, embedFor, storyPageFor } from '$lib/server/embeds';

/** One page per step of the copy and language: `/embed/step/0/`, `/en/embed/step/0/` (N as `data-step`, 0-based). */
export async function entries(): Promise<{ lang?: string; n: string }[]> {
	return (await embedEntries('step')).map(({ lang, embed }) =>
		lang ? { lang, n: String(embed.step) } : { n: String(embed.step) }
	);
}

export async function load({ params }: { params: { lang?: string; n: string } }) {
	const page = await storyPageFor(params.lang);
	if (!/^\d+$/.test(params.n)) error(404, `no step ${params.n}`);
	const embed = embedFor(page, `step-${params.n}`);
	const step = page.story.steps[Number(params.n)]!;
	return {
		lang: page.lang,
		embed,
		card: cardImage(embed),
		prepared: page.charts.prepared[embed.chart],
		table: page.charts.tables[embed.chart]!,
		text: step.text,
		fills: chartNamed(embed.chart)?.fillsHeight ?? false
	};
}
