/** Content documents live in public/content so editors can change them without a rebuild. */
export function contentUrl(documentName: string): string {
  return `${import.meta.env.BASE_URL}content/${documentName}.json`
}
