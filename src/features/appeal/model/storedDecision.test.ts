import { describe, expect, it } from 'vitest'
import { DAY_MS } from './schedule'
import { parseStoredDecision } from './storedDecision'

const now = Date.parse('2026-11-27T10:00:00Z')
const longest = 180 * DAY_MS

describe('parseStoredDecision', () => {
  it('reads a decision stored by this version', () => {
    const stored = { version: 1, choice: 'close', decidedAt: now - DAY_MS }
    expect(parseStoredDecision(stored, now, longest)).toEqual(stored)
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
    expect(parseStoredDecision(stored, now, longest)).toBeNull()
  })

  it('keeps a decision dated a little ahead (a clock moved back since)', () => {
    const stored = { version: 1, choice: 'alreadySupporting', decidedAt: now + DAY_MS }
    expect(parseStoredDecision(stored, now, longest)).toEqual(stored)
  })

  it('discards a decision dated further ahead than the longest duration', () => {
    const stored = { version: 1, choice: 'alreadySupporting', decidedAt: now + longest + 1 }
    expect(parseStoredDecision(stored, now, longest)).toBeNull()
  })
})
