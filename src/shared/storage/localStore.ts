/**
 * localStorage that never throws. Private windows and strict privacy settings block it
 * (SecurityError on access), a full disk rejects writes (QuotaExceededError), and other code
 * can leave anything under a key; callers get a plain answer instead of an exception.
 */

export type WriteOutcome = 'saved' | 'blocked' | 'full'

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** The parsed JSON under `key`; undefined when absent, unreadable or not JSON. */
export function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key)
    return raw == null ? undefined : (JSON.parse(raw) as unknown)
  } catch {
    return undefined
  }
}

export function writeJson(key: string, value: unknown): WriteOutcome {
  const store = storage()
  if (!store) return 'blocked'
  const json = JSON.stringify(value)
  try {
    store.setItem(key, json)
    if (store.getItem(key) === json) return 'saved'
  } catch (error) {
    if (isQuotaError(error)) return 'full'
  }
  // Some privacy settings let a page write but not read back (getItem throws). What it cannot read
  // back counts as not kept (the caller holds it in memory for the visit) and is taken out again,
  // so that it cannot apply unannounced once reads are allowed.
  removeKey(key)
  return 'blocked'
}

export function removeKey(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/**
 * Calls `onChange` when another tab changes `key` (the browser fires `storage` only in the
 * other tabs), or clears all storage.
 */
export function subscribeToKey(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange()
  }
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}
