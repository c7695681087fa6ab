import { afterEach, describe, expect, it, vi } from 'vitest'
import { readJson, removeKey, subscribeToKey, writeJson } from './localStore'

const KEY = 'test:key'

afterEach(() => vi.unstubAllGlobals())

function blockStorage() {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
}

describe('localStore', () => {
  it('round-trips JSON values', () => {
    expect(writeJson(KEY, { version: 1, at: 5 })).toBe('saved')
    expect(readJson(KEY)).toEqual({ version: 1, at: 5 })
    removeKey(KEY)
    expect(readJson(KEY)).toBeUndefined()
  })

  it('reads text that is not JSON as nothing', () => {
    localStorage.setItem(KEY, '{not json')
    expect(readJson(KEY)).toBeUndefined()
  })

  it('reports blocked storage instead of throwing', () => {
    blockStorage()
    expect(writeJson(KEY, 1)).toBe('blocked')
    expect(readJson(KEY)).toBeUndefined()
    expect(() => removeKey(KEY)).not.toThrow()
  })

  it('reports as blocked a write the browser will not read back, and takes it out again', () => {
    const read = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(writeJson(KEY, 1)).toBe('blocked')
    read.mockRestore()
    expect(readJson(KEY)).toBeUndefined()
  })

  it('reports a full store instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    expect(writeJson(KEY, 'x'.repeat(10))).toBe('full')
  })

  it('tells subscribers about changes to their key from other tabs only', () => {
    const onChange = vi.fn()
    const unsubscribe = subscribeToKey(KEY, onChange)
    window.dispatchEvent(new StorageEvent('storage', { key: 'another:key' }))
    expect(onChange).not.toHaveBeenCalled()
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    expect(onChange).toHaveBeenCalledTimes(1)
    unsubscribe()
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    expect(onChange).toHaveBeenCalledTimes(1)
  })
})
