/**
 * The floor: the least a page can be, served by the same server and measured
 * in the same runs as the story. Every timing of a page is read as a ratio
 * to it, so that a slow or busy machine slows both alike.
 *
 * `/` is one paragraph (for Lighthouse); `/long/` repeats it until the page
 * is about as tall as the story on a phone, so that it can be scrolled.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FLOOR_PATH = '/';
export const LONG_FLOOR_PATH = '/long/';

/** About the story's height on a 390 px wide screen (some 11,000 px): each paragraph is some 80 px tall there. */
const LONG_PARAGRAPHS = 140;

const PARAGRAPH =
	'This page is the floor of the bench: one paragraph of text, served by the same server as the story and measured in the same runs. Whatever a page costs beyond this is its own.';

function page(title: string, paragraphs: number): string {
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="description" content="A reference page for the performance bench." />
		<link rel="icon" href="data:," />
		<title>${title}</title>
	</head>
	<body>
		<main>
${Array.from({ length: paragraphs }, () => `			<p>${PARAGRAPH}</p>`).join('\n')}
		</main>
	</body>
</html>
`;
}

/** Writes the floor pages into a new temporary folder and returns it. */
export function writeFloor(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	writeFileSync(join(dir, 'index.html'), page('Floor', 1));
	mkdirSync(join(dir, 'long'));
	writeFileSync(join(dir, 'long', 'index.html'), page('Floor, long', LONG_PARAGRAPHS));
	return dir;
}
