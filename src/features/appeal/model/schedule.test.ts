import { describe, expect, it } from 'vitest'
import type { HideDurations } from '../api/appealSchema'
import { DAY_MS, isAppealDue, returnsAt } from './schedule'
import { makeDecision } from './storedDecision'

const HOUR = 60 * 60 * 1000
const MINUTE = 60 * 1000
const durations: HideDurations = { remindLater: 3, close: 30, alreadySupporting: 180 }
// Friday 27 November, 10:00 (the tests' readers are in UTC): days count from that day's midnight.
const decidedAt = Date.parse('2026-11-27T10:00:00Z')
const TO_MIDNIGHT = 14 * HOUR

describe('isAppealDue', () => {
  it('shows the appeal to a reader who has not decided anything', () => {
    expect(isAppealDue(null, durations, decidedAt)).toBe(true)
  })

  it.each([
    ['remindLater', 2 * DAY_MS + TO_MIDNIGHT - MINUTE, false],
    ['remindLater', 2 * DAY_MS + TO_MIDNIGHT - 1, false],
    ['remindLater', 2 * DAY_MS + TO_MIDNIGHT, true],
    ['remindLater', 3 * DAY_MS, true],
    ['close', 29 * DAY_MS + TO_MIDNIGHT - 1, false],
    ['close', 29 * DAY_MS + TO_MIDNIGHT, true],
    ['alreadySupporting', 179 * DAY_MS + TO_MIDNIGHT - 1, false],
    ['alreadySupporting', 179 * DAY_MS + TO_MIDNIGHT, true],
  ] as const)('after "%s", %i ms later: due is %s', (choice, elapsed, due) => {
    const decision = makeDecision(choice, decidedAt)
    expect(isAppealDue(decision, durations, decidedAt + elapsed)).toBe(due)
  })

  it('follows the durations an editor sets, not fixed numbers', () => {
    const decision = makeDecision('remindLater', decidedAt)
    const longer = { ...durations, remindLater: 7 }
    expect(isAppealDue(decision, longer, decidedAt + 4 * DAY_MS)).toBe(false)
    expect(isAppealDue(decision, longer, decidedAt + 6 * DAY_MS + TO_MIDNIGHT)).toBe(true)
  })
})

describe('returnsAt', () => {
  it('is the start of the day the chosen number of days after the day of the choice', () => {
    expect(returnsAt(makeDecision('remindLater', decidedAt), durations)).toBe(
      Date.parse('2026-11-30T00:00:00Z'),
    )
    const lateEvening = Date.parse('2026-11-27T23:59:00Z')
    expect(returnsAt(makeDecision('close', lateEvening), durations)).toBe(
      Date.parse('2026-12-27T00:00:00Z'),
    )
  })
})
