/**
 * The spaces typography needs, named once for every module that writes text:
 * the typesetter, the number formats and the charts' words.
 */

/** U+00A0: keeps a number and its unit, or a French word and its colon, on one line. */
export const NBSP = '\u00A0';
/** U+202F: the French narrow no-break space before ; ! ? and %. */
export const NNBSP = '\u202F';
/** U+2212: the typographic minus sign. */
export const MINUS = '\u2212';
