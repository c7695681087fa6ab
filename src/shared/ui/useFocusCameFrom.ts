import { useCallback, useRef, type FocusEvent } from 'react'

function isOnScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect()
  const height = element.ownerDocument.defaultView?.innerHeight ?? 0
  return bottom > 0 && top < height
}

const isOutside = (region: Element, target: unknown): target is Node =>
  target instanceof Node && !region.contains(target)

/**
 * Remembers where the keyboard's focus was before it came into a region (the handlers go on the
 * region), so that the focus can go back there when the region goes: a keyboard reader who Tabbed
 * into it from the end of the story is put back at the end of the story, not sent to its top by
 * the next Tab. Only focus that the keyboard brought counts (the browser then shows its ring): a
 * pointer's press focuses what it lands on, and what had the focus before (a phrase clicked a
 * while ago) is not where that reader is.
 */
export function useFocusCameFrom() {
  const cameFrom = useRef<HTMLElement | null>(null)

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget
    // From nowhere: the control that had it went (the banner made way for its notice), and the
    // reader is still where they were.
    if (!isOutside(event.currentTarget, from)) return
    cameFrom.current =
      from instanceof HTMLElement && event.target.matches(':focus-visible') ? from : null
  }, [])

  /** Gone back out to the page, or to a pointer: what it came from is no longer where they are. */
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (isOutside(event.currentTarget, event.relatedTarget)) cameFrom.current = null
  }, [])
  const onPointerDown = useCallback(() => {
    cameFrom.current = null
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
    element.focus({ preventScroll: true })
    return element.ownerDocument.activeElement === element
  }, [])

  return { handlers: { onFocus, onBlur, onPointerDown }, returnFocus }
}
