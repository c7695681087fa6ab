import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { articleSchema, articleTextBlocks } from '../../article'
import { annotationSchema, annotationsDocumentSchema } from '../api/annotationSchema'
import { anchorQuotes } from './anchorQuotes'

function readPublished(name: string): unknown {
  // Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a public URL.
  const file = path.resolve(import.meta.dirname, '../../../../public/content', `${name}.json`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Guards what editors publish: every card valid, and every quote found in exactly one place. */
describe('public/content/annotations.json', () => {
  const article = v.parse(articleSchema, readPublished('article'))
  const published = readPublished('annotations') as { annotations?: unknown[] }

  it('belongs to the published article and has cards', () => {
    const document = v.parse(annotationsDocumentSchema, published)
    expect(document.articleId).toBe(article.id)
    expect(published.annotations?.length).toBeGreaterThan(0)
  })

  it('has no annotation the reader would not see', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { annotations } = v.parse(annotationsDocumentSchema, published)
    const problems = warn.mock.calls.map(([message]) => String(message))
    const { anchors, problems: anchorProblems } = anchorQuotes(
      articleTextBlocks(article),
      annotations,
    )
    problems.push(...anchorProblems)
    expect(problems).toEqual([])
    expect(anchors).toHaveLength(published.annotations?.length ?? 0)
  })

  it('links every card to a secure page', () => {
    for (const item of published.annotations ?? []) {
      const annotation = v.parse(annotationSchema, item)
      for (const { url } of annotation.sources) expect(url, annotation.id).toMatch(/^https:\/\//)
    }
  })
})
