/** The module `islands()` (vite-plugin.ts) generates: where each island's files are. */
declare module 'virtual:islands' {
	/** true under `vite dev`, where the files are the islands' sources, served from the site's root */
	export const dev: boolean;
	/** an island's module and the modules it imports, from the site's root; undefined for an unknown name */
	export function islandFiles(name: string): { file: string; imports: string[] } | undefined;
}
