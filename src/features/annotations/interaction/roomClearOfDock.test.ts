import { describe, expect, it } from 'vitest'
import { mostRoomClearOfDock } from './roomClearOfDock'

// A 390 × 844 phone with the appeal docked: 350 px of it over the window's foot.
const room = (top: number, bottom: number) => mostRoomClearOfDock({ top, bottom }, 844, 350)

describe('mostRoomClearOfDock', () => {
  it('is the room above a phrase that sits low, over the dock’s top', () => {
    expect(room(420, 446)).toBe(432)
  })

  it('is the room below a phrase near the window’s top, down to the dock', () => {
    expect(room(100, 126)).toBe(380)
  })

  it('counts from the far edge of a phrase on two lines, the most either side could have', () => {
    expect(room(100, 156)).toBe(room(100, 126))
    expect(room(400, 456)).toBe(442)
  })

  it('has only the room above a phrase that the dock covers', () => {
    expect(room(600, 626)).toBe(612)
  })

  it('leaves a phrase above the dock no more than the window above the dock', () => {
    for (const top of [0, 200, 480]) expect(room(top, top + 26)).toBeLessThanOrEqual(844 - 350)
  })
})
