/** The keys of a map step in the copy: `focus` (world, or any country on the atlas) and `highlight`. */
import type { CopyContext, CopyKey } from '../spec.ts';
import { placeOf } from '../spec.ts';
import { isOnMap } from '../../data/countries.ts';
import { suggestCountries } from '../../data/suggest.ts';
import { error, message } from '../../data/problems.ts';
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
			ctx.problems.push(
				error(
					placeOf(ctx, focusKey),
					message('focusNotOnMap', {
						found: focusKey.value,
						suggestions: suggestCountries(focusKey.value)
					})
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
					message('notAllowed', { found: highlightKey.value, allowed: [...MAP_HIGHLIGHTS] })
				)
			);
			return undefined;
		}
		highlight = match;
	}
	return { focus, highlight };
}
