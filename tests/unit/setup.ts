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
