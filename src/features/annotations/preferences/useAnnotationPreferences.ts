import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react'
import { readJson, subscribeToKey, writeJson, type WriteOutcome } from '../../../shared/storage'
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  preferencesFromStorage,
  type AnnotationPreferences,
} from './preferences'

// The `storage` event only reaches other tabs, so this tab's own writes notify here.
const listeners = new Set<() => void>()
// Told of another tab's change before React is, while the page still shows the old choice.
const beforeChangeFromAnotherTab = new Set<() => void>()

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  // React renders the change in a microtask, which the browser runs as soon as this listener
  // returns, before any other listener of the same event.
  const unsubscribe = subscribeToKey(PREFERENCES_KEY, () => {
    beforeChangeFromAnotherTab.forEach((callback) => callback())
    onChange()
  })
  return () => {
    listeners.delete(onChange)
    unsubscribe()
  }
}

let snapshot: { json: string; preferences: AnnotationPreferences } | undefined

/** The same object while the stored value is unchanged, as useSyncExternalStore requires. */
function readStored(): AnnotationPreferences {
  const stored = readJson(PREFERENCES_KEY)
  const json = JSON.stringify(stored) ?? ''
  if (snapshot?.json !== json) snapshot = { json, preferences: preferencesFromStorage(stored) }
  return snapshot.preferences
}

/**
 * Whether a render of `preferences` shows what is stored now, rather than the prerender's choice
 * that hydration renders first. The same object, as readStored hands out while nothing changes.
 */
export function isStoredChoice(preferences: AnnotationPreferences): boolean {
  return preferences === readStored()
}

/** Why a choice could not be kept for the next visit. */
export type NotKept = Exclude<WriteOutcome, 'saved'>

/** A choice that holds for this page view only. */
interface Unsaved {
  preferences: AnnotationPreferences
  outcome: NotKept
}

/**
 * The reader's choice, kept across visits, and why the last one was not kept, if it was not. The
 * server snapshot (everything on) is what the prerender shows, so hydration matches and the stored
 * choice applies right after. When storage is blocked or full the choice still holds for this
 * page view.
 */
export function useAnnotationPreferences() {
  const stored = useSyncExternalStore(subscribe, readStored, () => DEFAULT_PREFERENCES)
  const [unsaved, setUnsaved] = useState<Unsaved | null>(null)

  const setPreferences = useCallback((next: AnnotationPreferences) => {
    const outcome = writeJson(PREFERENCES_KEY, next)
    if (outcome === 'saved') {
      setUnsaved(null)
      listeners.forEach((listener) => listener())
    } else {
      setUnsaved({ preferences: next, outcome })
    }
  }, [])

  return [unsaved?.preferences ?? stored, setPreferences, unsaved?.outcome ?? null] as const
}

/**
 * Runs `onChange` with the choice that another tab has just stored, as it arrives: before this tab
 * renders it, so that what it changes goes into the same render.
 */
export function useChoiceFromAnotherTab(onChange: (next: AnnotationPreferences) => void) {
  const changed = useEffectEvent(onChange)
  useEffect(() => {
    const listener = () => changed(readStored())
    beforeChangeFromAnotherTab.add(listener)
    return () => {
      beforeChangeFromAnotherTab.delete(listener)
    }
  }, [])
}
