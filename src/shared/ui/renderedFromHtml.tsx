import { createContext, useContext } from 'react'

const RenderedFromHtmlContext = createContext(false)

/**
 * Marks a tree whose first render must be the whole page at once: the prerender, which writes
 * the HTML, and the hydration that has to match it. A client render from nothing is not marked,
 * so a feature may spread what lies below the first screen over later renders.
 */
export const RenderedFromHtml = RenderedFromHtmlContext.Provider

/** Whether this tree's first render produces or hydrates prerendered HTML. */
export function useRenderedFromHtml(): boolean {
  return useContext(RenderedFromHtmlContext)
}
