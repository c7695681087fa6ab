/**
 * A word with a hyphen before a digit ("Su-35", "J-10", "S-400"), or any with an en dash: a range
 * ("2016–2018", "March–September") or a pair ("Russian–Chinese"). A browser may end a line at the
 * dash, and "J-" or "2012–" at the end of one line with "10" or "2022" on the next reads badly.
 */
const HYPHENATED_NAME = /(\S+-\d\S*|\S+–\S+)/

/** The text in parts, every odd part one such name, for keeping on one line. */
export function splitAtHyphenatedNames(text: string): string[] {
  return text.split(HYPHENATED_NAME)
}
