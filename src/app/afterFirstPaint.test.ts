import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './afterFirstPaint'

type EntriesCallback = (list: { getEntries: () => unknown[] }) => void

/** A stand-in for the browser's PerformanceObserver that the test can make report an entry. */
function fakePerformanceObserver(supportedEntryTypes: string[]) {
  const observers: { callback: EntriesCallback; type?: string; disconnected: boolean }[] = []
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes
    private readonly record
    constructor(callback: EntriesCallback) {
      this.record = { callback, disconnected: false } as (typeof observers)[number]
      observers.push(this.record)
    }
    observe({ type }: { type: string }) {
      this.record.type = type
    }
    disconnect() {
      this.record.disconnected = true
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  return {
    observers,
    report: (entry: { entryType: string; name: string }) =>
      observers.forEach((o) => o.callback({ getEntries: () => [entry] })),
  }
}

async function isSettled(promise: Promise<void>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  await vi.advanceTimersByTimeAsync(0)
  return settled
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('waits for the largest contentful paint, then lets go of the observer', async () => {
    vi.useFakeTimers()
    const browser = fakePerformanceObserver(['paint', 'largest-contentful-paint'])

    const painted = afterFirstPaint()
    expect(await isSettled(painted)).toBe(false)
    expect(browser.observers[0]?.type).toBe('largest-contentful-paint')

    browser.report({ entryType: 'largest-contentful-paint', name: '' })
    expect(await isSettled(painted)).toBe(true)
    expect(browser.observers[0]?.disconnected).toBe(true)
  })

  it('uses the first contentful paint where largest-contentful-paint is unknown', async () => {
    vi.useFakeTimers()
    const browser = fakePerformanceObserver(['paint'])

    const painted = afterFirstPaint()
    expect(browser.observers[0]?.type).toBe('paint')
    // A first paint may be a blank frame: only the first contentful paint counts.
    browser.report({ entryType: 'paint', name: 'first-paint' })
    expect(await isSettled(painted)).toBe(false)
    browser.report({ entryType: 'paint', name: 'first-contentful-paint' })
    expect(await isSettled(painted)).toBe(true)
  })

  it('does not wait forever when no paint is ever reported', async () => {
    vi.useFakeTimers()
    fakePerformanceObserver(['largest-contentful-paint'])

    const painted = afterFirstPaint()
    await vi.advanceTimersByTimeAsync(2999)
    expect(await isSettled(painted)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await isSettled(painted)).toBe(true)
  })

  it('falls back to the next frame where paint timing is not supported', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('PerformanceObserver', undefined)
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )

    const painted = afterFirstPaint()
    expect(await isSettled(painted)).toBe(false)
    frames.forEach((callback) => callback(0))
    expect(await isSettled(painted)).toBe(true)
  })
})
