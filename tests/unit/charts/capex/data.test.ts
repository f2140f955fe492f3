/**
 * `data/capex.csv`'s `companies`: who the figures cover in the source's own
 * words, translated in `companies_<lang>` like every text column.
 */
import { describe, expect, it } from 'vitest';
import { parseCapex } from '$lib/charts/capex/data';
import { formatProblem } from '$lib/data/problems';

const FILE = 'data/capex.csv';

function parse(text: string) {
	const { rows, problems } = parseCapex(new TextEncoder().encode(text), FILE);
	return { rows, problems: problems.map(formatProblem) };
}

describe('the companies column', () => {
	it('reads the source’s wording and its translation', () => {
		const { rows, problems } = parse(
			[
				'year,companies,companies_en,value_busd,estimate,lower_bound,source',
				"2025,les quatre principaux groupes technologiques chinois,China's four main technology groups,32,yes,yes,BI",
				''
			].join('\n')
		);
		expect(problems).toEqual([]);
		expect(rows[0]?.companies).toEqual({
			base: 'les quatre principaux groupes technologiques chinois',
			byLang: { en: "China's four main technology groups" }
		});
	});

	it('needs the base column filled, and says what to write', () => {
		const { problems } = parse(
			['year,companies,value_busd,estimate,lower_bound,source', '2025,,32,yes,yes,BI', ''].join(
				'\n'
			)
		);
		expect(problems).toEqual([
			`${FILE}:2:2: companies: empty (expected who the figure covers, in the source's words, e.g. "les quatre principaux groupes technologiques chinois")`
		]);
	});
});
