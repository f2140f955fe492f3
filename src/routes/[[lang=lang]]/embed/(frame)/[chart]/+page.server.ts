import { error } from '@sveltejs/kit';
import { chartNamed } from '$lib/charts/registry';
import { cardImage, embedEntries, embedFor, storyPageFor } from '$lib/server/embeds';

/** One page per chart of the registry and language: `/embed/map/`, `/en/embed/map/`. */
export async function entries(): Promise<{ lang?: string; chart: string }[]> {
	return (await embedEntries('chart')).map(({ lang, embed }) =>
		lang ? { lang, chart: embed.id } : { chart: embed.id }
	);
}

export async function load({ params }: { params: { lang?: string; chart: string } }) {
	const page = await storyPageFor(params.lang);
	const embed = embedFor(page, params.chart);
	const spec = chartNamed(params.chart);
	if (embed.kind !== 'chart' || !spec) error(404, `no chart ${params.chart}`);
	return {
		lang: page.lang,
		embed,
		card: cardImage(embed),
		prepared: page.charts.prepared[embed.chart],
		table: page.charts.tables[embed.chart]!,
		// a chart that does not title itself is titled by the embed
		title: spec.printsTitle ? undefined : embed.caption.title,
		fills: spec.fillsHeight
	};
}
