export { ContentError, fetchDocument, parseDocument } from './fetchDocument'
export type { ContentErrorReason } from './fetchDocument'
export { contentUrl } from './contentUrl'
export { CONTENT_ID_PATTERN, contentId, httpsUrl, text } from './contentFields'
