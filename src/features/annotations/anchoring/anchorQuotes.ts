import { findOccurrences, type Occurrence } from './findOccurrences'

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

export interface AnchorResult {
  /** In reading order: by block, then by start. */
  anchors: Anchor[]
  /** Why each quote left out was, in words for whoever edits the content (its id first). */
  problems: string[]
}

/**
 * Finds the one place each quote refers to. A quote that matches nowhere, or in more than one place
 * even with its prefix and suffix, is not anchored: a highlight in the wrong place is worse than
 * none. A quote, its prefix and its suffix each lie within one block. When two quotes overlap, the
 * one that starts earlier keeps its place.
 */
export function anchorQuotes(
  blocks: readonly TextBlock[],
  selectors: readonly QuoteSelector[],
): AnchorResult {
  const texts = blocks.map(({ text }) => text)
  const occurrences = findOccurrences(
    texts,
    selectors.map(({ target }) => target.exact),
  )

  const problems: string[] = []
  const located: { annotationId: string; block: number; start: number; end: number }[] = []

  for (const { id, target } of selectors) {
    const { exact, prefix = '', suffix = '' } = target
    const found = occurrences.get(exact) ?? []
    const matches = found.filter(({ textIndex, at }) => {
      const blockText = texts[textIndex] as string
      return (
        at >= prefix.length &&
        blockText.startsWith(prefix, at - prefix.length) &&
        blockText.startsWith(suffix, at + exact.length)
      )
    })
    if (matches.length === 1) {
      const { textIndex, at } = matches[0] as Occurrence
      located.push({ annotationId: id, block: textIndex, start: at, end: at + exact.length })
    } else if (matches.length === 0) {
      const detail =
        found.length > 0 ? ' with that prefix/suffix' : ' (a quote never spans two blocks)'
      problems.push(`"${id}": ${describeQuote(target)} is not in the article${detail}.`)
    } else {
      problems.push(
        `"${id}": ${describeQuote(target)} occurs ${matches.length} times; add a prefix or suffix that tells them apart.`,
      )
    }
  }

  // Sort, then sweep: each anchor only needs comparing with the furthest-reaching one kept so far.
  located.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end)
  const anchors: Anchor[] = []
  let reach: (typeof located)[number] | null = null
  for (const candidate of located) {
    if (reach && candidate.block === reach.block && candidate.start < reach.end) {
      problems.push(
        `"${candidate.annotationId}" overlaps "${reach.annotationId}" and is not shown: quotes must not share text.`,
      )
      continue
    }
    reach = candidate
    anchors.push({
      annotationId: candidate.annotationId,
      blockId: (blocks[candidate.block] as TextBlock).id,
      start: candidate.start,
      end: candidate.end,
    })
  }
  return { anchors, problems }
}

function describeQuote({ exact, prefix, suffix }: QuoteSelector['target']): string {
  const context = [prefix && `prefix "${prefix}"`, suffix && `suffix "${suffix}"`].filter(Boolean)
  return `"${exact}"${context.length ? ` (${context.join(', ')})` : ''}`
}
