/**
 * What the page keeps docked over the window's foot (the appeal), as it declares it: the root's
 * scroll-padding. An empty dock still declares 1 px (the appeal's reserveSpace.ts).
 */
export function dockedHeight(doc: Document): number {
  return parseFloat(getComputedStyle(doc.documentElement).scrollPaddingBottom) || 0
}

/** Where the dock begins, down the window: what lies below it is under the appeal, out of view. */
export function dockTop(doc: Document): number {
  return window.innerHeight - dockedHeight(doc)
}
