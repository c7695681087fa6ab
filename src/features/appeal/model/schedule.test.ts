import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HideDurations } from '../api/appealSchema'
import { DAY_MS, isAppealDue, returnsAt } from './schedule'
import { makeDecision } from './storedDecision'

const durations: HideDurations = { remindLater: 3, close: 30, alreadySupporting: 180 }
// A Friday, at 10:00 in the tests' time zone (UTC).
const decidedAt = Date.parse('2026-11-27T10:00:00Z')

describe('isAppealDue', () => {
  it('shows the appeal to a reader who has not decided anything', () => {
    expect(isAppealDue(null, durations, decidedAt)).toBe(true)
  })

  it.each([
    ['remindLater', '2026-11-29T23:59:59.999Z', false],
    ['remindLater', '2026-11-30T00:00:00.000Z', true],
    ['remindLater', '2026-11-30T10:00:00.000Z', true],
    ['close', '2026-12-26T23:59:59.999Z', false],
    ['close', '2026-12-27T00:00:00.000Z', true],
    ['alreadySupporting', '2027-05-25T23:59:59.999Z', false],
    ['alreadySupporting', '2027-05-26T00:00:00.000Z', true],
  ] as const)('after "%s" on Friday morning, at %s: due is %s', (choice, at, due) => {
    const decision = makeDecision(choice, decidedAt)
    expect(isAppealDue(decision, durations, Date.parse(at))).toBe(due)
  })

  it('follows the durations an editor sets, not fixed numbers', () => {
    const decision = makeDecision('remindLater', decidedAt)
    const longer = { ...durations, remindLater: 7 }
    expect(isAppealDue(decision, longer, decidedAt + 4 * DAY_MS)).toBe(false)
    expect(isAppealDue(decision, longer, decidedAt + 7 * DAY_MS)).toBe(true)
  })
})

describe('returnsAt', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is the start of the day the chosen duration ends on, the day the reader’s note names', () => {
    expect(returnsAt(makeDecision('close', decidedAt), durations)).toBe(
      Date.parse('2026-12-27T00:00:00Z'),
    )
    // A choice late on Friday evening comes back as Monday begins, not late on Monday.
    const lateFriday = Date.parse('2026-11-27T23:50:00Z')
    expect(returnsAt(makeDecision('remindLater', lateFriday), durations)).toBe(
      Date.parse('2026-11-30T00:00:00Z'),
    )
    expect(returnsAt(makeDecision('remindLater', lateFriday), durations) - lateFriday).toBeLessThan(
      3 * DAY_MS,
    )
  })

  it('counts the days in the reader’s time zone', () => {
    // 23:50 on Friday in Moscow (UTC+3) is 20:50 in UTC: Monday begins there at 21:00 UTC on Sunday.
    vi.stubEnv('TZ', 'Europe/Moscow')
    const lateFriday = Date.parse('2026-11-27T20:50:00Z')
    expect(returnsAt(makeDecision('remindLater', lateFriday), durations)).toBe(
      Date.parse('2026-11-29T21:00:00Z'),
    )
  })
})
