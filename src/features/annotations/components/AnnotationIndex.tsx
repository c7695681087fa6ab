import type { MouseEvent } from 'react'
import type { Annotation } from '../api/annotationSchema'
import { ANNOTATION_KINDS, KIND_LABELS } from '../kinds'
import { KeptWhole } from './KeptWhole'
import { KindIcon } from './KindIcon'

interface AnnotationIndexProps {
  /** In reading order, only the kinds the reader shows. */
  annotations: Annotation[]
  onFollow: (annotationId: string) => void
}

/** The index's own id, and its entries': Back to where a link was followed returns the focus. */
export const INDEX_ID = 'annotation-index'

/** The id of an annotation's entry in the index. */
export function indexEntryId(annotationId: string): string {
  return `annotation-index-entry-${annotationId}`
}

/** "In this article": every annotated entity by kind, each a link to its mention. */
export function AnnotationIndex({ annotations, onFollow }: AnnotationIndexProps) {
  if (annotations.length === 0) return null
  const follow = (event: MouseEvent, annotationId: string) => {
    // Modified clicks keep their usual meaning (a new tab, a copy of the link).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return
    }
    event.preventDefault()
    onFollow(annotationId)
  }
  return (
    <section id={INDEX_ID} className="annotation-index" aria-labelledby="annotation-index-title">
      <h2 id="annotation-index-title" className="annotation-index__title kicker">
        In this article
      </h2>
      {ANNOTATION_KINDS.map((kind) => {
        const entries = annotations.filter((annotation) => annotation.kind === kind)
        if (entries.length === 0) return null
        return (
          // Not a labelled section: each would be a region of its own, three more stops for a
          // screen reader going from landmark to landmark. Its heading names it.
          <div key={kind} data-kind={kind}>
            <h3 className="annotation-index__kind">
              <KindIcon kind={kind} />
              {KIND_LABELS[kind].plural}
            </h3>
            <ul className="annotation-index__list">
              {entries.map(({ id, title, role }) => (
                <li key={id}>
                  <a id={indexEntryId(id)} href={`#${id}`} onClick={(event) => follow(event, id)}>
                    {title}
                  </a>
                  <span className="annotation-index__role">
                    {' — '}
                    <KeptWhole text={role} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
