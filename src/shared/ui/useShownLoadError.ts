import { useState } from 'react'

export interface ShownLoadError {
  error: unknown
  /** The reader has already tried again, and that failed too. */
  repeated: boolean
}

/** What the hook reads from a query's result. */
export interface LoadState {
  data: unknown
  error: unknown
  isFetching: boolean
}

/**
 * The failure to show for a load, if any: none while the query has data (a failed refetch leaves
 * what is shown alone), and kept while a retry runs. TanStack Query clears the error of a query
 * that has no data as soon as it fetches again: the message and its Retry button would vanish
 * under the reader's focus, and come back as a new message that a screen reader may not announce.
 * Kept until the retry settles, the same message stays, says "Retrying…", and then either gives
 * way to what loaded or says that it failed again.
 */
export function useShownLoadError({ data, error, isFetching }: LoadState): ShownLoadError | null {
  const [kept, setKept] = useState<{ error: unknown; failures: number } | null>(null)
  if (error != null && error !== kept?.error) {
    setKept({ error, failures: (kept?.failures ?? 0) + 1 })
  } else if (error == null && !isFetching && kept !== null) {
    setKept(null)
  }
  const shown = error ?? (isFetching ? kept?.error : undefined)
  if (shown == null || data !== undefined) return null
  return { error: shown, repeated: (kept?.failures ?? 1) > 1 }
}
