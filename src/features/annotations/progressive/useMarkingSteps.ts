import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react'
import type { ArticleTextBlock } from '../../article'
import type { Anchor } from '../anchoring/anchorQuotes'
import { markingSteps } from './markingSteps'

const noSubscription = () => () => {}

export interface MarkingProgress {
  /** The block carries its marks now. */
  isMarked: (blockId: string) => boolean
  /** Every block carries its marks, and what comes after the text (the index) may render. */
  complete: boolean
}

/**
 * Walks through markingSteps on a client render: the first render marks the first screen, so the
 * article appears about as fast as its plain text; each later step, and a last one for what
 * follows the text, is a transition of its own that the reader's input can interrupt. Hydration
 * completes at once, because the prerendered HTML already holds every mark and must match.
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

  // The server snapshot is used on the server and while hydrating: true exactly then.
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  )
  const [step, setStep] = useState(() => (hydrating ? Infinity : 0))
  // One step past the last of markingSteps: the render that adds what follows the text.
  const complete = step >= steps.length

  useEffect(() => {
    if (!complete) startTransition(() => setStep((current) => current + 1))
  }, [complete, step])

  const markedBlocks = steps[Math.min(step, steps.length - 1)] ?? 0
  const isMarked = useCallback(
    (blockId: string) => (blockIndex.get(blockId) ?? Infinity) < markedBlocks,
    [blockIndex, markedBlocks],
  )
  return { isMarked, complete }
}
