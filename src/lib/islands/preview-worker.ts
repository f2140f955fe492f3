/**
 * The preview page's worker: checks the files an editor dropped, with the
 * shipped ones in place of the others, exactly as `npm run data:check`
 * does, and when they are valid prepares the story to draw, the map's
 * geography included. It runs off the page's thread, so the page never
 * freezes, and it reads nothing but what the page sends: nothing is fetched,
 * nothing leaves the machine. Started by preview.svelte.ts.
 */
import { checkFiles, summarise, type FileContent } from '$lib/data/check';
import { error, hasErrors, message, showProblem, sortProblems } from '$lib/data/problems';
import { pageStory } from '$lib/charts/page';
import { loadMessages } from '$lib/i18n/messages';
import type { CheckReply, CheckRequest } from '$lib/preview/protocol';

/** What this module uses of the worker's global scope (the project's DOM typings describe a window). */
const scope = self as unknown as {
	postMessage(message: CheckReply): void;
	onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
};

function reply(answer: CheckReply): void {
	scope.postMessage(answer);
}

async function check(request: CheckRequest): Promise<void> {
	const { checker } = await loadMessages(request.lang);
	const read = (file: string): FileContent => {
		const bytes = request.files[file];
		return bytes
			? { bytes }
			: { problem: error({ file, line: 1, column: 1, field: '' }, message('fileNotFound')) };
	};
	const checked = checkFiles(read);
	const problems = sortProblems([...request.refused, ...checked.problems]);
	const story = checked.stories[request.lang];
	const valid = !hasErrors(problems) && checked.data !== null && story !== undefined;
	reply({
		id: request.id,
		kind: 'checked',
		problems: problems.map((problem) => showProblem(problem, checker)),
		valid,
		summary: summarise({ ...checked, problems }, checker)
	});
	if (valid && checked.data && story) {
		reply({ id: request.id, kind: 'drawn', page: pageStory(checked.data, story, request.lang) });
	}
}

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
	check(event.data).catch((cause: unknown) =>
		reply({ id: event.data.id, kind: 'failed', reason: String(cause) })
	);
};
