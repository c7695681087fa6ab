import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatReminderDate } from './reminderDate'

const DAY_MS = 24 * 60 * 60 * 1000

describe('formatReminderDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('names every weekday and month as British English does', () => {
    vi.stubEnv('TZ', 'UTC')
    const british = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    })
    // A year and a week from a Monday: each month, each weekday, and 1 to 31 of the days.
    const start = Date.parse('2026-11-30T10:00:00Z')
    for (let day = 0; day < 372; day += 1) {
      const timestamp = start + day * DAY_MS
      const part = (type: Intl.DateTimeFormatPartTypes) =>
        british.formatToParts(timestamp).find((candidate) => candidate.type === type)?.value
      expect(formatReminderDate(timestamp)).toBe(
        `${part('weekday')}, ${part('day')} ${part('month')}`,
      )
    }
  })

  it('uses the reader’s time zone for the day', () => {
    const lateEvening = Date.parse('2026-11-30T23:30:00Z')
    vi.stubEnv('TZ', 'UTC')
    expect(formatReminderDate(lateEvening)).toBe('Monday, 30 November')
    vi.stubEnv('TZ', 'Europe/Moscow')
    expect(formatReminderDate(lateEvening)).toBe('Tuesday, 1 December')
    vi.stubEnv('TZ', 'America/Los_Angeles')
    expect(formatReminderDate(Date.parse('2027-01-01T05:00:00Z'))).toBe('Thursday, 31 December')
  })
})
