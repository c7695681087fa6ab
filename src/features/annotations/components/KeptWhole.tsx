import { splitAtHyphenatedNames } from './hyphenatedNames'

/** Text whose hyphenated names ("Su-35") and dashed ranges ("1950s–1989") never break apart. */
export function KeptWhole({ text }: { text: string }) {
  return splitAtHyphenatedNames(text).map((part, index) =>
    index % 2 ? (
      <span key={index} className="nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  )
}
