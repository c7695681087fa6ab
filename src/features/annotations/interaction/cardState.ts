/** Hover must rest this long on a phrase before its card opens, so a sweeping pointer opens nothing. */
export const HOVER_OPEN_DELAY_MS = 400
/** Grace period after the pointer leaves phrase and card, long enough to cross the gap between them. */
export const HOVER_CLOSE_DELAY_MS = 300

/**
 * What opened the card decides what closes it: a hovered card closes when the pointer leaves; one
 * opened by focus, a click/tap or a link stays until dismissed (Escape, Close, a press outside, the
 * focus coming anywhere else in the page).
 */
export type OpenedBy = 'hover' | 'focus' | 'click' | 'link'

export type PendingChange =
  { action: 'open'; annotationId: string; delayMs: number } | { action: 'close'; delayMs: number }

export interface CardState {
  openId: string | null
  openedBy: OpenedBy | null
  /** A change waiting for its timer; a new object each time, so the timer restarts. */
  pending: PendingChange | null
}

export type CardEvent =
  | { type: 'pointer-enter-phrase'; annotationId: string }
  | { type: 'pointer-leave-phrase' }
  | { type: 'pointer-enter-card' }
  | { type: 'pointer-leave-card' }
  /** A press inside the card: to select its text, or to follow a link. */
  | { type: 'press-in-card' }
  | { type: 'timer-elapsed' }
  | { type: 'open'; annotationId: string; by: 'focus' | 'link' }
  /** A click, a tap, Enter or Space on a phrase. */
  | { type: 'activate'; annotationId: string }
  | { type: 'close' }

export const closedCard: CardState = { openId: null, openedBy: null, pending: null }

const open = (annotationId: string, openedBy: OpenedBy): CardState => ({
  openId: annotationId,
  openedBy,
  pending: null,
})

export function cardReducer(state: CardState, event: CardEvent): CardState {
  switch (event.type) {
    case 'pointer-enter-phrase':
      if (state.openId === event.annotationId) return { ...state, pending: null }
      return {
        ...state,
        pending: { action: 'open', annotationId: event.annotationId, delayMs: HOVER_OPEN_DELAY_MS },
      }
    case 'pointer-leave-phrase':
    case 'pointer-leave-card':
      if (state.openedBy === 'hover') {
        return { ...state, pending: { action: 'close', delayMs: HOVER_CLOSE_DELAY_MS } }
      }
      // Leaving a phrase before the delay is up is a pointer passing by: nothing opens.
      return state.pending ? { ...state, pending: null } : state
    case 'pointer-enter-card':
      return state.pending ? { ...state, pending: null } : state
    // Pinned, as a click on its phrase would: a selection dragged past the card's edge closed it
    // under the held button, and the selection jumped to the story behind.
    case 'press-in-card':
      return state.openId && state.openedBy === 'hover' ? open(state.openId, 'click') : state
    case 'timer-elapsed':
      if (!state.pending) return state
      return state.pending.action === 'open'
        ? open(state.pending.annotationId, 'hover')
        : closedCard
    case 'open':
      // Already open, it keeps what opened it, unless that was hover: a card that a click opened,
      // its phrase then reached by Tab, would otherwise stay open at the next click on the phrase.
      if (state.openId === event.annotationId && state.openedBy !== 'hover') return state
      return open(event.annotationId, event.by)
    case 'activate':
      // Only a card that activation opened closes by it. One that hover, focus or a link opened is
      // pinned rather than closed: the reader is looking at it, and Enter on a phrase that Tab had
      // just opened, pressed "to open it", closed it.
      if (state.openId === event.annotationId && state.openedBy === 'click') return closedCard
      return open(event.annotationId, 'click')
    case 'close':
      return state.openId || state.pending ? closedCard : state
  }
}
