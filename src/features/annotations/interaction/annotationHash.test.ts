import { describe, expect, it } from 'vitest'
import { annotationHash, annotationIdFromHash } from './annotationHash'

describe('annotation hash links', () => {
  it('round-trips an annotation id', () => {
    expect(annotationHash('sergei-shoigu')).toBe('#sergei-shoigu')
    expect(annotationIdFromHash('#sergei-shoigu')).toBe('sergei-shoigu')
  })

  it('ignores hashes that cannot be an annotation id', () => {
    for (const hash of ['', '#', '#Main Story', '#%E0%A4%A', '#a--b', '#<img>']) {
      expect(annotationIdFromHash(hash)).toBeNull()
    }
  })
})
