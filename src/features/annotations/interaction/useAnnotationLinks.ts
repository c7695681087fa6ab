import { useCallback, useEffect, useEffectEvent, useRef, useSyncExternalStore } from 'react'
import { annotationHash, annotationIdFromHash } from './annotationHash'
import { leftForLink, linkEntryOf, pushedForLink } from './linkHistory'

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

interface AnnotationLinkOptions {
  /** Makes sure the annotation's phrase is shown; false when it cannot be (unknown id). */
  ensureShown: (annotationId: string) => boolean
  reveal: (annotationId: string) => boolean
  /**
   * Back or Forward to an entry that following an index link made: the card open closes. Given,
   * for the entry with no #id the reader first followed a link from, that link's annotation.
   */
  onReturn: (followedFrom: string | null) => void
}

/**
 * Opens the card a link names: the #id in the address on load (after hydration: the server sees
 * no hash) or when it changes, and the index's links, which also put the #id in the address so it
 * can be shared, in an entry of its own that Back leaves.
 */
export function useAnnotationLinks({ ensureShown, reveal, onReturn }: AnnotationLinkOptions) {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  )
  const handledHash = useRef('')
  const returned = useEffectEvent(onReturn)

  // Back or Forward through the entries that following links made, before the hashchange that
  // would follow an entry's #id again: the browser itself goes to the phrase an entry's #id names
  // (Chromium focuses it, which opens its card), or puts the page back where the reader first
  // followed a link from.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const entry = linkEntryOf(event.state)
      if (!entry) return
      const { hash } = window.location
      handledHash.current = hash
      returned(annotationIdFromHash(hash) ? null : entry.followedFrom)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  useEffect(() => {
    const annotationId = annotationIdFromHash(hash)
    if (!annotationId || handledHash.current === hash) return
    // A switched-off kind is switched back on first; the reveal runs on the render that shows it.
    if (ensureShown(annotationId) && reveal(annotationId)) handledHash.current = hash
  }, [hash, ensureShown, reveal])

  const followLink = useCallback(
    (annotationId: string) => {
      const hash = annotationHash(annotationId)
      handledHash.current = hash
      // A new entry, as a link within a page makes: Back returns to this link.
      window.history.replaceState(leftForLink(window.history.state, annotationId), '')
      window.history.pushState(pushedForLink(), '', hash)
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
