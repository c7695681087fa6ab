import type { AnnotationKind } from '../kinds'

/** The kind's small glyph (drawn in CSS); decorative, the kind is always also said in words. */
export function KindIcon({ kind }: { kind: AnnotationKind }) {
  return <span className={`annotation-icon annotation-icon--${kind}`} aria-hidden="true" />
}
