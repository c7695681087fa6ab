import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * Calls `onRemovedWithFocus` when the component goes while the focus is in its element: the
 * browser would drop the focus on the body, and a screen reader and the next Tab would start again
 * from the top of the page. It runs in a layout effect's clean-up, while the element and what is
 * around it are still in the page: where the focus was can still be asked, and where it should go.
 * `scope: 'parent'` watches the element's parent, for a part that goes with the whole it sits in.
 */
export function useRemovedWithFocus(
  ref: RefObject<HTMLElement | null>,
  onRemovedWithFocus: (element: HTMLElement) => void,
  scope: 'element' | 'parent' = 'element',
): void {
  // The latest callback, read as the component goes: a new one each render must not count as the
  // component going (an effect with it as a dependency would run its clean-up on every change).
  const latest = useRef(onRemovedWithFocus)
  useLayoutEffect(() => {
    latest.current = onRemovedWithFocus
  })
  // In development, StrictMode runs a new component's clean-ups once right after its first
  // effects, removing nothing; a component that takes the focus as it comes would read that as
  // going with it. That rehearsal runs in the same turn as the passive effects, so there a clean-up
  // counts only once a microtask has passed since them. Production builds have no rehearsal, and
  // count every clean-up: a removal rendered in the same task as the effects is not missed.
  const settled = useRef(false)
  useEffect(() => {
    if (!import.meta.env.DEV) return
    queueMicrotask(() => {
      settled.current = true
    })
  }, [])
  useLayoutEffect(() => {
    const element = scope === 'parent' ? ref.current?.parentElement : ref.current
    return () => {
      const counts = !import.meta.env.DEV || settled.current
      if (counts && element?.contains(element.ownerDocument.activeElement)) latest.current(element)
    }
  }, [ref, scope])
}
