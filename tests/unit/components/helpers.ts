/** Shared by the component smoke tests, which read server-rendered HTML as text. */

/** The page's text without tags, with the no-break spaces made plain and runs of space collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ');
}
