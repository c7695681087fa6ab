/**
 * A word with a hyphen or en dash before a digit: "Su-35", "J-10", "S-400", "2016–2018". A browser
 * may end a line at that dash, and "J-" at the end of one line with "10" on the next reads badly.
 */
const HYPHENATED_NAME = /(\S+[-–]\d\S*)/

/** The text in parts, every odd part one such name, for keeping on one line. */
export function splitAtHyphenatedNames(text: string): string[] {
  return text.split(HYPHENATED_NAME)
}
