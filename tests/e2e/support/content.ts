import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The seed story, read from public/content so tests compare against what editors publish. */
export function readContent<T>(name: string): T {
  const file = fileURLToPath(new URL(`../../../public/content/${name}.json`, import.meta.url))
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

export interface ArticleDocument {
  headline: string
  published: { label: string }
  paragraphs: string[]
}
