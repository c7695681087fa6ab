import { describe, expect, it } from 'vitest'
import { fitPreview } from './fitPreview'

// Measured in Chromium: a 22.5 px line, a first paragraph of 7 lines at 390 px, 10 at 320 px.
const lineHeight = 22.5

describe('fitPreview', () => {
  it('leaves the preview whole when it fits, give or take a sub-pixel', () => {
    expect(fitPreview({ room: 146, content: 146, lead: 67.5, lineHeight })).toEqual({
      show: 'all',
    })
    expect(fitPreview({ room: 145.6, content: 146, lead: 67.5, lineHeight })).toEqual({
      show: 'all',
    })
  })

  it('drops whole lines from the first paragraph until the disclosure fits', () => {
    // 390×844: 233 px of text in 187 px of room.
    expect(fitPreview({ room: 186.8, content: 233, lead: 157.5, lineHeight })).toEqual({
      show: 'lines',
      lines: 4,
    })
    // A line's worth over, exactly: one line goes, not two.
    expect(fitPreview({ room: 100, content: 122.5, lead: 67.5, lineHeight })).toEqual({
      show: 'lines',
      lines: 2,
    })
  })

  it('leaves the disclosure alone when not one line of the paragraph fits', () => {
    // 320×568: 255 px of text in 45 px of room.
    expect(fitPreview({ room: 44.6, content: 255.5, lead: 180, lineHeight })).toEqual({
      show: 'none',
    })
  })
})
