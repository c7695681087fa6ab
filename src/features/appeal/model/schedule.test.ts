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
    ['remindLater', '2026-11-30T23:59:59.999Z', false],
    ['remindLater', '2026-12-01T00:00:00.000Z', true],
    ['remindLater', '2026-12-01T10:00:00.000Z', true],
    ['close', '2026-12-27T23:59:59.999Z', false],
    ['close', '2026-12-28T00:00:00.000Z', true],
    ['alreadySupporting', '2027-05-26T23:59:59.999Z', false],
    ['alreadySupporting', '2027-05-27T00:00:00.000Z', true],
  ] as const)('after "%s" on Friday morning, at %s: due is %s', (choice, at, due) => {
    const decision = makeDecision(choice, decidedAt)
    expect(isAppealDue(decision, durations, Date.parse(at))).toBe(due)
  })

  it('follows the durations an editor sets, not fixed numbers', () => {
    const decision = makeDecision('remindLater', decidedAt)
    const longer = { ...durations, remindLater: 7 }
    expect(isAppealDue(decision, longer, decidedAt + 7 * DAY_MS)).toBe(false)
    expect(isAppealDue(decision, longer, decidedAt + 8 * DAY_MS)).toBe(true)
  })
})

describe('returnsAt', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is the start of the day after the chosen days have run, whole days however late the choice', () => {
    // Friday's choice at 10:00 or at 23:50: 3 days on is Monday, and Tuesday is the day named.
    for (const friday of ['2026-11-27T10:00:00Z', '2026-11-27T23:50:00Z']) {
      const decision = makeDecision('remindLater', Date.parse(friday))
      expect(returnsAt(decision, durations)).toBe(Date.parse('2026-12-01T00:00:00Z'))
    }
    // A choice of one day, a minute before midnight, stays away the next day too.
    const oneDay = { ...durations, remindLater: 1 }
    const lateFriday = makeDecision('remindLater', Date.parse('2026-11-27T23:59:00Z'))
    expect(returnsAt(lateFriday, oneDay)).toBe(Date.parse('2026-11-29T00:00:00Z'))
  })

  it('counts the days in the reader’s time zone', () => {
    // 23:50 on Friday in Moscow (UTC+3) is 20:50 in UTC: Tuesday begins there at 21:00 UTC on Monday.
    vi.stubEnv('TZ', 'Europe/Moscow')
    const lateFriday = Date.parse('2026-11-27T20:50:00Z')
    expect(returnsAt(makeDecision('remindLater', lateFriday), durations)).toBe(
      Date.parse('2026-11-30T21:00:00Z'),
    )
  })

  it.each([
    // Summer time ends on Sunday 1 November 2026 in New York: a 25-hour day.
    ['00:30 on Saturday 31 October', '2026-10-31T04:30:00Z', '2026-11-04T05:00:00Z'],
    // Summer time begins on Sunday 8 March 2026: a 23-hour day.
    ['23:30 on Saturday 7 March', '2026-03-08T04:30:00Z', '2026-03-11T04:00:00Z'],
  ])('counts calendar days across a change of clocks (New York, %s)', (_, decidedAt, expected) => {
    vi.stubEnv('TZ', 'America/New_York')
    const decision = makeDecision('remindLater', Date.parse(decidedAt))
    expect(returnsAt(decision, durations)).toBe(Date.parse(expected))
  })
})
