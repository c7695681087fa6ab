import type { Annotation } from '../api/annotationSchema'
import type { AnnotationCardControls } from '../interaction/useAnnotationCard'

interface AnnotationPhraseProps {
  annotation: Annotation
  text: string
  shown: boolean
  controls: AnnotationCardControls
}

/**
 * A marked phrase is a native button inside the sentence. Browsers always lay a button out as an
 * inline block, so the switched-off phrase is a span laid out the same way: switching a kind off
 * moves nothing. Both carry the annotation id, so #id links land on the phrase either way.
 */
export function AnnotationPhrase({ annotation, text, shown, controls }: AnnotationPhraseProps) {
  if (!shown) {
    return (
      <span id={annotation.id} className="annotation-phrase">
        {text}
      </span>
    )
  }
  return (
    <button
      type="button"
      id={annotation.id}
      className={`annotation-phrase annotation-mark annotation-mark--${annotation.kind}`}
      {...controls.phraseProps(annotation.id)}
    >
      {/* Its own element so that on paper the text can show while the button does not. */}
      <span>{text}</span>
    </button>
  )
}
