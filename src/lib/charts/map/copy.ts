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
import { error, listOr, quote } from '../../data/problems.ts';
import type { DataCentre } from './row.ts';
import { MAX_ANNOTATION_CHARS, MAX_ANNOTATIONS } from './layout.ts';
import { MAP_HIGHLIGHTS, WORLD, mapDefaults, type MapAnnotation, type MapState } from './state.ts';

export const MAP_KEYS = ['focus', 'highlight', 'annotation'] as const;

/** `; did you mean FR?` for a wrong country code, or nothing when no code is near. */
function countryHint(input: string): string {
	const codes = suggestCountries(input);
	return codes.length > 0 ? `; did you mean ${listOr(codes)}?` : '';
}

/** The checker's messages about annotations, in one place. */
const ANNOTATION_MESSAGES = {
	empty: () =>
		'empty (expected a country code, a colon and a short label, e.g. "CN: Régulateur : achats de puces interdits")',
	noLabel: (value: string) =>
		`${quote(value)} has no label (expected a country code, a colon and a short label, e.g. "${value === '' ? 'CN' : value}: Régulateur : achats de puces interdits")`,
	country: (code: string) =>
		`${code === '' ? 'empty, which' : quote(code)} is not a country on the map (expected a country code in capitals before the colon, e.g. CN${countryHint(code)})`,
	tooLong: (length: number) =>
		`the label is ${length} characters long (expected at most ${MAX_ANNOTATION_CHARS}, so that it fits beside its country on a phone; shorten it and say the rest in the step's text)`,
	repeated: (code: string, line: number) =>
		`${code} is already annotated on line ${line} (expected one annotation per country in a step; put both notes in one label)`,
	tooMany: () =>
		`one annotation too many (expected at most ${MAX_ANNOTATIONS} in a step, so that they fit on a phone)`
};

/** One `annotation:` line read, or undefined after recording its problems. */
function readAnnotation(key: CopyKey, ctx: CopyContext<DataCentre>): MapAnnotation | undefined {
	if (key.value === '') {
		ctx.problems.push(error(placeOf(ctx, key), ANNOTATION_MESSAGES.empty()));
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
		ctx.problems.push(error(placeOf(ctx, key, codeColumn), ANNOTATION_MESSAGES.country(code)));
		ok = false;
	}
	if (label === '') {
		ctx.problems.push(error(placeOf(ctx, key), ANNOTATION_MESSAGES.noLabel(code)));
		return undefined;
	}
	const length = [...label].length;
	if (length > MAX_ANNOTATION_CHARS) {
		ctx.problems.push(error(placeOf(ctx, key, labelColumn), ANNOTATION_MESSAGES.tooLong(length)));
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
				error(placeOf(ctx, key), ANNOTATION_MESSAGES.repeated(annotation.country, first))
			);
			ok = false;
			continue;
		}
		lines.set(annotation.country, key.line);
		if (annotations.length === MAX_ANNOTATIONS) {
			ctx.problems.push(error(placeOf(ctx, key), ANNOTATION_MESSAGES.tooMany()));
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
					`${quote(focusKey.value)} is not a country on the map (expected world, or a country code in capitals, e.g. FR${countryHint(focusKey.value)})`
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
					`${quote(highlightKey.value)} is not an allowed value (expected ${listOr(MAP_HIGHLIGHTS)})`
				)
			);
			ok = false;
		} else highlight = match;
	}
	const annotations = readAnnotations(keys, ctx);
	return ok && annotations ? { focus, highlight, annotations } : undefined;
}
