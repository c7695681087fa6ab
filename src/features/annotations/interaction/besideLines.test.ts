import { describe, expect, it } from 'vitest'
import { besideLines, type Box } from './besideLines'

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
})

describe('besideLines', () => {
  it('is the phrase itself on one line, whichever side the card takes', () => {
    const line = box(100, 200, 180, 224)
    expect(besideLines([line], 'bottom')).toEqual(line)
    expect(besideLines([line], 'top')).toEqual(line)
  })

  it('spans a wrapped phrase’s lines, as wide as its last line below it, its first above it', () => {
    // "Colonel General" at a line's end, "Xu Qiliang" at the next one's start.
    const lines = [box(250, 200, 374, 224), box(16, 230, 110, 254)]
    expect(besideLines(lines, 'bottom')).toEqual(box(16, 200, 110, 254))
    expect(besideLines(lines, 'top')).toEqual(box(250, 200, 374, 254))
  })

  it('joins the rects of one line, in whatever order they come', () => {
    const lines = [box(16, 231, 60, 254), box(250, 200, 300, 224), box(300, 201, 374, 224)]
    expect(besideLines(lines, 'top')).toEqual(box(250, 200, 374, 254))
    expect(besideLines(lines, 'bottom')).toEqual(box(16, 200, 60, 254))
  })

  it('has nothing to place against without rects', () => {
    expect(besideLines([], 'bottom')).toBeUndefined()
  })
})
