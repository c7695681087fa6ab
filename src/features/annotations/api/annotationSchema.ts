import * as v from 'valibot'
import { contentId, text } from '../../../shared/content'
import { ANNOTATION_KINDS } from '../kinds'

/** Only web links: a `javascript:` or `data:` URL in the content must never become a link. */
function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/** One card (its fields are described in the README). Quote text is kept verbatim (not trimmed). */
export const annotationSchema = v.object({
  id: contentId,
  kind: v.picklist(ANNOTATION_KINDS),
  target: v.object({
    exact: v.pipe(v.string(), v.nonEmpty()),
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
  }),
  title: text,
  nativeName: v.optional(
    v.object({
      text,
      lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag')),
    }),
  ),
  role: text,
  context: text,
  // One for each part of the card that another does not cover.
  sources: v.pipe(
    v.array(
      v.object({
        label: text,
        url: v.pipe(v.string(), v.trim(), v.check(isWebUrl, 'links must be http(s) URLs')),
      }),
    ),
    v.minLength(1, 'a card needs a source'),
  ),
})

export type Annotation = v.InferOutput<typeof annotationSchema>

/**
 * Each annotation is checked on its own, so one bad card (a missing field, a `javascript:` link,
 * a repeated id) is dropped with a warning for the editor while the others still show.
 */
export function keepValidAnnotations(items: unknown[]): Annotation[] {
  const valid: Annotation[] = []
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const result = v.safeParse(annotationSchema, item)
    const name = describeItem(item, index)
    if (!result.success) {
      const issue = result.issues[0]
      const path = issue ? v.getDotPath(issue) : null
      console.warn(
        `Annotation ${name} is not shown: ${issue?.message ?? 'invalid'}${path ? ` at "${path}"` : ''}.`,
      )
    } else if (seen.has(result.output.id)) {
      console.warn(`Annotation ${name} is not shown: another annotation already uses that id.`)
    } else {
      seen.add(result.output.id)
      valid.push(result.output)
    }
  })
  return valid
}

function describeItem(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined
  return typeof id === 'string' ? `#${index + 1} "${id}"` : `#${index + 1}`
}

/**
 * public/content/annotations.json. Only the outer shape can fail the whole document (the reader
 * is then told the annotations could not be loaded); the cards inside are checked one by one.
 */
export const annotationsDocumentSchema = v.pipe(
  v.object({
    articleId: text,
    annotations: v.array(v.unknown()),
  }),
  v.transform(({ articleId, annotations }) => ({
    articleId,
    annotations: keepValidAnnotations(annotations),
  })),
)

export type AnnotationsDocument = v.InferOutput<typeof annotationsDocumentSchema>
