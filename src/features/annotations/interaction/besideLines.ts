/** A box in the window, as client rects give it. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The box a card is placed against, beside a phrase on one line or more: the height of all its
 * lines, and the width of the line the card is beside (the first above it, the last below it), so
 * that the card starts where that part of the phrase does, not at the edge of the paragraph. The
 * rects are the phrase's, one or more a line: those less than half a rect's height below the one
 * before share its line. What Floating UI's inline() measures for these two sides, in a fraction
 * of its bytes. Undefined without rects (a phrase not laid out).
 */
export function besideLines(rects: readonly Box[], side: 'top' | 'bottom'): Box | undefined {
  const lines: Box[] = []
  let previous: Box | undefined
  for (const rect of [...rects].sort((a, b) => a.top - b.top)) {
    const line = lines[lines.length - 1]
    if (line && previous && rect.top - previous.top <= (previous.bottom - previous.top) / 2) {
      line.left = Math.min(line.left, rect.left)
      line.top = Math.min(line.top, rect.top)
      line.right = Math.max(line.right, rect.right)
      line.bottom = Math.max(line.bottom, rect.bottom)
    } else {
      lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom })
    }
    previous = rect
  }
  const first = lines[0]
  const last = lines[lines.length - 1]
  if (!first || !last) return undefined
  const beside = side === 'top' ? first : last
  return { left: beside.left, top: first.top, right: beside.right, bottom: last.bottom }
}
