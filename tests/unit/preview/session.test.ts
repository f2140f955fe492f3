/** The preview page's state without the page: whose files, the requests, and what each reply shows. */
import { describe, expect, it } from 'vitest';
import { PreviewSession, WARM_UP } from '$lib/preview/session';
import type { PageStory } from '$lib/charts/page';
import type { ShownProblem } from '$lib/data/problems';
import type { CheckReply } from '$lib/preview/protocol';

const SHIPPED = {
	'data/capex.csv': new Uint8Array([1]),
	'data/market.csv': new Uint8Array([2])
};
const PAGE = { story: { headline: 'h' }, charts: {} } as unknown as PageStory;
const WARNING: ShownProblem = {
	file: 'data/capex.csv',
	line: 1,
	column: 7,
	field: 'notes',
	severity: 'warning',
	message: 'column ignored',
	contract: 'data/capex.csv:1:7: notes: warning: column ignored'
};

function session(): PreviewSession {
	return new PreviewSession(SHIPPED, 'en', 100);
}

describe('PreviewSession', () => {
	it('lists every file as published until the editor drops one', () => {
		const s = session();
		expect(s.rows()).toEqual([
			{ path: 'data/capex.csv', name: 'capex.csv', bytes: undefined },
			{ path: 'data/market.csv', name: 'market.csv', bytes: undefined }
		]);
		s.take([['data/capex.csv', new Uint8Array(5)]], [], 0);
		expect(s.rows()[0]).toEqual({ path: 'data/capex.csv', name: 'capex.csv', bytes: 5 });
		expect(s.rows()[1]?.bytes).toBeUndefined();
	});

	it('sends the editor’s file in place of its namesake only, the others as published', () => {
		const s = session();
		const mine = new Uint8Array([9, 9]);
		const request = s.take([['data/market.csv', mine]], [], 0);
		expect(request.files).toEqual({
			'data/capex.csv': SHIPPED['data/capex.csv'],
			'data/market.csv': mine
		});
		expect(s.remove('data/market.csv', 1).files).toEqual(SHIPPED);
		s.take([['data/capex.csv', mine]], [], 2);
		expect(s.forget(3).files).toEqual(SHIPPED);
	});

	it('ignores a reply to a request that a newer one replaced', () => {
		const s = session();
		const first = s.take([['data/capex.csv', new Uint8Array(1)]], [], 0);
		s.take([['data/capex.csv', new Uint8Array(2)]], [], 1);
		const stale = {
			id: first.id,
			kind: 'checked',
			problems: [],
			valid: false,
			summary: ''
		} satisfies CheckReply;
		expect(s.receive(stale, 2)).toBeUndefined();
	});

	it('shows problems, measured from the drop, when the files are invalid', () => {
		const s = session();
		const request = s.take([['data/capex.csv', new Uint8Array(1)]], [], 10);
		const reply = {
			id: request.id,
			kind: 'checked',
			problems: [WARNING],
			valid: false,
			summary: 's'
		} satisfies CheckReply;
		expect(s.receive(reply, 25)).toEqual({
			status: 'idle',
			view: { kind: 'problems', problems: [WARNING], summary: 's' },
			measured: { start: 10, end: 25 }
		});
	});

	it('draws the story with the warnings above it, naming the editor’s files', () => {
		const s = session();
		const request = s.take([['data/market.csv', new Uint8Array(1)]], [], 0);
		const checked = {
			id: request.id,
			kind: 'checked',
			problems: [WARNING],
			valid: true,
			summary: ''
		} satisfies CheckReply;
		expect(s.receive(checked, 5)).toEqual({ status: 'drawing', measured: { start: 0, end: 5 } });
		expect(s.receive({ id: request.id, kind: 'drawn', page: PAGE }, 9)).toEqual({
			status: 'idle',
			view: { kind: 'story', page: PAGE, yours: ['market.csv'], problems: [WARNING] }
		});
	});

	it('is ready once the published files are checked, without a measure', () => {
		const s = session();
		expect(s.warmUp(0).id).toBe(WARM_UP);
		const checked = {
			id: WARM_UP,
			kind: 'checked',
			problems: [],
			valid: true,
			summary: ''
		} satisfies CheckReply;
		expect(s.receive(checked, 1)).toEqual({ status: 'idle' });
		expect(s.receive({ id: WARM_UP, kind: 'drawn', page: PAGE }, 2)).toEqual({
			status: 'idle',
			view: { kind: 'story', page: PAGE, yours: [], problems: [] },
			ready: true
		});
	});

	it('shows a failure of the worker itself', () => {
		const s = session();
		const request = s.forget(0);
		expect(s.receive({ id: request.id, kind: 'failed', reason: 'TypeError' }, 1)).toEqual({
			status: 'idle',
			view: { kind: 'failed', reason: 'TypeError' }
		});
	});
});
