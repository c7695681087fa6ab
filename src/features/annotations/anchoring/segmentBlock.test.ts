import { describe, expect, it } from 'vitest'
import { segmentBlock } from './segmentBlock'

const anchor = (annotationId: string, start: number, end: number) => ({
  annotationId,
  blockId: 'p1',
  start,
  end,
})

describe('segmentBlock', () => {
  it('cuts text around its marked phrases without losing a character', () => {
    const text = 'Anna Berg met the Ledger Wire today.'
    const segments = segmentBlock(text, [anchor('berg', 0, 9), anchor('wire', 18, 29)])
    expect(segments).toEqual([
      { text: 'Anna Berg', annotationId: 'berg' },
      { text: ' met the ' },
      { text: 'Ledger Wire', annotationId: 'wire' },
      { text: ' today.' },
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('leaves a block without anchors as one plain segment', () => {
    expect(segmentBlock('Plain.', [])).toEqual([{ text: 'Plain.' }])
  })
})
