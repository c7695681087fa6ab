import type { Anchor } from './anchorQuotes'

export interface TextSegment {
  text: string
  /** Set on the segments an annotation marks. */
  annotationId?: string
}

/** Cuts a block's text at its anchors (in order, not overlapping), so the pieces rejoin to the text. */
export function segmentBlock(text: string, anchors: readonly Anchor[]): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const { annotationId, start, end } of anchors) {
    if (start > at) segments.push({ text: text.slice(at, start) })
    segments.push({ text: text.slice(start, end), annotationId })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at) })
  return segments
}
