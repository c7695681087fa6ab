import { parkFocus } from '../shared/ui/parkFocus'

/**
 * The page's own notice that the app is taking long to start (index.html, shown by the stylesheet
 * alone), and the space kept for it at the page's end: both go once the app starts, or once the
 * boot script says why it could not. Removed together with the app's own first changes to the page,
 * so that the browser lays the page out again once for all of them.
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
