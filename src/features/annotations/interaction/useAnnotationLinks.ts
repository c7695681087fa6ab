import { useCallback, useEffect, useEffectEvent, useRef, useSyncExternalStore } from 'react'
import { annotationHash, annotationIdFromHash } from './annotationHash'
import { linkEntryOf, stateLeavingFor, stateOfLinkEntry, type LinkEntry } from './linkHistory'

/**
 * Whether any of the element shows in the window. One not in the page yet counts: a client render
 * marks its phrase later, and with no HTML to scroll to, the reader has not moved on from it.
 */
function isInWindow(element: HTMLElement | null): boolean {
  if (!element) return true
  const { top, bottom } = element.getBoundingClientRect()
  return top < window.innerHeight && bottom >= 0
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

interface AnnotationLinkOptions {
  /** Makes sure the annotation's phrase is shown; false when it cannot be (unknown id). */
  ensureShown: (annotationId: string) => boolean
  reveal: (annotationId: string) => boolean
  /**
   * Closes the card: the address moved on. Any focus in it has gone already: a browser takes the
   * focus from where it was as it follows a link within the page, before the hashchange event.
   */
  close: () => void
  /**
   * Back or Forward to an entry without an #id that following an index link made (the one the
   * reader first followed a link from): given the link followed from there, if any, and the
   * scroll to put back. Entries with an #id go to its phrase, as any change of the #id does.
   */
  onReturn: (entry: LinkEntry) => void
}

/**
 * Opens the card a link names: the #id in the address on load (after hydration: the server sees
 * no hash) or when it changes, and the index's links, which also put the #id in the address so it
 * can be shared, in an entry of its own that Back leaves.
 */
export function useAnnotationLinks({
  ensureShown,
  reveal,
  close,
  onReturn,
}: AnnotationLinkOptions) {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  )
  const handledHash = useRef('')
  const seenHash = useRef(hash)
  // The #id the page had as the app started: on load, or a link followed while it started. Read
  // from the address, not `hash`, which is the server's (none) until hydration is done.
  const startHash = useRef<string>(undefined)
  const onReturnEvent = useEffectEvent(onReturn)
  const closeEvent = useEffectEvent(close)

  // An entry with no #id has no hashchange of its own to act on: the one a reader followed index
  // links from is where Back ends up at last.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const entry = linkEntryOf(event.state)
      const { hash } = window.location
      if (!entry || annotationIdFromHash(hash)) return
      handledHash.current = hash
      // Back to the browser's own, for a reload from here.
      window.history.scrollRestoration = 'auto'
      onReturnEvent(entry)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  // A new #id, or none, that this page did not put there (typed, followed, or Back or Forward)
  // closes the card: left open, it stood by a phrase the page had moved away from, under an address
  // that named another annotation or none. One that names an annotation then opens its own, even
  // the one handled last (Back from #bogus to it). The first #id read after hydration counts as
  // new too, with no card open yet.
  useEffect(() => {
    if (hash === seenHash.current) return
    seenHash.current = hash
    if (hash === handledHash.current) return
    handledHash.current = ''
    closeEvent()
  }, [hash])

  useEffect(() => {
    startHash.current ??= window.location.hash
    const annotationId = annotationIdFromHash(hash)
    if (!annotationId || handledHash.current === hash) return
    // The browser took the reader to it before the app started. One who has scrolled it out of the
    // window since is left where they are: on a slow start, the app scrolled back and took the
    // focus 15 s after a link followed from the list, from the link the reader had moved on to.
    if (hash === startHash.current) {
      startHash.current = ''
      if (!isInWindow(document.getElementById(annotationId))) {
        handledHash.current = hash
        return
      }
    }
    // A switched-off kind is switched back on first; the reveal runs on the render that shows it.
    if (ensureShown(annotationId) && reveal(annotationId)) handledHash.current = hash
  }, [hash, ensureShown, reveal])

  const followLink = useCallback(
    (annotationId: string) => {
      const hash = annotationHash(annotationId)
      // A new entry, as a link within a page makes, unless the address names it already: Back
      // goes back through the links followed, and then to where the reader followed the first.
      if (window.location.hash !== hash) {
        const { state } = window.history
        window.history.replaceState(stateLeavingFor(state, annotationId, window.scrollY), '')
        // The entry left puts its scroll back by hand (onReturn): the browser did so after the
        // focus had gone to the link, and could leave it behind the appeal docked meanwhile.
        window.history.scrollRestoration = 'manual'
        window.history.pushState(stateOfLinkEntry(), '', hash)
        window.history.scrollRestoration = 'auto'
      }
      handledHash.current = hash
      reveal(annotationId)
    },
    [reveal],
  )

  /**
   * Takes the #id out of the address once the reader hides what it names: left there, a reload
   * would follow the link again and switch back on what the reader had just switched off.
   */
  const dropLinkIfHidden = useCallback((isHidden: (annotationId: string) => boolean) => {
    const annotationId = annotationIdFromHash(window.location.hash)
    if (!annotationId || !isHidden(annotationId)) return
    const { pathname, search } = window.location
    window.history.replaceState(window.history.state, '', pathname + search)
    handledHash.current = ''
  }, [])

  return { followLink, dropLinkIfHidden }
}
