import { describe, expect, it } from 'vitest'
import {
  cardReducer,
  closedCard,
  HOVER_CLOSE_DELAY_MS,
  HOVER_OPEN_DELAY_MS,
  type CardEvent,
  type CardState,
} from './cardState'

const run = (events: CardEvent[], from: CardState = closedCard) => events.reduce(cardReducer, from)
const enter = (annotationId: string): CardEvent => ({ type: 'pointer-enter-phrase', annotationId })
const leave: CardEvent = { type: 'pointer-leave-phrase' }
const elapsed: CardEvent = { type: 'timer-elapsed' }

describe('cardReducer', () => {
  it('opens a hovered phrase only once the open delay has run out', () => {
    const waiting = run([enter('a')])
    expect(waiting.openId).toBeNull()
    expect(waiting.pending).toEqual({
      action: 'open',
      annotationId: 'a',
      delayMs: HOVER_OPEN_DELAY_MS,
    })
    expect(run([elapsed], waiting)).toEqual({ openId: 'a', openedBy: 'hover', pending: null })
  })

  it('opens nothing for a pointer sweeping across several phrases', () => {
    const swept = run([enter('a'), leave, enter('b'), leave, enter('c'), leave])
    expect(swept).toEqual(closedCard)
    expect(run([elapsed], swept)).toEqual(closedCard)
  })

  it('keeps a hovered card open while the pointer crosses onto it and rests there', () => {
    const onCard = run([enter('a'), elapsed, leave, { type: 'pointer-enter-card' }])
    expect(onCard).toEqual({ openId: 'a', openedBy: 'hover', pending: null })
  })

  it('closes a hovered card after the grace delay once the pointer has left both', () => {
    const left = run([
      enter('a'),
      elapsed,
      leave,
      { type: 'pointer-enter-card' },
      { type: 'pointer-leave-card' },
    ])
    expect(left.openId).toBe('a')
    expect(left.pending).toEqual({ action: 'close', delayMs: HOVER_CLOSE_DELAY_MS })
    expect(run([elapsed], left)).toEqual(closedCard)
  })

  it('cancels the grace delay when the pointer comes back to the phrase', () => {
    expect(run([enter('a'), elapsed, leave, enter('a')])).toEqual({
      openId: 'a',
      openedBy: 'hover',
      pending: null,
    })
  })

  it('keeps a card opened by focus, click or link when the pointer leaves', () => {
    for (const opened of [
      { type: 'open', annotationId: 'a', by: 'focus' },
      { type: 'open', annotationId: 'a', by: 'link' },
      { type: 'activate', annotationId: 'a' },
    ] satisfies CardEvent[]) {
      expect(run([opened, enter('a'), leave, elapsed]).openId).toBe('a')
    }
  })

  it('toggles on activation, but pins a card that hover, focus or a link opened', () => {
    const activate: CardEvent = { type: 'activate', annotationId: 'a' }
    const clicked = run([activate])
    expect(clicked).toEqual({ openId: 'a', openedBy: 'click', pending: null })
    expect(run([activate], clicked)).toEqual(closedCard)
    for (const opening of [
      [enter('a'), elapsed],
      [{ type: 'open', annotationId: 'a', by: 'focus' }],
      [{ type: 'open', annotationId: 'a', by: 'link' }],
    ] satisfies CardEvent[][]) {
      const pinned = run([...opening, activate])
      expect(pinned).toEqual({ openId: 'a', openedBy: 'click', pending: null })
      expect(run([activate], pinned)).toEqual(closedCard)
    }
    // The focus coming back to a clicked card's phrase (the window focused again) leaves it a
    // clicked card, which the next click closes.
    const refocused = run([activate, { type: 'open', annotationId: 'a', by: 'focus' }])
    expect(refocused.openedBy).toBe('click')
    expect(run([activate], refocused)).toEqual(closedCard)
  })

  it('pins a hovered card the reader presses in, as for a selection dragged past its edge', () => {
    const pressed = run([
      enter('a'),
      elapsed,
      { type: 'pointer-enter-card' },
      { type: 'press-in-card' },
    ])
    expect(pressed).toEqual({ openId: 'a', openedBy: 'click', pending: null })
    expect(run([{ type: 'pointer-leave-card' }, elapsed], pressed).openId).toBe('a')
    // No card, or one that stays anyway: nothing changes.
    expect(run([{ type: 'press-in-card' }])).toEqual(closedCard)
    const focused = run([{ type: 'open', annotationId: 'a', by: 'focus' }])
    expect(run([{ type: 'press-in-card' }], focused)).toBe(focused)
  })

  it('shows one card at a time: opening another replaces the first', () => {
    const first = run([{ type: 'activate', annotationId: 'a' }])
    expect(run([{ type: 'open', annotationId: 'b', by: 'focus' }], first).openId).toBe('b')
    expect(run([{ type: 'activate', annotationId: 'b' }], first).openId).toBe('b')
  })

  it('closes on request and drops any waiting change', () => {
    expect(run([enter('a'), { type: 'close' }])).toEqual(closedCard)
    expect(run([{ type: 'activate', annotationId: 'a' }, { type: 'close' }])).toEqual(closedCard)
  })
})
