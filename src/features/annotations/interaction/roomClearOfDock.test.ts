import { describe, expect, it } from 'vitest'
import { mostRoomClearOfDock } from './roomClearOfDock'

const window844 = { windowHeight: 844, docked: 350, gap: 6, margin: 8 }

describe('mostRoomClearOfDock', () => {
  it('is the room above a phrase that sits low, over the dock’s top', () => {
    expect(mostRoomClearOfDock({ ...window844, phraseTop: 420, phraseBottom: 446 })).toBe(432)
  })

  it('is the room below a phrase near the window’s top, down to the dock', () => {
    expect(mostRoomClearOfDock({ ...window844, phraseTop: 100, phraseBottom: 126 })).toBe(380)
  })

  it('counts from the far edge of a phrase on two lines, the most either side could have', () => {
    const oneLine = mostRoomClearOfDock({ ...window844, phraseTop: 100, phraseBottom: 126 })
    const twoLines = mostRoomClearOfDock({ ...window844, phraseTop: 100, phraseBottom: 156 })
    expect(twoLines).toBe(oneLine)
    expect(mostRoomClearOfDock({ ...window844, phraseTop: 400, phraseBottom: 456 })).toBe(442)
  })

  it('has only the room above a phrase that the dock covers', () => {
    expect(mostRoomClearOfDock({ ...window844, phraseTop: 600, phraseBottom: 626 })).toBe(612)
  })
})
