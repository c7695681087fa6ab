/** Longest wait for the paint entry, should a browser never report one. */
const FALLBACK_MS = 3000

function paintEntryType(): string | undefined {
  const supported =
    typeof PerformanceObserver === 'undefined'
      ? []
      : (PerformanceObserver.supportedEntryTypes ?? [])
  if (supported.includes('largest-contentful-paint')) return 'largest-contentful-paint'
  if (supported.includes('paint')) return 'paint'
  return undefined
}

/**
 * Resolves once the browser reports that the page's largest content has been painted (or its
 * first content, where largest-contentful-paint is not supported). The entry arrives after the
 * frame is on screen, later than a frame callback would. A hidden tab paints nothing, so this
 * waits until the reader looks, or for FALLBACK_MS.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const type = paintEntryType()
    const observer =
      type === undefined
        ? undefined
        : new PerformanceObserver((list) => {
            // 'paint' also reports first-paint, which may be a blank frame.
            const contentful = list
              .getEntries()
              .some(
                (entry) => entry.entryType !== 'paint' || entry.name === 'first-contentful-paint',
              )
            if (contentful) done()
          })
    const fallback = setTimeout(done, FALLBACK_MS)
    function done() {
      observer?.disconnect()
      clearTimeout(fallback)
      resolve()
    }
    if (observer && type) observer.observe({ type, buffered: true })
    else requestAnimationFrame(() => setTimeout(done, 0))
  })
}
