import type { Article } from '../../../src/features/article'
import type { Annotation } from '../../../src/features/annotations'
import seedDocument from '../../../public/content/article.json'

const seed: Article = seedDocument

/** Marks per copy of the story: at 100 copies this gives the 2,000 annotations of the issue. */
const MARKS_PER_COPY = 20
const EVERY_NTH_WORD = 11

/** A fixed-width token, so no mark is a prefix of another ("M0001x1" vs "M0001x10"). */
function mark(copy: number, index: number): string {
  return `M${String(copy).padStart(4, '0')}x${String(index).padStart(3, '0')}`
}

export interface GeneratedArticle {
  article: Article
  annotations: Annotation[]
}

/**
 * The real story repeated `scale` times, with unique marked words woven into the text and one
 * annotation per mark: text and annotations both grow in proportion to `scale`.
 */
export function generateArticle(scale: number): GeneratedArticle {
  const paragraphs: string[] = []
  const annotations: Annotation[] = []
  for (let copy = 0; copy < scale; copy += 1) {
    let index = 0
    for (const paragraph of seed.paragraphs) {
      const words = paragraph.split(' ')
      const woven = words.map((word, position) => {
        if (position % EVERY_NTH_WORD !== 5 || index >= MARKS_PER_COPY) return word
        const token = mark(copy, index)
        index += 1
        annotations.push({
          id: token.toLowerCase(),
          kind: (['person', 'source', 'history'] as const)[index % 3] ?? 'history',
          target: { exact: token },
          title: `Entity ${token}`,
          role: 'A generated entity, 2014–2015',
          context: 'Generated for the benchmark: a card of typical length. '.repeat(4).trim(),
          sources: [{ label: 'Example', url: 'https://example.org/' }],
        })
        return `${word} ${token}`
      })
      paragraphs.push(woven.join(' '))
    }
  }
  return { article: { ...seed, paragraphs }, annotations }
}
