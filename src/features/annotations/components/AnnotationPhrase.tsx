import { memo } from 'react'
import type { Annotation } from '../api/annotationSchema'
import { CARD_ID } from '../interaction/useAnnotationCard'

interface AnnotationPhraseProps {
  annotation: Annotation
  text: string
  shown: boolean
  /** Its card is the one open. */
  expanded: boolean
}

/**
 * A marked phrase is an inline span with the button role, not a <button>: browsers lay a button
 * out as an inline block, which cannot wrap across lines (a long name would jump to the next line
 * whole, leaving a gap) and costs the browser a layout context per phrase. The span wraps like the
 * text around it; the handlers on the text around it (useAnnotationCard's textProps) give it a
 * button's keyboard behaviour (Enter and Space). Switched off, it is the same span without the
 * role, so switching moves nothing. Both carry the annotation id, so #id links land on the phrase
 * either way. Memoised: opening a card re-renders two phrases, not all of them.
 */
export const AnnotationPhrase = memo(function AnnotationPhrase({
  annotation,
  text,
  shown,
  expanded,
}: AnnotationPhraseProps) {
  if (!shown) {
    return (
      <span id={annotation.id} className="annotation-phrase">
        {text}
      </span>
    )
  }
  return (
    <span
      role="button"
      tabIndex={0}
      id={annotation.id}
      className={`annotation-phrase annotation-mark annotation-mark--${annotation.kind}`}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={expanded ? CARD_ID : undefined}
    >
      {text}
    </span>
  )
})
