import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders its children only after the prerendered page has hydrated, in a render of their own
 * that React may pause for the reader's input. For what the first paint never needed (the appeal
 * banner): it stays out of the prerendered HTML and out of hydration's tasks, and its state lives
 * here, so the page around it does not render again.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    startTransition(() => setHydrated(true))
  }, [])
  return hydrated ? children : null
}
