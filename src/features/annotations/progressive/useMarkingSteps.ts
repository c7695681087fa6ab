import { startTransition, useCallback, useEffect, useMemo, useState } from 'react'
import { useRenderedFromHtml } from '../../../shared/ui/renderedFromHtml'
import type { ArticleTextBlock } from '../../article'
import type { Anchor } from '../anchoring/anchorQuotes'
import { markingSteps } from './markingSteps'

export interface MarkingProgress {
  /** The block carries its marks now. */
  isMarked: (blockId: string) => boolean
  /** Every block carries its marks, and what comes after the text (the index) may render. */
  complete: boolean
}

const ALL = Infinity

/**
 * Walks through markingSteps on a client render: the first render marks the first screen, so the
 * article appears about as fast as its plain text; each later step, and a last one for what
 * follows the text, is a transition of its own that the reader's input can interrupt. The
 * prerender and hydration mark everything at once: the HTML holds every mark and must match.
 */
export function useMarkingSteps(
  blocks: readonly ArticleTextBlock[],
  anchorsByBlock: ReadonlyMap<string, readonly Anchor[]>,
): MarkingProgress {
  const { steps, blockIndex } = useMemo(() => {
    const loads = blocks.map(({ id, text }) => ({
      characters: text.length,
      marks: anchorsByBlock.get(id)?.length ?? 0,
    }))
    return {
      steps: markingSteps(loads),
      blockIndex: new Map(blocks.map(({ id }, index) => [id, index])),
    }
  }, [blocks, anchorsByBlock])

  const fromHtml = useRenderedFromHtml()
  const [progress, setProgress] = useState(() => ({
    anchors: anchorsByBlock,
    step: fromHtml ? ALL : 0,
  }))
  let { step } = progress
  if (progress.anchors !== anchorsByBlock) {
    // Annotations that arrive after the article take their own steps. Any other change marks
    // everything at once, so a mark never disappears from under a reader's focus.
    step = progress.anchors.size === 0 ? 0 : ALL
    setProgress({ anchors: anchorsByBlock, step })
  }
  // One step past the last of markingSteps: the render that adds what follows the text.
  const complete = step >= steps.length

  useEffect(() => {
    if (complete) return
    // The next step, not "one more": Strict Mode runs this effect twice and must not skip one.
    startTransition(() => setProgress({ anchors: anchorsByBlock, step: step + 1 }))
  }, [anchorsByBlock, complete, step])

  const markedBlocks = steps[Math.min(step, steps.length - 1)] ?? 0
  const isMarked = useCallback(
    (blockId: string) => (blockIndex.get(blockId) ?? ALL) < markedBlocks,
    [blockIndex, markedBlocks],
  )
  return { isMarked, complete }
}
