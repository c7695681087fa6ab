import { CONTENT_ID_PATTERN } from '../../../shared/content'

/** Shareable links name an annotation by its id: https://…/#sergei-shoigu */
export function annotationHash(annotationId: string): string {
  return `#${annotationId}`
}

/** The annotation id a location hash names, if it has the shape of one. */
export function annotationIdFromHash(hash: string): string | null {
  let id: string
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''))
  } catch {
    return null
  }
  return CONTENT_ID_PATTERN.test(id) ? id : null
}
