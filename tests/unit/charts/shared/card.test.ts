import { describe, expect, it } from 'vitest';
import { classesOf, editStartTags } from '$lib/charts/shared/card';

const SVG =
	'<svg viewBox="0 0 10 10"><g class="row svelte-x" style="transform: translate(0px, 2px);"><rect class="bar" x="1" y="0" width="1" height="2"></rect><line x1="0" x2="1"/></g></svg>';

describe('editStartTags', () => {
	it('leaves the markup byte for byte as written when nothing is edited', () => {
		expect(editStartTags(SVG, () => false)).toBe(SVG);
	});

	it('rewrites the tags it edits, attributes in order, self-closing kept', () => {
		const out = editStartTags(SVG, (tag) => {
			if (tag.name === 'line') {
				tag.attributes.set('x2', '5');
				tag.attributes.set('stroke', 'red');
				return true;
			}
			return false;
		});
		expect(out).toContain('<line x1="0" x2="5" stroke="red"/>');
		expect(out.replace('<line x1="0" x2="5" stroke="red"/>', '<line x1="0" x2="1"/>')).toBe(SVG);
	});

	it('sees every start tag, with its attributes and classes, and no end tag', () => {
		const seen: string[] = [];
		editStartTags(SVG, (tag) => {
			seen.push(`${tag.name}:${classesOf(tag).join('.')}:${[...tag.attributes.keys()].join(',')}`);
			return false;
		});
		expect(seen).toEqual([
			'svg::viewBox',
			'g:row.svelte-x:class,style',
			'rect:bar:class,x,y,width,height',
			'line::x1,x2'
		]);
	});

	it('deletes attributes', () => {
		const out = editStartTags('<g style="a" class="b"></g>', (tag) =>
			tag.attributes.delete('style')
		);
		expect(out).toBe('<g class="b"></g>');
	});
});
