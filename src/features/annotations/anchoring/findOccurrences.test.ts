import { describe, expect, it } from 'vitest'
import { findOccurrences, type Occurrence } from './findOccurrences'

/** The obvious answer, one indexOf scan per quote and text, to check the one-pass search against. */
function naive(texts: string[], quotes: string[]): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>()
  for (const quote of quotes) {
    const places: Occurrence[] = []
    texts.forEach((text, index) => {
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
        places.push({ textIndex: index, at })
      }
    })
    found.set(quote, places)
  }
  return found
}

const offsets = (places: Occurrence[] | undefined) => places?.map(({ at }) => at)

describe('findOccurrences', () => {
  it('finds quotes inside, overlapping and ending within one another', () => {
    const quotes = ['he', 'she', 'his', 'hers', 'ushers']
    expect(findOccurrences(['ushers and she and his'], quotes)).toEqual(
      naive(['ushers and she and his'], quotes),
    )
    expect(offsets(findOccurrences(['aaaa'], ['aa', 'a']).get('aa'))).toEqual([0, 1, 2])
  })

  it('finds quotes in every text, and none that would run from one text into the next', () => {
    const texts = ['he said', 'she', 'he']
    const found = findOccurrences(texts, ['he', 'saidshe', 'dsh', 'ehe'])
    expect(found.get('he')).toEqual([
      { textIndex: 0, at: 0 },
      { textIndex: 1, at: 1 },
      { textIndex: 2, at: 0 },
    ])
    expect(found.get('saidshe')).toEqual([])
    expect(found.get('dsh')).toEqual([])
    expect(found.get('ehe')).toEqual([])
  })

  it('handles quotes outside the Basic Multilingual Plane and non-Latin text', () => {
    const text = 'Шойгу 𝄞 Шойгу said 𝄞'
    const quotes = ['Шойгу', '𝄞', 'said 𝄞']
    expect(findOccurrences([text], quotes)).toEqual(naive([text], quotes))
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
      const texts = [pick(200), pick(5), pick(100)]
      const quotes = [
        ...new Set(Array.from({ length: 12 }, () => pick(1 + Math.floor(random() * 5)))),
      ]
      expect(findOccurrences(texts, quotes)).toEqual(naive(texts, quotes))
    }
  })

  it('agrees with indexOf scanning across the whole UTF-16 range', () => {
    // Lone surrogates, U+0000, U+FFFF and everything between.
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
      const texts = [pick(300), pick(50)]
      const quotes = [
        ...new Set(Array.from({ length: 12 }, () => pick(1 + Math.floor(random() * 3)))),
      ]
      expect(findOccurrences(texts, quotes)).toEqual(naive(texts, quotes))
    }
  })

  it('leaves nothing of one search in the next', () => {
    // The first search's quote starts with "M"; in the second, "M" starts nothing.
    findOccurrences(['Mx'], ['Mx'])
    expect(findOccurrences(['Mo Bo'], ['Bo'])).toEqual(new Map([['Bo', [{ textIndex: 0, at: 3 }]]]))
  })

  it('ignores an empty quote', () => {
    expect(findOccurrences(['text'], ['']).size).toBe(0)
  })
})
