/**
 * Geometry of the capex chart as numbers: bars from one zero baseline, in
 * proportion, a hidden year keeping its slot, the scale fixed across steps,
 * labels inside the chart, and only finite numbers for awkward data.
 */
import { describe, expect, it } from 'vitest';
import { capexLayout, DEFAULT_PLOT_HEIGHT_PX, type CapexLayout } from '$lib/charts/capex/layout';
import { estimateTextWidth, LABEL_FONT_PX } from '$lib/charts/shared/bars';
import type { CapexRow } from '$lib/charts/capex/row';
import { tr } from '../../support/rows';

const COMPANIES = tr('les quatre principaux groupes technologiques chinois');
function capexRow(year: number, valueBnUsd: number, flags: Partial<CapexRow> = {}): CapexRow {
	return {
		year,
		companies: COMPANIES,
		valueBnUsd,
		estimate: false,
		lowerBound: false,
		source: tr('Bloomberg Intelligence'),
		...flags
	};
}
const CAPEX: CapexRow[] = [
	capexRow(2023, 13),
	capexRow(2025, 32, { estimate: true, lowerBound: true })
];

const PHONE = { width: 360, height: 420 };
const DESKTOP = { width: 700, height: 480 };

/** Every number a layout returns, flattened, to check none is NaN or infinite. */
function allNumbers(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(allNumbers);
	if (value && typeof value === 'object') return Object.values(value).flatMap(allNumbers);
	return [];
}

describe('capexLayout', () => {
	it.each([PHONE, DESKTOP])('puts every bar on the same zero baseline at %o', (size) => {
		const layout = capexLayout(CAPEX, { years: [2023, 2025] }, size, 'fr');
		for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.baselineY, 6);
		expect(layout.ticks.find((t) => t.value === 0)?.position).toBeCloseTo(layout.baselineY, 6);
	});

	it('draws bar heights in proportion to the values', () => {
		const [a, b] = capexLayout(CAPEX, { years: [2023, 2025] }, DESKTOP, 'fr').bars;
		expect(a && b).toBeTruthy();
		if (!a || !b) return;
		expect(b.height / a.height).toBeCloseTo(32 / 13, 6);
	});

	it('wraps long values so that neighbouring labels never overlap, even on a 296 px panel', () => {
		// three bars and long German labels: "7,5 Mrd. US-$" is wider than the room between two bars there
		const rows = [
			capexRow(2022, 7.5),
			capexRow(2023, 9),
			capexRow(2024, 12.2, { estimate: true, lowerBound: true })
		];
		// the plot widths of a 320 px phone, a 390 px phone and a desktop
		for (const width of [296, 366, 700]) {
			for (const lang of ['fr', 'en'] as const) {
				const { bars } = capexLayout(
					rows,
					{ years: [2022, 2023, 2024] },
					{ width, height: 300 },
					lang
				);
				const half = (bar: CapexLayout['bars'][number]) =>
					Math.max(...bar.label.lines.map((l) => estimateTextWidth(l, LABEL_FONT_PX, 'bold'))) / 2;
				bars.slice(1).forEach((bar, i) => {
					const left = bars[i]!;
					expect(bar.label.x - left.label.x, `${lang} at ${width} px`).toBeGreaterThanOrEqual(
						half(left) + half(bar)
					);
				});
			}
		}
	});

	it('breaks a value between its number and unit where it is wider than the room between bars', () => {
		// five bars on a 320 px phone: "7,5 Md$" is wider than the distance between two bars' centres
		const rows = [2021, 2022, 2023, 2024, 2025].map((year, i) => capexRow(year, 7.5 + i * 1.2));
		const { bars } = capexLayout(
			rows,
			{ years: rows.map((r) => r.year) },
			{ width: 296, height: 300 },
			'fr'
		);
		expect(bars[0]!.label.lines).toEqual(['7,5', 'Md$']);
		const widest = (bar: CapexLayout['bars'][number]) =>
			Math.max(...bar.label.lines.map((l) => estimateTextWidth(l, LABEL_FONT_PX, 'bold')));
		bars.slice(1).forEach((bar, i) => {
			const left = bars[i]!;
			expect(bar.label.x - left.label.x).toBeGreaterThanOrEqual((widest(left) + widest(bar)) / 2);
		});
	});

	it('keeps a hidden year in its slot with zero height on the baseline', () => {
		const layout = capexLayout(CAPEX, { years: [2023] }, PHONE, 'fr');
		const hidden = layout.bars.find((b) => b.year === 2025);
		expect(hidden).toMatchObject({ visible: false, height: 0, y: layout.baselineY });
		expect(layout.bars.find((b) => b.year === 2023)?.visible).toBe(true);
	});

	it('keeps the same scale and slots whichever years are shown', () => {
		const one = capexLayout(CAPEX, { years: [2023] }, PHONE, 'fr');
		const both = capexLayout(CAPEX, { years: [2023, 2025] }, PHONE, 'fr');
		const none = capexLayout(CAPEX, { years: [] }, PHONE, 'fr');
		expect(one.domain).toEqual(both.domain);
		expect(none.domain).toEqual(both.domain);
		expect(one.bars.map((b) => b.x)).toEqual(both.bars.map((b) => b.x));
		expect(one.bars[0]).toEqual(both.bars[0]);
	});

	it('starts the domain at zero and includes the largest value even when it is hidden', () => {
		const layout = capexLayout(CAPEX, { years: [2023] }, PHONE, 'fr');
		expect(layout.domain[0]).toBe(0);
		expect(layout.domain[1]).toBeGreaterThanOrEqual(32);
		expect(layout.ticks.map((t) => t.value)).toContain(0);
	});

	it.each([
		['fr', ['13\u00a0Md$'], ['plus de 32\u00a0Md$', 'estimation']],
		['en', ['$13bn'], ['more than $32bn', 'estimate']]
	] as const)(
		'labels values in %s with the estimate and the lower bound marked',
		(lang, first, second) => {
			const [a, b] = capexLayout(CAPEX, { years: [2023, 2025] }, DESKTOP, lang).bars;
			expect(a?.label.lines).toEqual(first);
			expect(b?.label.lines).toEqual(second);
			expect(b).toMatchObject({ estimate: true, lowerBound: true });
		}
	);

	it('puts the last label line above the bar top', () => {
		for (const bar of capexLayout(CAPEX, { years: [2023, 2025] }, PHONE, 'en').bars) {
			const lastBaseline = bar.label.y + (bar.label.lines.length - 1) * bar.label.lineHeight;
			expect(lastBaseline).toBeLessThan(bar.y);
			expect(bar.label.y - bar.label.fontSize).toBeGreaterThanOrEqual(0);
		}
	});

	it('keeps bars and labels inside the chart at phone width', () => {
		const layout = capexLayout(CAPEX, { years: [2023, 2025] }, PHONE, 'fr');
		for (const bar of layout.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(layout.plotLeft);
			expect(bar.x + bar.width).toBeLessThanOrEqual(layout.width);
			for (const line of bar.label.lines) {
				const half = estimateTextWidth(line, LABEL_FONT_PX, 'bold') / 2;
				expect(bar.label.x - half).toBeGreaterThanOrEqual(0);
				expect(bar.label.x + half).toBeLessThanOrEqual(layout.width);
			}
		}
	});

	const awkward: [string, CapexRow[]][] = [
		['no rows', []],
		['one row', [capexRow(2023, 13)]],
		['all-equal values', [capexRow(2023, 20), capexRow(2024, 20), capexRow(2025, 20)]],
		['all-zero values', [capexRow(2023, 0), capexRow(2025, 0)]]
	];
	it.each(awkward)('returns only finite numbers for %s', (_name, rows) => {
		const layout: CapexLayout = capexLayout(rows, { years: rows.map((r) => r.year) }, PHONE, 'fr');
		expect(layout.bars).toHaveLength(rows.length);
		expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
		for (const n of allNumbers(layout)) expect(Number.isFinite(n)).toBe(true);
	});

	it('draws zero values as zero-height bars on the baseline', () => {
		const layout = capexLayout([capexRow(2023, 0)], { years: [2023] }, PHONE, 'en');
		expect(layout.bars[0]).toMatchObject({ height: 0, y: layout.baselineY, visible: true });
	});

	it('falls back to the minimum width for a width of 0, and throws on NaN', () => {
		expect(
			capexLayout(CAPEX, { years: [2023] }, { width: 0, height: 300 }, 'fr').width
		).toBeGreaterThan(0);
		expect(() =>
			capexLayout(CAPEX, { years: [2023] }, { width: Number.NaN, height: 300 }, 'fr')
		).toThrow(/width/);
		expect(() =>
			capexLayout(CAPEX, { years: [2023] }, { width: 300, height: Number.NaN }, 'fr')
		).toThrow(/height/);
	});

	it('grows past a height too small for a readable plot rather than squashing it', () => {
		const layout = capexLayout(CAPEX, { years: [2023] }, { width: 360, height: 40 }, 'fr');
		expect(layout.baselineY - layout.plotTop).toBeGreaterThanOrEqual(80);
		expect(layout.height).toBeGreaterThan(40);
	});

	it.each([PHONE, DESKTOP, { width: 360, height: DEFAULT_PLOT_HEIGHT_PX }])(
		'fills exactly the height it is given at %o',
		(size) => {
			expect(capexLayout(CAPEX, { years: [2023] }, size, 'fr').height).toBeCloseTo(size.height, 9);
		}
	);

	it('spaces three years evenly, in data order, whatever order the state lists them in', () => {
		const rows = [capexRow(2022, 9.5), capexRow(2024, 21), capexRow(2026, 40)];
		const layout = capexLayout(rows, { years: [2026, 2022] }, DESKTOP, 'en');
		expect(layout.bars.map((b) => [b.year, b.visible])).toEqual([
			[2022, true],
			[2024, false],
			[2026, true]
		]);
		const [a, b, c] = layout.bars.map((bar) => bar.x);
		expect((b ?? 0) - (a ?? 0)).toBeCloseTo((c ?? 0) - (b ?? 0), 9);
		expect(layout.bars.map((bar) => bar.key)).toEqual(['0-2022', '1-2024', '2-2026']);
	});

	it.each([
		['fr', 'milliards de dollars US'],
		['en', 'billions of US dollars']
	] as const)('gives the unit in %s', (lang, unit) => {
		expect(capexLayout(CAPEX, { years: [] }, PHONE, lang).unit).toBe(unit);
	});
});
