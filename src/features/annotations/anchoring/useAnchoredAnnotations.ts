import { useEffect, useMemo } from 'react'
import type { ArticleTextBlock } from '../../article'
import type { Annotation } from '../api/annotationSchema'
import { anchorQuotes, type Anchor } from './anchorQuotes'

export interface AnchoredAnnotations {
  /** Anchored annotations in reading order. */
  annotations: Annotation[]
  byId: Map<string, Annotation>
  anchorsByBlock: Map<string, Anchor[]>
  /** The block each anchored annotation sits in. */
  blockOf: Map<string, string>
}

/** Places each annotation in the article; the ones that cannot be placed exactly are left out. */
export function useAnchoredAnnotations(
  blocks: readonly ArticleTextBlock[],
  annotations: Annotation[] | undefined,
): AnchoredAnnotations {
  const { anchored, problems } = useMemo(() => {
    const result = anchorQuotes(blocks, annotations ?? [])
    const byId = new Map((annotations ?? []).map((annotation) => [annotation.id, annotation]))
    const anchorsByBlock = new Map<string, Anchor[]>()
    const inOrder: Annotation[] = []
    const blockOf = new Map<string, string>()
    for (const anchor of result.anchors) {
      blockOf.set(anchor.annotationId, anchor.blockId)
      const list = anchorsByBlock.get(anchor.blockId) ?? []
      list.push(anchor)
      anchorsByBlock.set(anchor.blockId, list)
      inOrder.push(byId.get(anchor.annotationId) as Annotation)
    }
    const anchoredById = new Map(inOrder.map((annotation) => [annotation.id, annotation]))
    return {
      anchored: { annotations: inOrder, byId: anchoredById, anchorsByBlock, blockOf },
      problems: result.problems,
    }
  }, [blocks, annotations])

  useEffect(() => {
    for (const problem of problems) console.warn(`Annotation not shown: ${problem}`)
  }, [problems])

  return anchored
}
