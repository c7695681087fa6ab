import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'
import { annotationHash, annotationIdFromHash } from './annotationHash'

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

interface AnnotationLinkOptions {
  /** Makes sure the annotation's phrase is shown; false when it cannot be (unknown id). */
  ensureShown: (annotationId: string) => boolean
  reveal: (annotationId: string) => boolean
}

/**
 * Opens the card a link names: the #id in the address on load (after hydration: the server sees
 * no hash) or when it changes, and the index's links, which also put the #id in the address so it
 * can be shared.
 */
export function useAnnotationLinks({ ensureShown, reveal }: AnnotationLinkOptions) {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  )
  const handledHash = useRef('')

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
      window.history.replaceState(window.history.state, '', hash)
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
