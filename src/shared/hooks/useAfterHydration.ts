import { startTransition, useEffect, useState } from 'react'

/**
 * False while the prerendered page hydrates; true in a later render of its own, which React may
 * pause for the reader's input. Work the first paint never needed (the appeal banner) waits for
 * it, so it does not lengthen hydration's tasks.
 */
export function useAfterHydration(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    startTransition(() => setHydrated(true))
  }, [])
  return hydrated
}
