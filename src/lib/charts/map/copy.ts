/** The keys of a map step in the copy: `focus` (world, or any country on the atlas) and `highlight`. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { placeOf } from '../spec.ts';
import { isOnMap } from '../../data/countries.ts';
import { suggestCountries } from '../../data/suggest.ts';
import { error, listOr, quote } from '../../data/problems.ts';
import type { DataCentre } from './row.ts';
import { MAP_HIGHLIGHTS, WORLD, mapDefaults, type MapState } from './state.ts';

export const MAP_KEYS = ['focus', 'highlight'] as const;

export function readMapState(
	keys: readonly CopyKey[],
	ctx: CopyContext<DataCentre>
): MapState | undefined {
	const focusKey = keys.find((k) => k.key === 'focus');
	const highlightKey = keys.find((k) => k.key === 'highlight');
	let { focus, highlight } = mapDefaults();
	if (focusKey && focusKey.value !== '' && focusKey.value.toLowerCase() !== WORLD) {
		if (!isOnMap(focusKey.value)) {
			const codes = suggestCountries(focusKey.value);
			const hint = codes.length > 0 ? `; did you mean ${listOr(codes)}?` : '';
			ctx.problems.push(
				error(
					placeOf(ctx, focusKey),
					`${quote(focusKey.value)} is not a country on the map (expected world, or a country code in capitals, e.g. FR${hint})`
				)
			);
			return undefined;
		}
		focus = focusKey.value;
	}
	if (highlightKey && highlightKey.value !== '') {
		const match = MAP_HIGHLIGHTS.find((value) => value === highlightKey.value.toLowerCase());
		if (!match) {
			ctx.problems.push(
				error(
					placeOf(ctx, highlightKey),
					`${quote(highlightKey.value)} is not an allowed value (expected ${listOr(MAP_HIGHLIGHTS)})`
				)
			);
			return undefined;
		}
		highlight = match;
	}
	return { focus, highlight };
}
