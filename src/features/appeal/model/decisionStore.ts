import { readJson, removeKey, subscribeToKey, writeJson } from '../../../shared/storage'
import type { WriteOutcome } from '../../../shared/storage'
import type { AppealChoice } from '../api/appealSchema'
import { DECISION_KEY, makeDecision, type AppealDecision } from './storedDecision'

export interface DecisionSnapshot {
  /** What the browser holds, unjudged: judging it needs the durations from the appeal document. */
  stored: unknown
  /** When the clock was read for this snapshot; re-read on every change and when the tab returns. */
  now: number
}

export interface DecisionStore {
  subscribe: (onChange: () => void) => () => void
  getSnapshot: () => DecisionSnapshot
  decide: (choice: AppealChoice) => { decision: AppealDecision; outcome: WriteOutcome }
  forget: () => void
  /** Reads the clock again: a decision may have run its course. */
  recheck: () => void
}

/**
 * The reader's decision as an external store for useSyncExternalStore: localStorage is the
 * record (and the channel to other tabs); a decision the browser refuses to store is kept in
 * memory, so it still holds for this page view.
 */
export function createDecisionStore(clock: () => number = () => Date.now()): DecisionStore {
  let keptInMemory: AppealDecision | null = null
  let snapshot: DecisionSnapshot | null = null
  const listeners = new Set<() => void>()

  const changed = () => {
    snapshot = null
    for (const listener of listeners) listener()
  }
  // A tab left open for days must not keep a choice past its time.
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible') changed()
  }

  return {
    subscribe(onChange) {
      listeners.add(onChange)
      const stopListening = subscribeToKey(DECISION_KEY, changed)
      document.addEventListener('visibilitychange', onVisibilityChange)
      return () => {
        listeners.delete(onChange)
        stopListening()
        document.removeEventListener('visibilitychange', onVisibilityChange)
      }
    },
    getSnapshot() {
      snapshot ??= { stored: keptInMemory ?? readJson(DECISION_KEY), now: clock() }
      return snapshot
    },
    decide(choice) {
      const decision = makeDecision(choice, clock())
      const outcome = writeJson(DECISION_KEY, decision)
      keptInMemory = outcome === 'saved' ? null : decision
      changed()
      return { decision, outcome }
    },
    forget() {
      keptInMemory = null
      removeKey(DECISION_KEY)
      changed()
    },
    recheck: changed,
  }
}
