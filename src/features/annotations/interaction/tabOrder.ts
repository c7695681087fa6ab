/** What the page has that Tab visits (no select or textarea: the JS budget counts every byte). */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  '[tabindex]',
].join(',')

/** Elements under `root` that Tab visits, in document order (the page uses no positive tabindex). */
export function tabbablesIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.closest('[hidden],[inert]'),
  )
}

/**
 * The element Tab reaches after `from` in the page, leaving out everything inside `skip` (the
 * card, which sits after its phrase's paragraph but is visited right after the phrase).
 */
export function tabbableAfter(from: HTMLElement, skip: Element | null): HTMLElement | undefined {
  const order = tabbablesIn(from.ownerDocument).filter(
    (element) => element === from || !skip?.contains(element),
  )
  const index = order.indexOf(from)
  return index === -1 ? undefined : order[index + 1]
}

/**
 * Focuses a control in the card and scrolls only the card, if it scrolls, to show it. Floating UI
 * keeps the card inside the window, over the docked appeal where the window is short; the browser
 * takes a control there for one hidden behind the dock, and scrolled the page to it, by up to
 * 235 px at 320 × 568, taking the phrase off screen. Measured in layout offsets, which the card's
 * opening animation (a scale) does not change.
 */
export function focusInCard(card: HTMLElement, control: HTMLElement): void {
  control.focus({ preventScroll: true })
  let top = 0
  for (let element: Element | null = control; element instanceof HTMLElement && element !== card;) {
    top += element.offsetTop
    element = element.offsetParent
  }
  // With the card's own padding round it, as at either end of the card; offsets are rounded to
  // whole pixels, and the padding also covers what that rounding may cut off.
  const { paddingTop, paddingBottom } = getComputedStyle(card)
  const from = top - parseFloat(paddingTop)
  const to = top + control.offsetHeight + parseFloat(paddingBottom)
  if (to > card.scrollTop + card.clientHeight) card.scrollTop = to - card.clientHeight
  else if (from < card.scrollTop) card.scrollTop = from
  // The card follows its phrase: scrolled off screen with it (by the arrow keys), it is brought
  // back as far as it takes.
  const { top: shownTop, bottom: shownBottom } = control.getBoundingClientRect()
  const view = card.ownerDocument.defaultView
  if (view && (shownTop < 0 || shownBottom > view.innerHeight)) {
    control.scrollIntoView?.({ block: 'nearest' })
  }
}
