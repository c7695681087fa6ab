import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PREFERENCES,
  isKindShown,
  preferencesFromStorage,
  withKindShown,
} from './preferences'

describe('annotation preferences', () => {
  it('starts with everything shown when nothing usable is stored', () => {
    for (const stored of [undefined, null, 'on', 42, []]) {
      expect(preferencesFromStorage(stored)).toEqual(DEFAULT_PREFERENCES)
    }
  })

  it('reads stored choices and fills in kinds it does not know about', () => {
    expect(
      preferencesFromStorage({ enabled: true, kinds: { source: false, rumour: false } }),
    ).toEqual({ enabled: true, kinds: { person: true, source: false, history: true } })
    expect(preferencesFromStorage({ enabled: false }).enabled).toBe(false)
  })

  it('shows a kind only when both its switch and the master switch are on', () => {
    const sourcesOff = { enabled: true, kinds: { person: true, source: false, history: true } }
    expect(isKindShown(sourcesOff, 'person')).toBe(true)
    expect(isKindShown(sourcesOff, 'source')).toBe(false)
    expect(isKindShown({ ...sourcesOff, enabled: false }, 'person')).toBe(false)
  })

  it('turns a kind and the master switch back on for a link, leaving the rest alone', () => {
    const allOff = { enabled: false, kinds: { person: false, source: false, history: true } }
    expect(withKindShown(allOff, 'person')).toEqual({
      enabled: true,
      kinds: { person: true, source: false, history: true },
    })
  })
})
