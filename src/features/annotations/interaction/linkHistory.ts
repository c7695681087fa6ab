/**
 * The history entries that following an index link makes, so that Back returns to the index as it
 * does from any link within a page. The entry the reader leaves names the link they followed from
 * it, and where the page was scrolled; the entry pushed for the link is marked too. Other code's
 * state on an entry is kept.
 */
const KEY = 'annotationLink'

export interface LinkEntry {
  /** The annotation whose index link the reader followed from this entry, if they did. */
  followedFrom: string | null
  /** The page's scroll as the reader followed it, put back by hand on returning. */
  scrollY: number | null
}

function asRecord(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {}
}

/** The state of the entry the reader leaves, by following the index link to `annotationId`. */
export function stateLeavingFor(
  state: unknown,
  annotationId: string,
  scrollY: number,
): Record<string, unknown> {
  return { ...asRecord(state), [KEY]: { followedFrom: annotationId, scrollY } satisfies LinkEntry }
}

/** The state of the entry that following an index link pushes. */
export function stateOfLinkEntry(): Record<string, unknown> {
  return { [KEY]: { followedFrom: null, scrollY: null } satisfies LinkEntry }
}

/** What an entry's state says of links followed, or null for an entry they did not make. */
export function linkEntryOf(state: unknown): LinkEntry | null {
  const record = asRecord(state)
  if (!(KEY in record)) return null
  const { followedFrom, scrollY } = asRecord(record[KEY])
  return {
    followedFrom: typeof followedFrom === 'string' ? followedFrom : null,
    scrollY: typeof scrollY === 'number' && Number.isFinite(scrollY) ? scrollY : null,
  }
}
