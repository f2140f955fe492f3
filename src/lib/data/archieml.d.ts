/** The `archieml` package ships no types; this is the one function we use. */
declare module 'archieml' {
	/** Parses ArchieML text into nested objects, arrays and strings. Never throws on malformed input. */
	export function load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
	const archieml: { load: typeof load };
	export default archieml;
}
