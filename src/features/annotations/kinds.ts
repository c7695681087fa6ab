export const ANNOTATION_KINDS = ['person', 'source', 'history'] as const

export type AnnotationKind = (typeof ANNOTATION_KINDS)[number]

/** How the legend, the switches and the index name each kind (plural) and how a card does (singular). */
export const KIND_LABELS: Record<AnnotationKind, { plural: string; singular: string }> = {
  person: { plural: 'People', singular: 'Person' },
  source: { plural: 'Sources', singular: 'News source' },
  history: { plural: 'History', singular: 'History' },
}
