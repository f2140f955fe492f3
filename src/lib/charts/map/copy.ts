/**
 * The keys of a map step in the copy: `focus` (world, or any country on the
 * atlas), `highlight`, and any number of `annotation` lines (up to
 * MAX_ANNOTATIONS), each a country code, a colon and a short label:
 *
 *     annotation: CN: Régulateur : achats de puces Nvidia interdits (selon la presse)
 */
import type { CopyContext, CopyKey } from '../spec.ts';
import { placeOf } from '../spec.ts';
import { isOnMap } from '../../data/countries.ts';
import { suggestCountries } from '../../data/suggest.ts';
import { error, message } from '../../data/problems.ts';
import type { DataCentre } from './row.ts';
import { MAX_ANNOTATION_CHARS, MAX_ANNOTATIONS } from './layout.ts';
import { MAP_HIGHLIGHTS, WORLD, mapDefaults, type MapAnnotation, type MapState } from './state.ts';

export const MAP_KEYS = ['focus', 'highlight', 'annotation'] as const;

/** One `annotation:` line read, or undefined after recording its problems. */
function readAnnotation(key: CopyKey, ctx: CopyContext<DataCentre>): MapAnnotation | undefined {
	if (key.value === '') {
		ctx.problems.push(error(placeOf(ctx, key), message('annotationEmpty')));
		return undefined;
	}
	const colon = key.value.indexOf(':');
	const rawCode = colon === -1 ? key.value : key.value.slice(0, colon);
	const code = rawCode.trim();
	const rest = colon === -1 ? '' : key.value.slice(colon + 1);
	const label = rest.trim();
	// columns of the code and of the label inside the line, for located problems
	const codeColumn = key.column + (rawCode.length - rawCode.trimStart().length);
	const labelColumn = key.column + colon + 1 + (rest.length - rest.trimStart().length);
	let ok = true;
	if (!isOnMap(code)) {
		ctx.problems.push(
			error(
				placeOf(ctx, key, codeColumn),
				message('annotationNotOnMap', { found: code, suggestions: suggestCountries(code) })
			)
		);
		ok = false;
	}
	if (label === '') {
		ctx.problems.push(error(placeOf(ctx, key), message('annotationNoLabel', { code })));
		return undefined;
	}
	const length = [...label].length;
	if (length > MAX_ANNOTATION_CHARS) {
		ctx.problems.push(
			error(
				placeOf(ctx, key, labelColumn),
				message('annotationTooLong', { length, max: MAX_ANNOTATION_CHARS })
			)
		);
		ok = false;
	}
	return ok ? { country: code, label } : undefined;
}

/** Every `annotation:` line of a step, in order; undefined when any is invalid (each problem recorded). */
function readAnnotations(
	keys: readonly CopyKey[],
	ctx: CopyContext<DataCentre>
): MapAnnotation[] | undefined {
	const annotations: MapAnnotation[] = [];
	const lines = new Map<string, number>();
	let ok = true;
	for (const key of keys.filter((k) => k.key === 'annotation')) {
		const annotation = readAnnotation(key, ctx);
		if (!annotation) {
			ok = false;
			continue;
		}
		const first = lines.get(annotation.country);
		if (first !== undefined) {
			ctx.problems.push(
				error(
					placeOf(ctx, key),
					message('annotationRepeated', { country: annotation.country, line: first })
				)
			);
			ok = false;
			continue;
		}
		lines.set(annotation.country, key.line);
		if (annotations.length === MAX_ANNOTATIONS) {
			ctx.problems.push(
				error(placeOf(ctx, key), message('annotationTooMany', { max: MAX_ANNOTATIONS }))
			);
			ok = false;
			continue;
		}
		annotations.push(annotation);
	}
	return ok ? annotations : undefined;
}

export function readMapState(
	keys: readonly CopyKey[],
	ctx: CopyContext<DataCentre>
): MapState | undefined {
	const focusKey = keys.find((k) => k.key === 'focus');
	const highlightKey = keys.find((k) => k.key === 'highlight');
	let { focus, highlight } = mapDefaults();
	let ok = true;
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
			ok = false;
		} else focus = focusKey.value;
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
			ok = false;
		} else highlight = match;
	}
	const annotations = readAnnotations(keys, ctx);
	return ok && annotations ? { focus, highlight, annotations } : undefined;
}
