import { ArticleSection } from '../features/article'
import { AnnotatedArticle } from '../features/annotations'
import { AppealBanner } from '../features/appeal'
import { useAfterHydration } from '../shared/hooks/useAfterHydration'

export function App() {
  const hydrated = useAfterHydration()
  return (
    <>
      <main id="main" className="page" tabIndex={-1}>
        <ArticleSection>{(article) => <AnnotatedArticle article={article} />}</ArticleSection>
      </main>
      {hydrated && <AppealBanner returnFocusId="main" />}
    </>
  )
}
