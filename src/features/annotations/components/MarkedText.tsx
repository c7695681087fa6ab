import { memo } from 'react'
import { useWritingHtml } from '../../../shared/ui/renderedFromHtml'
import type { Annotation } from '../api/annotationSchema'
import type { TextSegment } from '../anchoring/segmentBlock'
import { isKindShown, type AnnotationPreferences } from '../preferences/preferences'
import { AnnotationPhrase } from './AnnotationPhrase'

interface MarkedTextProps {
  segments: readonly TextSegment[]
  annotationsById: ReadonlyMap<string, Annotation>
  preferences: AnnotationPreferences
  /** The open card's annotation if it is one of this block's, so that other blocks keep theirs. */
  openId: string | undefined
}

/**
 * One block's text with its phrases marked. Memoised, so that a render which changes one block (a
 * marking step, a card that opens) leaves the article's other blocks alone.
 */
export const MarkedText = memo(function MarkedText({
  segments,
  annotationsById,
  preferences,
  openId,
}: MarkedTextProps) {
  const inert = useWritingHtml()
  return segments.map(({ text, annotationId }) => {
    const annotation = annotationId && annotationsById.get(annotationId)
    if (!annotation) return text
    return (
      <AnnotationPhrase
        key={annotation.id}
        annotation={annotation}
        text={text}
        shown={isKindShown(preferences, annotation.kind)}
        inert={inert}
        expanded={openId === annotation.id}
      />
    )
  })
})
