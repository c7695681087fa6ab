import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatReminderDate } from './reminderDate'

describe('formatReminderDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('names the weekday, day and month in British English', () => {
    vi.stubEnv('TZ', 'UTC')
    expect(formatReminderDate(Date.parse('2026-11-30T10:00:00Z'))).toBe('Monday, 30 November')
    expect(formatReminderDate(Date.parse('2027-05-01T10:00:00Z'))).toBe('Saturday, 1 May')
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
