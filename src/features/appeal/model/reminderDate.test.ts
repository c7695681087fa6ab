import { describe, expect, it } from 'vitest'
import { formatReminderDate } from './reminderDate'

describe('formatReminderDate', () => {
  it('names the weekday, day and month in British English', () => {
    expect(formatReminderDate(Date.parse('2026-11-30T10:00:00Z'), 'UTC')).toBe(
      'Monday, 30 November',
    )
  })

  it('uses the reader’s time zone for the day', () => {
    const lateEvening = Date.parse('2026-11-30T23:30:00Z')
    expect(formatReminderDate(lateEvening, 'UTC')).toBe('Monday, 30 November')
    expect(formatReminderDate(lateEvening, 'Europe/Moscow')).toBe('Tuesday, 1 December')
  })
})
