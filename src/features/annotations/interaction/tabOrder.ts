const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
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
 * card, which sits elsewhere in the DOM but is visited right after its phrase).
 */
export function tabbableAfter(from: HTMLElement, skip: Element | null): HTMLElement | undefined {
  const order = tabbablesIn(from.ownerDocument).filter(
    (element) => element === from || !skip?.contains(element),
  )
  const index = order.indexOf(from)
  return index === -1 ? undefined : order[index + 1]
}
