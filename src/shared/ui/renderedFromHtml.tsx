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

const WritingHtmlContext = createContext(false)

/**
 * Marks the prerender itself. What it writes is also the whole page for a reader without
 * JavaScript, so a control that only the script can work may be written inert there, and made live
 * just before hydration, which must then find it as the client renders it.
 */
export const WritingHtml = WritingHtmlContext.Provider

/** Whether this render writes the prerendered HTML (and is not the hydration of it). */
export function useWritingHtml(): boolean {
  return useContext(WritingHtmlContext)
}
