const SPACE_PROPERTY = '--appeal-space'

/**
 * Keeps the end of the page reachable above the fixed dock: the dock's height becomes padding at
 * the very bottom of the page, and space growing below everything moves nothing (no layout shift).
 * A ref callback: returns the cleanup React 19 calls when the dock goes.
 */
export function reserveSpaceBelowPage(dock: HTMLElement | null): (() => void) | undefined {
  if (!dock || typeof ResizeObserver === 'undefined') return undefined
  const root = document.documentElement
  const observer = new ResizeObserver(() => {
    root.style.setProperty(SPACE_PROPERTY, `${dock.offsetHeight}px`)
  })
  observer.observe(dock)
  return () => {
    observer.disconnect()
    root.style.removeProperty(SPACE_PROPERTY)
  }
}
