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
 * either way. The kind's glyph is painted as its background (see annotations.css), so a phrase is
 * one element and one box. Memoised: opening a card re-renders two phrases, not all of them.
 *
 * Switching changes the span in place, not through a key per state: React would insert the new
 * span before the next text node, which a browser's translation replaces with <font> elements, and
 * the insertion fails (tests translate the page). The cost: until a reload, Orca 43 reads a span
 * switched off in place as "collapsed push button", without its words.
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
        {text}
      </span>
    )
  }
  const className = `annotation-phrase annotation-mark annotation-mark--${annotation.kind}`
  if (inert) {
    return (
      <span id={annotation.id} className={className}>
        {text}
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
      {text}
    </span>
  )
})
