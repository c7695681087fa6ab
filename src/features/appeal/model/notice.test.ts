import { describe, expect, it } from 'vitest'
import { noticeFor } from './notice'

const monday = Date.parse('2026-11-30T10:00:00Z')

describe('noticeFor', () => {
  it('tells the reader when they will be reminded, with a way to undo', () => {
    expect(noticeFor('remindLater', 'saved', monday)).toEqual({
      kind: 'shown',
      text: 'We’ll remind you on Monday, 30 November.',
      canUndo: true,
    })
  })

  it('tells screen readers only that a remembered goodbye closed the message', () => {
    expect(noticeFor('close', 'saved', monday)).toEqual({
      kind: 'announced',
      text: 'The message is closed.',
    })
    expect(noticeFor('alreadySupporting', 'saved', monday)).toEqual({
      kind: 'announced',
      text: 'Thank you for your support. The message is closed.',
    })
  })

  it.each(['blocked', 'full'] as const)(
    'admits a choice holds for this visit only when storage is %s',
    (outcome) => {
      for (const choice of ['remindLater', 'close'] as const) {
        expect(noticeFor(choice, outcome, monday)).toEqual({
          kind: 'shown',
          text: expect.stringMatching(/^Hidden for this visit only: your browser.+\.$/),
          canUndo: choice === 'remindLater',
        })
      }
    },
  )

  it.each(['blocked', 'full'] as const)(
    'thanks a supporter even when their choice holds for this visit only (storage %s)',
    (outcome) => {
      expect(noticeFor('alreadySupporting', outcome, monday)).toEqual({
        kind: 'shown',
        text: expect.stringMatching(
          /^Thank you for your support\. Hidden for this visit only: your browser.+\.$/,
        ),
        canUndo: false,
      })
    },
  )
})
