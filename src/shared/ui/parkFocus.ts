/**
 * Puts the focus on a region that Tab does not stop at, such as the page's <main>, when what had
 * it goes away: a screen reader then goes on from there rather than from nowhere (the body). The
 * tabindex that lets the region hold the focus lasts until the focus leaves it or the reader
 * presses a pointer. Left on, a click anywhere in the region's text focused the region, and the
 * next Tab went to its first control at the top of the page instead of on from the click.
 */
export function parkFocus(region: HTMLElement | null, options?: FocusOptions): void {
  if (!region) return
  const doc = region.ownerDocument
  const release = () => {
    region.removeAttribute('tabindex')
    region.removeEventListener('blur', onBlur)
    doc.removeEventListener('pointerdown', release, true)
  }
  // Leaving the window blurs the region too, and the focus is still there on the way back.
  const onBlur = () => {
    if (doc.hasFocus()) release()
  }
  region.setAttribute('tabindex', '-1')
  region.addEventListener('blur', onBlur)
  doc.addEventListener('pointerdown', release, true)
  region.focus(options)
  if (doc.activeElement !== region) release()
}
