import { describe, expect, it } from 'vitest'
import type { HideDurations } from '../api/appealSchema'
import { DAY_MS, isAppealDue, returnsAt } from './schedule'
import { makeDecision } from './storedDecision'

const HOUR = 60 * 60 * 1000
const MINUTE = 60 * 1000
const durations: HideDurations = { remindLater: 3, close: 30, alreadySupporting: 180 }
const decidedAt = Date.parse('2026-11-27T10:00:00Z')

describe('isAppealDue', () => {
  it('shows the appeal to a reader who has not decided anything', () => {
    expect(isAppealDue(null, durations, decidedAt)).toBe(true)
  })

  it.each([
    ['remindLater', 2 * DAY_MS + 23 * HOUR, false],
    ['remindLater', 3 * DAY_MS - 1, false],
    ['remindLater', 3 * DAY_MS, true],
    ['remindLater', 3 * DAY_MS + MINUTE, true],
    ['close', 29 * DAY_MS, false],
    ['close', 31 * DAY_MS, true],
    ['alreadySupporting', 179 * DAY_MS, false],
    ['alreadySupporting', 181 * DAY_MS, true],
  ] as const)('after "%s", %i ms later: due is %s', (choice, elapsed, due) => {
    const decision = makeDecision(choice, decidedAt)
    expect(isAppealDue(decision, durations, decidedAt + elapsed)).toBe(due)
  })

  it('follows the durations an editor sets, not fixed numbers', () => {
    const decision = makeDecision('remindLater', decidedAt)
    const longer = { ...durations, remindLater: 7 }
    expect(isAppealDue(decision, longer, decidedAt + 4 * DAY_MS)).toBe(false)
    expect(isAppealDue(decision, longer, decidedAt + 7 * DAY_MS)).toBe(true)
  })
})

describe('returnsAt', () => {
  it('adds the chosen duration to the moment of the decision', () => {
    expect(returnsAt(makeDecision('close', decidedAt), durations)).toBe(decidedAt + 30 * DAY_MS)
  })
})
