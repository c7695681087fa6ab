import { describe, expect, it } from 'vitest'
import { findOccurrences } from './findOccurrences'

/** The obvious answer, one indexOf scan per quote, to check the one-pass search against. */
function naive(text: string, quotes: string[]): Map<string, number[]> {
  const found = new Map<string, number[]>()
  for (const quote of quotes) {
    const starts: number[] = []
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at)
    found.set(quote, starts)
  }
  return found
}

describe('findOccurrences', () => {
  it('finds quotes inside, overlapping and ending within one another', () => {
    const quotes = ['he', 'she', 'his', 'hers', 'ushers']
    expect(findOccurrences('ushers and she and his', quotes)).toEqual(
      naive('ushers and she and his', quotes),
    )
    expect(findOccurrences('aaaa', ['aa', 'a']).get('aa')).toEqual([0, 1, 2])
  })

  it('handles quotes outside the Basic Multilingual Plane and non-Latin text', () => {
    const text = 'Шойгу 𝄞 Шойгу said 𝄞'
    const quotes = ['Шойгу', '𝄞', 'said 𝄞']
    expect(findOccurrences(text, quotes)).toEqual(naive(text, quotes))
  })

  it('agrees with indexOf scanning on random text', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const letters = 'ab c'
    const pick = (length: number) =>
      Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('')
    for (let round = 0; round < 50; round++) {
      const text = pick(200)
      const quotes = [
        ...new Set(Array.from({ length: 12 }, () => pick(1 + Math.floor(random() * 5)))),
      ]
      expect(findOccurrences(text, quotes)).toEqual(naive(text, quotes))
    }
  })

  it('agrees with indexOf scanning across the whole UTF-16 range', () => {
    // Lone surrogates, U+0000 (the block separator), U+FFFF and everything between.
    const units = [0x0000, 0x0041, 0x00e9, 0x0416, 0x7fff, 0x8000, 0xd834, 0xdd1e, 0xfffe, 0xffff]
    let seed = 11
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pick = (length: number) =>
      String.fromCharCode(
        ...Array.from({ length }, () => units[Math.floor(random() * units.length)] as number),
      )
    for (let round = 0; round < 50; round++) {
      const text = pick(300)
      const quotes = [
        ...new Set(Array.from({ length: 12 }, () => pick(1 + Math.floor(random() * 3)))),
      ]
      expect(findOccurrences(text, quotes)).toEqual(naive(text, quotes))
    }
  })

  it('ignores an empty quote', () => {
    expect(findOccurrences('text', ['']).size).toBe(0)
  })
})
