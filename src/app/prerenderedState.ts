import type { DehydratedState } from '@tanstack/react-query'

/** The id of the `<script type="application/json">` that carries the prerendered query cache. */
export const PRERENDERED_STATE_ID = 'prerendered-state'

/** JSON is not executed, so it passes a CSP without 'unsafe-inline'; `<` is escaped so the text cannot close the tag. */
export function serializeState(state: DehydratedState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c')
}

export function readPrerenderedState(doc: Document): DehydratedState | undefined {
  const text = doc.getElementById(PRERENDERED_STATE_ID)?.textContent
  if (!text) return undefined
  try {
    return JSON.parse(text) as DehydratedState
  } catch {
    // A damaged cache only costs a fetch: the app loads the documents itself.
    return undefined
  }
}
