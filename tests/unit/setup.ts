import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

afterEach(() => {
  cleanup()
  // Restore first: a test may have blocked localStorage itself.
  vi.restoreAllMocks()
  vi.useRealTimers()
  localStorage.clear()
})

// jsdom lays nothing out, and its ranges have no boxes at all: a card is placed against its
// phrase's letters, measured with a range (AnnotationCard). As jsdom's elements do, they measure 0.
Range.prototype.getBoundingClientRect ??= () => new DOMRect()
Range.prototype.getClientRects ??= () => document.createElement('div').getClientRects()
