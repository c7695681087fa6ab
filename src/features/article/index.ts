export { ArticleSection } from './components/ArticleSection'
export { articleQuery } from './api/articleQuery'
export { articleSchema } from './api/articleSchema'
export type { Article } from './api/articleSchema'
