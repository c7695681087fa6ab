import {
  useCallback,
  useEffect,
  useReducer,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { cardReducer, closedCard } from './cardState'
import { tabbableAfter, tabbablesIn } from './tabOrder'

/** The one card's element id: phrases point at it with aria-controls while it is open. */
export const CARD_ID = 'annotation-card'

const isTouch = (event: PointerEvent) => event.pointerType === 'touch'

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/**
 * The interaction layer between the phrases and the single card: hover intent, keyboard focus,
 * click/tap, Escape, outside clicks, and a Tab order that visits the card right after its phrase.
 * (A small stand-in for @floating-ui/react's interaction hooks, which the JS budget cannot carry.)
 */
export function useAnnotationCard() {
  const [state, dispatch] = useReducer(cardReducer, closedCard)
  const { openId, openedBy, pending } = state
  const phrases = useRef(new Map<string, HTMLElement>())
  const card = useRef<HTMLElement | null>(null)
  // Focus that follows a pointer press is not keyboard focus and must not open a card.
  const pressed = useRef(false)
  // Focus this hook moves itself (back to a phrase, or to a linked one) opens nothing by itself.
  const movingFocus = useRef(false)

  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(() => dispatch({ type: 'timer-elapsed' }), pending.delayMs)
    return () => clearTimeout(timer)
  }, [pending])

  const focusPhrase = useCallback((annotationId: string, options?: FocusOptions) => {
    movingFocus.current = true
    phrases.current.get(annotationId)?.focus(options)
    movingFocus.current = false
  }, [])

  const close = useCallback(() => dispatch({ type: 'close' }), [])

  const isInside = (annotationId: string, target: unknown) =>
    target instanceof Node &&
    (card.current?.contains(target) || phrases.current.get(annotationId)?.contains(target))

  useEffect(() => {
    if (!openId) return
    const onPointerDown = (event: Event) => {
      if (!isInside(openId, event.target)) close()
    }
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return
      const focusWasInCard = card.current?.contains(document.activeElement)
      close()
      if (focusWasInCard) focusPhrase(openId)
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [openId, close, focusPhrase])

  /** A card opened by focus, click or link closes once focus has moved past phrase and card. */
  const onFocusLeaving = (event: FocusEvent) => {
    if (openId && openedBy !== 'hover' && event.relatedTarget instanceof Node) {
      if (!isInside(openId, event.relatedTarget)) close()
    }
  }

  const phraseProps = (annotationId: string) => ({
    ref: (element: HTMLElement | null) => {
      if (element) phrases.current.set(annotationId, element)
      return () => {
        phrases.current.delete(annotationId)
      }
    },
    'aria-haspopup': 'dialog' as const,
    'aria-expanded': openId === annotationId,
    'aria-controls': openId === annotationId ? CARD_ID : undefined,
    onPointerEnter: (event: PointerEvent) => {
      if (!isTouch(event)) dispatch({ type: 'pointer-enter-phrase', annotationId })
    },
    onPointerLeave: (event: PointerEvent) => {
      if (!isTouch(event)) dispatch({ type: 'pointer-leave-phrase' })
    },
    onPointerDown: () => {
      pressed.current = true
    },
    onFocus: () => {
      const byPointer = pressed.current
      pressed.current = false
      if (!byPointer && !movingFocus.current) {
        dispatch({ type: 'open', annotationId, by: 'focus' })
      }
    },
    onClick: () => {
      pressed.current = false
      dispatch({ type: 'activate', annotationId })
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        // A button's own keys; preventDefault also stops Space from scrolling the page.
        event.preventDefault()
        dispatch({ type: 'activate', annotationId })
        return
      }
      const first = card.current && tabbablesIn(card.current)[0]
      if (event.key === 'Tab' && !event.shiftKey && openId === annotationId && first) {
        event.preventDefault()
        first.focus()
      }
    },
    onBlur: onFocusLeaving,
  })

  const cardProps = {
    id: CARD_ID,
    ref: (element: HTMLElement | null) => {
      card.current = element
    },
    onPointerEnter: (event: PointerEvent) => {
      if (!isTouch(event)) dispatch({ type: 'pointer-enter-card' })
    },
    onPointerLeave: (event: PointerEvent) => {
      if (!isTouch(event)) dispatch({ type: 'pointer-leave-card' })
    },
    onKeyDown: (event: KeyboardEvent) => {
      const phrase = openId ? phrases.current.get(openId) : undefined
      if (event.key !== 'Tab' || !card.current || !phrase) return
      const controls = tabbablesIn(card.current)
      if (event.shiftKey && event.target === controls[0]) {
        event.preventDefault()
        focusPhrase(openId as string)
      } else if (!event.shiftKey && event.target === controls.at(-1)) {
        // Past the card's last control, reading continues after the phrase.
        const next = tabbableAfter(phrase, card.current)
        if (next) {
          event.preventDefault()
          close()
          next.focus()
        }
      }
    },
    onBlur: onFocusLeaving,
  }

  /** Close from the card's button: focus goes back to the phrase it belongs to. */
  const closeAndReturnFocus = () => {
    if (openId) focusPhrase(openId)
    close()
  }

  /** Scrolls a phrase into view, focuses it and opens its card (index links, #hash on load). */
  const reveal = useCallback(
    (annotationId: string) => {
      const phrase = phrases.current.get(annotationId)
      if (!phrase) return false
      phrase.scrollIntoView?.({
        block: 'center',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      })
      focusPhrase(annotationId, { preventScroll: true })
      dispatch({ type: 'open', annotationId, by: 'link' })
      return true
    },
    [focusPhrase],
  )

  const phraseElement = useCallback((annotationId: string) => phrases.current.get(annotationId), [])

  return { openId, phraseProps, cardProps, close, closeAndReturnFocus, reveal, phraseElement }
}

export type AnnotationCardControls = ReturnType<typeof useAnnotationCard>
