import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  HIDDEN_KINDS_ATTRIBUTE,
  hideSwitchedOffKinds,
  releaseHiddenKinds,
} from './hiddenKindsBeforeStart'
import { PREFERENCES_KEY } from './preferences'

const root = document.documentElement

afterEach(() => {
  localStorage.clear()
  releaseHiddenKinds(document)
  vi.restoreAllMocks()
})

function storeChoice(value: unknown) {
  localStorage.setItem(PREFERENCES_KEY, JSON.stringify(value))
}

describe('hideSwitchedOffKinds', () => {
  it('names the kinds the reader switched off', () => {
    storeChoice({ enabled: true, kinds: { person: false, source: true, history: false } })
    hideSwitchedOffKinds(document)
    expect(root.getAttribute(HIDDEN_KINDS_ATTRIBUTE)).toBe('person history')
  })

  it('names every kind when the master switch is off', () => {
    storeChoice({ enabled: false, kinds: { person: true, source: true, history: true } })
    hideSwitchedOffKinds(document)
    expect(root.getAttribute(HIDDEN_KINDS_ATTRIBUTE)).toBe('person source history')
  })

  it('leaves the page alone for a new reader, a damaged value or blocked storage', () => {
    hideSwitchedOffKinds(document)
    expect(root).not.toHaveAttribute(HIDDEN_KINDS_ATTRIBUTE)

    localStorage.setItem(PREFERENCES_KEY, '{not json')
    hideSwitchedOffKinds(document)
    expect(root).not.toHaveAttribute(HIDDEN_KINDS_ATTRIBUTE)

    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(() => hideSwitchedOffKinds(document)).not.toThrow()
    expect(root).not.toHaveAttribute(HIDDEN_KINDS_ATTRIBUTE)
  })

  it('is undone once the app shows the choice itself', () => {
    storeChoice({ enabled: false })
    hideSwitchedOffKinds(document)
    releaseHiddenKinds(document)
    expect(root).not.toHaveAttribute(HIDDEN_KINDS_ATTRIBUTE)
  })
})
