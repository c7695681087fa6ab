import { memo } from 'react'
import type { Annotation } from '../api/annotationSchema'
import { CARD_ID } from '../interaction/useAnnotationCard'
import { PHRASE_BUTTON_PROPS } from './prerenderedControls'

interface AnnotationPhraseProps {
  annotation: Annotation
  text: string
  shown: boolean
  /** Written by the prerender: marked, but not yet a button (see activatePrerenderedControls). */
  inert: boolean
  /** Its card is the one open. */
  expanded: boolean
}

/**
 * A marked phrase is an inline span with the button role, not a <button>: browsers lay a button
 * out as an inline block, which cannot wrap across lines (a long name would jump to the next line
 * whole, leaving a gap) and costs the browser a layout context per phrase. The span wraps like the
 * text around it; the handlers on the text around it (useAnnotationCard's textProps) give it a
 * button's keyboard behaviour (Enter and Space). Switched off, it is the same span without the
 * role, so switching moves nothing; the prerender writes it so too, for readers without the script
 * (see activatePrerenderedControls). Both carry the annotation id, so #id links land on the phrase
 * either way. Its last character sits in a span of its own, which the kind's glyph hangs over:
 * placed against the whole phrase, the glyph landed before the phrase's first word once it wrapped
 * (a wrapped inline places its positioned children in a box from its first line's start to its
 * last line's end). Memoised: opening a card re-renders two phrases, not all of them.
 */
export const AnnotationPhrase = memo(function AnnotationPhrase({
  annotation,
  text,
  shown,
  inert,
  expanded,
}: AnnotationPhraseProps) {
  if (!shown) {
    return (
      <span id={annotation.id} className="annotation-phrase">
        <PhraseText text={text} />
      </span>
    )
  }
  const className = `annotation-phrase annotation-mark annotation-mark--${annotation.kind}`
  if (inert) {
    return (
      <span id={annotation.id} className={className}>
        <PhraseText text={text} />
      </span>
    )
  }
  return (
    <span
      {...PHRASE_BUTTON_PROPS}
      id={annotation.id}
      className={className}
      aria-expanded={expanded}
      aria-controls={expanded ? CARD_ID : undefined}
    >
      <PhraseText text={text} />
    </span>
  )
})

/** One code point, not one UTF-16 unit, so that a surrogate pair is never split between spans. */
const LAST_CHARACTER = /.$/su

function PhraseText({ text }: { text: string }) {
  const last = LAST_CHARACTER.exec(text)
  if (!last) return text
  return (
    <>
      {text.slice(0, last.index)}
      <span className="annotation-phrase__end">{last[0]}</span>
    </>
  )
}
