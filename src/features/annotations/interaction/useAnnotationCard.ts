import {
  useCallback,
  useEffect,
  useReducer,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react'
import { dockTop } from '../../../shared/ui/dock'
import { cardReducer, closedCard } from './cardState'
import { focusInCard, tabbableAfter, tabbablesIn } from './tabOrder'

/** The one card's element id: phrases point at it with aria-controls while it is open. */
export const CARD_ID = 'annotation-card'

/** What makes an element in the text a phrase: it opens the card (see AnnotationPhrase). */
const PHRASE_SELECTOR = '[aria-haspopup="dialog"]'

const isTouch = (event: PointerEvent) => event.pointerType === 'touch'

/** Whether the element shows whole in the window, above what the page docks at its foot. */
function isWhollyInViewAboveDock(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect()
  return top >= 0 && bottom <= dockTop(element.ownerDocument)
}

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
  const textElement = useRef<HTMLDivElement | null>(null)
  const card = useRef<HTMLElement | null>(null)
  // Focus opens a card only when Tab brought it. A screen reader's reading cursor moves the focus
  // onto each phrase it passes (Orca's browse mode): Orca then read out, in the middle of the story,
  // each card that opened. A press focuses the phrase that its click then opens; the focus this
  // hook moves back from a card, or to a linked phrase, finds its card open or opens it itself.
  const tabKeyDown = useRef(false)
  // The phrase the mouse last moved onto, until it leaves it: a hover is one visit, not each move.
  const hovered = useRef<HTMLElement | null>(null)

  // Captured on the document, so that it is noted before the card's own Tab handler moves the focus
  // on to the next phrase. Forgotten when the window loses the focus: Tab out of the page sends its
  // keyup elsewhere, and a screen reader's keys then reach the page no more to clear it.
  useEffect(() => {
    const noteTabKey = (event: Event) => {
      tabKeyDown.current =
        event.type === 'keydown' && (event as globalThis.KeyboardEvent).key === 'Tab'
    }
    document.addEventListener('keydown', noteTabKey, true)
    document.addEventListener('keyup', noteTabKey, true)
    window.addEventListener('blur', noteTabKey)
    return () => {
      document.removeEventListener('keydown', noteTabKey, true)
      document.removeEventListener('keyup', noteTabKey, true)
      window.removeEventListener('blur', noteTabKey)
    }
  }, [])

  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(() => dispatch({ type: 'timer-elapsed' }), pending.delayMs)
    return () => clearTimeout(timer)
  }, [pending])

  // Looked up among this text's phrases, not the whole page's ids: an annotation id may equal
  // another element's ("main"), and a switched-off phrase is a plain span with the same id.
  const phraseElement = useCallback(
    (annotationId: string) =>
      textElement.current?.querySelector<HTMLElement>(
        `[id="${CSS.escape(annotationId)}"]${PHRASE_SELECTOR}`,
      ) ?? undefined,
    [],
  )

  // Back from its card: a phrase in view stays where the reader sees it. Focus alone scrolls to
  // leave the room a phrase keeps for its card (annotations.css): Close moved the page 114–260 px.
  const returnFocus = useCallback(
    (annotationId: string) => {
      const phrase = phraseElement(annotationId)
      phrase?.focus({ preventScroll: isWhollyInViewAboveDock(phrase) })
    },
    [phraseElement],
  )

  const close = useCallback(() => dispatch({ type: 'close' }), [])

  const isInside = useCallback(
    (annotationId: string, target: unknown) =>
      target instanceof Node &&
      (card.current?.contains(target) || phraseElement(annotationId)?.contains(target)),
    [phraseElement],
  )

  useEffect(() => {
    if (!openId) return
    // A press outside closes any card; a focus outside, one that hover did not open. Watched on the
    // document, not as the phrase's or card's blur: a blur out of the page must leave the card, as
    // the focus may come back to it, and when the focus came back elsewhere instead (Shift+Tab past
    // the page's start, then on round to the appeal), nothing blurred, and the card stayed open
    // over the headline.
    const onOutside = (event: Event) => {
      if (!isInside(openId, event.target)) close()
    }
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return
      const focusWasInCard = card.current?.contains(document.activeElement)
      close()
      if (focusWasInCard) returnFocus(openId)
    }
    document.addEventListener('pointerdown', onOutside)
    // Captured, so that it closes this card before the focus opens the next phrase's: React listens
    // on its root, below the document.
    if (openedBy !== 'hover') document.addEventListener('focusin', onOutside, true)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onOutside)
      document.removeEventListener('focusin', onOutside, true)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [openId, openedBy, close, returnFocus, isInside])

  const phraseOf = (target: EventTarget | null) => {
    const phrase = target instanceof Element ? target.closest(PHRASE_SELECTOR) : null
    return phrase instanceof HTMLElement && textElement.current?.contains(phrase) ? phrase : null
  }
  // Focus and keys concern the phrase only when it is their target, not something inside it.
  const phraseIfTarget = (target: EventTarget | null) => {
    const phrase = phraseOf(target)
    return phrase === target ? phrase : null
  }

  /**
   * One set of handlers on the element that holds the text, for every phrase in it: a phrase then
   * costs a render no more than a span with a few attributes, however many the article has.
   */
  const textProps = {
    ref: textElement,
    // Hover begins with a move of the mouse onto a phrase, not with pointerover, which Chromium
    // also sends, with no move, when the page scrolls a phrase under a pointer at rest: after a
    // link followed by keyboard, that phrase's card took the place of the link's.
    onPointerMove: (event: PointerEvent) => {
      const phrase = phraseOf(event.target)
      if (isTouch(event) || phrase === hovered.current) return
      hovered.current = phrase
      if (!phrase) return
      // A card the keyboard's focus is in stays: swapped for the hovered phrase's, it took the focus
      // with it. A link clicked in the card keeps a focus that does not show, and holds nothing.
      const holdsFocus = !!card.current?.querySelector(':focus-visible')
      // A button held down drags a selection across the text: it reads nothing on its way, and a
      // card it opened would take the selection begun in the card before it.
      if (!holdsFocus && !event.buttons) {
        dispatch({ type: 'pointer-enter-phrase', annotationId: phrase.id })
      }
    },
    // Left by the element, not by what it is now: a phrase switched off under the pointer is the
    // same span, no longer a phrase; leaving it still ends the visit, and its card's wait.
    onPointerOut: (event: PointerEvent) => {
      if (isTouch(event) || event.target !== hovered.current) return
      hovered.current = null
      dispatch({ type: 'pointer-leave-phrase' })
    },
    onFocus: (event: FocusEvent) => {
      const phrase = phraseIfTarget(event.target)
      if (phrase && tabKeyDown.current) {
        dispatch({ type: 'open', annotationId: phrase.id, by: 'focus' })
      }
    },
    onClick: (event: MouseEvent) => {
      const phrase = phraseOf(event.target)
      if (phrase) dispatch({ type: 'activate', annotationId: phrase.id })
    },
    onKeyDown: (event: KeyboardEvent) => {
      const phrase = phraseIfTarget(event.target)
      if (!phrase) return
      const annotationId = phrase.id
      if (event.key === 'Enter' || event.key === ' ') {
        // A button's own keys; preventDefault also stops Space from scrolling the page.
        event.preventDefault()
        dispatch({ type: 'activate', annotationId })
        return
      }
      const first = card.current && tabbablesIn(card.current)[0]
      if (event.key === 'Tab' && !event.shiftKey && openId === annotationId && first) {
        event.preventDefault()
        // Hidden with its phrase under the docked appeal (AnnotationCard), the card could take no
        // focus, and Tab did nothing: the phrase comes back above the appeal, and its card with it.
        phrase.scrollIntoView?.({ block: 'nearest' })
        const shown = card.current as HTMLElement
        shown.style.visibility = ''
        focusInCard(shown, first)
      }
    },
  }

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
    onPointerDown: () => dispatch({ type: 'press-in-card' }),
    onKeyDown: (event: KeyboardEvent) => {
      const phrase = openId ? phraseElement(openId) : undefined
      if (event.key !== 'Tab' || !card.current || !phrase) return
      const controls = tabbablesIn(card.current)
      const at = controls.indexOf(event.target as HTMLElement)
      if (event.shiftKey && at === 0) {
        event.preventDefault()
        returnFocus(openId as string)
      } else if (!event.shiftKey && at === controls.length - 1) {
        // Past the card's last control, reading continues after the phrase.
        const next = tabbableAfter(phrase, card.current)
        if (next) {
          event.preventDefault()
          close()
          next.focus()
        }
      } else if (at !== -1) {
        event.preventDefault()
        focusInCard(card.current, controls[at + (event.shiftKey ? -1 : 1)] as HTMLElement)
      }
    },
  }

  /** Close from the card's button: focus goes back to the phrase it belongs to. */
  const closeAndReturnFocus = () => {
    if (openId) returnFocus(openId)
    close()
  }

  /** Scrolls a phrase into view, focuses it and opens its card (index links, #hash on load). */
  const reveal = useCallback(
    (annotationId: string) => {
      const phrase = phraseElement(annotationId)
      if (!phrase) return false
      // To the top of the room it keeps above it (30vh in annotations.css; less under the appeal's
      // open message, in the app's index.css), with its card below it in the rest of the window.
      // Centred, before the appeal came, a phone left the card 346 px of its 443 on either side
      // (360 × 740), and it scrolled inside itself.
      phrase.scrollIntoView?.({
        block: 'start',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      })
      phrase.focus({ preventScroll: true })
      dispatch({ type: 'open', annotationId, by: 'link' })
      return true
    },
    [phraseElement],
  )

  return {
    openId,
    textProps,
    cardProps,
    close,
    closeAndReturnFocus,
    reveal,
    phraseElement,
    // A card the pointer holds open stands in the Tab order after its paragraph, wherever the
    // keyboard's focus is: Tab and Shift+Tab passed through it, skipping phrases, and the focus
    // fell to the page when the pointer left. Tab to its phrase, or a press, makes it tabbable.
    outOfTabOrder: openedBy === 'hover',
  }
}

export type AnnotationCardControls = ReturnType<typeof useAnnotationCard>
