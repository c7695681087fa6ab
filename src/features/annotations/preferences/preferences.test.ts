import { describe, expect, it } from 'vitest'
import {
  areAnnotationsShown,
  DEFAULT_PREFERENCES,
  isKindShown,
  preferencesFromStorage,
  switchThatHid,
  withAnnotationsShown,
  withKindShown,
} from './preferences'

const noKinds = { person: false, source: false, history: false }

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

  it('shows the master switch ticked only while some kind can show', () => {
    expect(areAnnotationsShown(DEFAULT_PREFERENCES)).toBe(true)
    expect(areAnnotationsShown({ enabled: true, kinds: { ...noKinds, history: true } })).toBe(true)
    expect(areAnnotationsShown({ enabled: true, kinds: noKinds })).toBe(false)
    expect(areAnnotationsShown({ ...DEFAULT_PREFERENCES, enabled: false })).toBe(false)
  })

  it('keeps the kinds when the master switch goes off, and restores them when it comes on', () => {
    const someKinds = { enabled: true, kinds: { ...noKinds, source: true } }
    const off = withAnnotationsShown(someKinds, false)
    expect(off).toEqual({ enabled: false, kinds: someKinds.kinds })
    expect(withAnnotationsShown(off, true)).toEqual(someKinds)
  })

  it('turns every kind on when the master switch comes on with none of them on', () => {
    for (const enabled of [true, false]) {
      expect(withAnnotationsShown({ enabled, kinds: noKinds }, true)).toEqual(DEFAULT_PREFERENCES)
    }
  })

  it('names the switch that hid something: the master switch first, then the first kind', () => {
    const off = withAnnotationsShown(DEFAULT_PREFERENCES, false)
    expect(switchThatHid(DEFAULT_PREFERENCES, off)).toBe('all')
    expect(
      switchThatHid(DEFAULT_PREFERENCES, {
        enabled: true,
        kinds: { person: true, source: false, history: false },
      }),
    ).toBe('source')
    const lastKindOff = { enabled: true, kinds: noKinds }
    expect(
      switchThatHid({ enabled: true, kinds: { ...noKinds, history: true } }, lastKindOff),
    ).toBe('history')
  })

  it('names no switch when the change hid nothing', () => {
    const off = withAnnotationsShown(DEFAULT_PREFERENCES, false)
    expect(switchThatHid(off, DEFAULT_PREFERENCES)).toBeUndefined()
    expect(switchThatHid(DEFAULT_PREFERENCES, DEFAULT_PREFERENCES)).toBeUndefined()
    // Already hidden by the master switch: unticking a kind then hides nothing more.
    expect(switchThatHid(off, { ...off, kinds: { ...noKinds, history: true } })).toBeUndefined()
  })
})
