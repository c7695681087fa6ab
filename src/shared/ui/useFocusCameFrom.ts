import { useCallback, useRef, type FocusEvent } from 'react'

/** Whether the browser shows the focus ring, as it does when the keyboard moved the focus. */
function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible')
  } catch {
    // A browser (or test DOM) that does not know the selector: treated as a pointer's focus.
    return false
  }
}

function isOnScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect()
  const height = element.ownerDocument.defaultView?.innerHeight ?? 0
  return bottom > 0 && top < height
}

/**
 * Remembers where the keyboard's focus was before it came into a region (`onFocus` goes on the
 * region), so that the focus can go back there when the region goes: a keyboard reader who Tabbed
 * into it from the end of the story is put back at the end of the story, not sent to its top by
 * the next Tab. Only focus that the keyboard brought counts: a pointer's press focuses what it
 * lands on, and the element that had the focus before (a phrase clicked a while ago) is not where
 * that reader is.
 */
export function useFocusCameFrom() {
  const cameFrom = useRef<HTMLElement | null>(null)

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget
    if (from instanceof Node && event.currentTarget.contains(from)) return
    cameFrom.current = from instanceof HTMLElement && isKeyboardFocus(event.target) ? from : null
  }, [])

  /**
   * Puts the focus back where it came from, if that element is still on screen and can take it;
   * false if not. Off screen, the reader has moved on since (a screen reader's cursor moves
   * without the focus), and going back would scroll the page away from them.
   */
  const returnFocus = useCallback((): boolean => {
    const element = cameFrom.current
    cameFrom.current = null
    if (!element?.isConnected || !isOnScreen(element)) return false
    element.focus()
    return element.ownerDocument.activeElement === element
  }, [])

  return { onFocus, returnFocus }
}
