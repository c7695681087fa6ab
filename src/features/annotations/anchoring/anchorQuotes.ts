import { findOccurrences } from './findOccurrences'

/** A run of text that quotes are searched in (the article's publisher line and paragraphs). */
export interface TextBlock {
  id: string
  text: string
}

/** A W3C Web Annotation TextQuoteSelector, owned by one annotation. */
export interface QuoteSelector {
  id: string
  target: { exact: string; prefix?: string; suffix?: string }
}

/** Where an annotation's quote sits: [start, end) in the block's text. */
export interface Anchor {
  annotationId: string
  blockId: string
  start: number
  end: number
}

export type AnchorProblemKind = 'not-found' | 'ambiguous' | 'overlap'

export interface AnchorProblem {
  annotationId: string
  kind: AnchorProblemKind
  message: string
}

export interface AnchorResult {
  /** In reading order: by block, then by start. */
  anchors: Anchor[]
  problems: AnchorProblem[]
}

/*
 * Blocks are joined with a character that never occurs in article text, so one search covers the
 * whole article and a match (or a prefix/suffix) can never run across two blocks.
 */
const BLOCK_SEPARATOR = '\u0000'

/**
 * Finds the one place each quote refers to. A quote that matches nowhere, or in more than one place
 * even with its prefix and suffix, is not anchored: a highlight in the wrong place is worse than
 * none. When two quotes overlap, the one that starts earlier keeps its place.
 */
export function anchorQuotes(
  blocks: readonly TextBlock[],
  selectors: readonly QuoteSelector[],
): AnchorResult {
  const blockStarts: number[] = []
  let joined = ''
  for (const block of blocks) {
    blockStarts.push(joined.length)
    joined += block.text + BLOCK_SEPARATOR
  }

  const occurrences = findOccurrences(
    joined,
    selectors.map(({ target }) => target.exact).filter((exact) => !exact.includes(BLOCK_SEPARATOR)),
  )

  const problems: AnchorProblem[] = []
  const located: { annotationId: string; start: number; end: number }[] = []

  for (const { id, target } of selectors) {
    const { exact, prefix = '', suffix = '' } = target
    const found = occurrences.get(exact) ?? []
    const matches = found.filter(
      (at) =>
        joined.startsWith(prefix, at - prefix.length) &&
        joined.startsWith(suffix, at + exact.length),
    )
    const quote = describeQuote(target)
    if (matches.length === 1) {
      const start = matches[0] as number
      located.push({ annotationId: id, start, end: start + exact.length })
    } else if (matches.length === 0) {
      const detail =
        found.length > 0 ? ' with that prefix/suffix' : ' (a quote never spans two blocks)'
      problems.push({
        annotationId: id,
        kind: 'not-found',
        message: `"${id}": ${quote} is not in the article${detail}.`,
      })
    } else {
      problems.push({
        annotationId: id,
        kind: 'ambiguous',
        message: `"${id}": ${quote} occurs ${matches.length} times; add a prefix or suffix that tells them apart.`,
      })
    }
  }

  // Sort, then sweep: each anchor only needs comparing with the furthest-reaching one kept so far.
  located.sort((a, b) => a.start - b.start || b.end - a.end)
  const anchors: Anchor[] = []
  let reach: { annotationId: string; end: number } | null = null
  let blockIndex = 0
  for (const candidate of located) {
    if (reach && candidate.start < reach.end) {
      problems.push({
        annotationId: candidate.annotationId,
        kind: 'overlap',
        message: `"${candidate.annotationId}" overlaps "${reach.annotationId}" and is not shown; an annotation's quote must not share text with another's.`,
      })
      continue
    }
    reach = candidate
    while (
      blockIndex + 1 < blockStarts.length &&
      (blockStarts[blockIndex + 1] as number) <= candidate.start
    ) {
      blockIndex += 1
    }
    const blockStart = blockStarts[blockIndex] as number
    anchors.push({
      annotationId: candidate.annotationId,
      blockId: (blocks[blockIndex] as TextBlock).id,
      start: candidate.start - blockStart,
      end: candidate.end - blockStart,
    })
  }
  return { anchors, problems }
}

function describeQuote({ exact, prefix, suffix }: QuoteSelector['target']): string {
  const context = [prefix && `prefix "${prefix}"`, suffix && `suffix "${suffix}"`].filter(Boolean)
  return `"${exact}"${context.length ? ` (${context.join(', ')})` : ''}`
}
