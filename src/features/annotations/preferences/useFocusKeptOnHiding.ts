import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import { switchThatHid, type AnnotationPreferences } from './preferences'
import { useChoiceFromAnotherTab } from './useAnnotationPreferences'

/**
 * Whether the focus can still be on the element: in the page, enabled, and focusable (a switched-off
 * phrase is the same span without its tabindex).
 */
function canHoldFocus(element: HTMLElement): boolean {
  if (!element.isConnected) return false
  if (element instanceof HTMLInputElement) return !element.disabled
  return element.tabIndex >= 0 || element.hasAttribute('tabindex')
}

/**
 * The element had the focus, the change took it away, and nothing else has it since: the browser
 * moves it to the page's body, or may leave it on a switch that is now disabled.
 */
function isFocusLost(focused: Element | null): focused is HTMLElement {
  if (!(focused instanceof HTMLElement) || focused === document.body) return false
  const now = document.activeElement
  return !canHoldFocus(focused) && (now === null || now === document.body || now === focused)
}

/**
 * A switch can hide what the focus is on: a phrase, its card, an index link, or a kind's switch
 * that the master switch then disables. That happens when another tab switches, or when a screen
 * reader flips a switch here without moving the focus to it. Left to the browser, the focus falls
 * to the page's start, or stays on a disabled switch where keys do nothing, and a screen reader
 * loses its place. It goes instead to the switch that hid it, which says what changed and can undo
 * it. Returns what this tab's own switches call before a change.
 */
export function useFocusKeptOnHiding(
  preferences: AnnotationPreferences,
  legend: RefObject<HTMLElement | null>,
): () => void {
  const shownBefore = useRef(preferences)
  // Where the focus was as the change arrived, for the render that shows it; a change that
  // renders nothing new leaves it for no later one.
  const focusBeforeChange = useRef<Element | null>(null)
  const noteFocus = useCallback(() => {
    const focused = document.activeElement
    focusBeforeChange.current = focused
    setTimeout(() => {
      if (focusBeforeChange.current === focused) focusBeforeChange.current = null
    })
  }, [])

  useChoiceFromAnotherTab(noteFocus)

  useLayoutEffect(() => {
    const hidingSwitch = switchThatHid(shownBefore.current, preferences)
    const focused = focusBeforeChange.current
    shownBefore.current = preferences
    focusBeforeChange.current = null
    if (hidingSwitch && isFocusLost(focused)) {
      legend.current?.querySelector<HTMLElement>(`input[value="${hidingSwitch}"]`)?.focus()
    }
  }, [preferences, legend])

  return noteFocus
}
