import { ArticleSection } from '../features/article'
import { AnnotatedArticle } from '../features/annotations'
import { AppealBanner } from '../features/appeal'
import { AfterHydration } from '../shared/ui/AfterHydration'

export function App() {
  return (
    <>
      <main id="main" className="page">
        <ArticleSection>{(article) => <AnnotatedArticle article={article} />}</ArticleSection>
      </main>
      <AfterHydration>
        <AppealBanner returnFocusId="main" />
      </AfterHydration>
    </>
  )
}
