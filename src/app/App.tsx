import { ArticleSection } from '../features/article'
import { AnnotatedArticle } from '../features/annotations'
import { AppealBanner } from '../features/appeal'

export function App() {
  return (
    <>
      <main id="main" className="page" tabIndex={-1}>
        <ArticleSection>{(article) => <AnnotatedArticle article={article} />}</ArticleSection>
      </main>
      <AppealBanner returnFocusId="main" />
    </>
  )
}
