import { describe, expect, it } from 'vitest'
import { DAY_MS } from './schedule'
import { parseStoredDecision } from './storedDecision'

const now = Date.parse('2026-11-27T10:00:00Z')

describe('parseStoredDecision', () => {
  it('reads a decision stored by this version', () => {
    const stored = { version: 1, choice: 'close', decidedAt: now - DAY_MS }
    expect(parseStoredDecision(stored, now)).toEqual(stored)
  })

  it.each([
    ['nothing stored (or storage blocked)', undefined],
    ['JSON null', null],
    ['a string', 'remindLater'],
    ['an array', [1, 'close', now]],
    ['no choice', { version: 1, decidedAt: now }],
    ['an unknown choice', { version: 1, choice: 'snooze', decidedAt: now }],
    ['a time that is text', { version: 1, choice: 'close', decidedAt: '2026-11-27' }],
    ['a time that is not finite', { version: 1, choice: 'close', decidedAt: Infinity }],
    ['an unknown version', { version: 2, choice: 'close', decidedAt: now }],
    ['no version', { choice: 'close', decidedAt: now }],
  ])('treats %s as no decision', (_, stored) => {
    expect(parseStoredDecision(stored, now)).toBeNull()
  })

  it('keeps a decision dated up to a day ahead (a clock put right since)', () => {
    const stored = { version: 1, choice: 'alreadySupporting', decidedAt: now + DAY_MS }
    expect(parseStoredDecision(stored, now)).toEqual(stored)
  })

  it('discards a decision dated further ahead, which would hide the appeal that much longer', () => {
    const stored = { version: 1, choice: 'remindLater', decidedAt: now + DAY_MS + 1 }
    expect(parseStoredDecision(stored, now)).toBeNull()
  })
})
