export { ContentError, fetchDocument, parseDocument } from './fetchDocument'
export type { ContentErrorReason } from './fetchDocument'
export { contentUrl } from './contentUrl'
export { contentId, httpsUrl, text } from './contentFields'
