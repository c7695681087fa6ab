import { parkFocus } from '../shared/ui/parkFocus'

/**
 * The page's own notice that the app is taking a long time to start (index.html, shown by the
 * stylesheet alone), and the space kept for it at the page's end: both go once the app starts, or
 * once the boot script says why it could not. Removed together with the app's own first changes
 * to the page, so that the browser lays the page out again once for all of them.
 */
export function removeStalledNotice(doc: Document): void {
  const notice = doc.getElementById('startup-stalled')
  // A reader on its Reload link keeps the focus in the page, on the story, not on nothing.
  if (notice?.contains(doc.activeElement)) {
    parkFocus(doc.getElementById('main'), { preventScroll: true })
  }
  notice?.remove()
  doc.getElementById('startup-stalled-space')?.remove()
}

/**
 * The notice's Reload link is written as `href=""`, which reloads the page without the address's
 * #fragment: a reader who came by a link to a phrase (/#tass) would lose its card. Once the boot
 * script runs (the app's own code may still be on its way), a plain click reloads the address as
 * it is, as the startup failure's Reload button does, and the link itself carries the address, for
 * a reader who opens it elsewhere (a middle click, a modifier, the context menu). Without the
 * script, the link still reloads.
 */
export function keepFragmentOnReload(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('#startup-stalled a')
  if (!link) return
  // Set as the reader reaches for it: the app may have changed the address since the page began.
  const carryAddress = () => {
    link.href = doc.location.href
  }
  link.addEventListener('pointerdown', carryAddress)
  link.addEventListener('focus', carryAddress)
  link.addEventListener('click', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    doc.defaultView?.location.reload()
  })
}
