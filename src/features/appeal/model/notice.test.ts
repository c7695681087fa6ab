import { describe, expect, it } from 'vitest'
import { noticeFor } from './notice'

const monday = Date.parse('2026-11-30T10:00:00Z')

describe('noticeFor', () => {
  it('tells the reader when they will be reminded, with a way to undo', () => {
    expect(noticeFor('remindLater', 'saved', monday, 'UTC')).toEqual({
      text: 'We’ll remind you on Monday, 30 November.',
      canUndo: true,
    })
  })

  it('tells screen readers only that a remembered goodbye closed the message', () => {
    expect(noticeFor('close', 'saved', monday)).toEqual({
      text: 'The message is closed.',
      canUndo: false,
      announceOnly: true,
    })
    expect(noticeFor('alreadySupporting', 'saved', monday)).toEqual({
      text: 'Thank you for your support. The message is closed.',
      canUndo: false,
      announceOnly: true,
    })
  })

  it.each(['blocked', 'full'] as const)(
    'admits a choice holds for this visit only when storage is %s',
    (outcome) => {
      for (const choice of ['remindLater', 'close', 'alreadySupporting'] as const) {
        const notice = noticeFor(choice, outcome, monday)
        expect(notice.text).toMatch(/^Hidden for this visit only: your browser.+\.$/)
        expect(notice.canUndo).toBe(choice === 'remindLater')
        expect(notice.announceOnly).toBeUndefined()
      }
    },
  )
})
