/**
 * What the page docks over the window's foot (the appeal), and how the rest of the page learns of
 * it: the dock declares its height as the root's scroll-padding, which the browser itself uses to
 * keep what it scrolls into view above the dock, and which a card reads to stay clear of it.
 */

/**
 * Keeps the end of the page reachable above the fixed dock: the dock's height becomes padding at
 * the very bottom of the page, and space growing below everything moves nothing (no layout shift).
 * A ref callback: returns the cleanup React 19 calls when the dock goes.
 *
 * The padding is set on the two elements that need it, not through an inherited custom property:
 * a change to one of those on the root restyles every element of the page.
 */
export function reserveSpaceBelowPage(dock: HTMLElement | null): (() => void) | undefined {
  if (!dock || typeof ResizeObserver === 'undefined') return undefined
  const { documentElement: root, body } = dock.ownerDocument
  const observer = new ResizeObserver(() => {
    // Rounded up, and a pixel more: the browser scrolls in whole pixels, so a paragraph scrolled
    // to its end can stop a fraction of a pixel lower than asked (0.28 px under a 250.97 px dock).
    // So an empty dock still declares 1 px.
    const space = `${Math.ceil(dock.getBoundingClientRect().height) + 1}px`
    body.style.paddingBottom = space
    root.style.scrollPaddingBottom = space
  })
  observer.observe(dock)
  return () => {
    observer.disconnect()
    body.style.removeProperty('padding-bottom')
    root.style.removeProperty('scroll-padding-bottom')
  }
}

/** The height the dock declares: 0 with no dock, and 1 px for an empty one (see above). */
export function dockedHeight(doc: Document): number {
  return parseFloat(getComputedStyle(doc.documentElement).scrollPaddingBottom) || 0
}

/** Where the dock begins, down the window: what lies below it is under the dock, out of view. */
export function dockTop(doc: Document): number {
  return window.innerHeight - dockedHeight(doc)
}
