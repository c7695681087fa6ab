import { ArticleSection } from '../features/article'

export function App() {
  return (
    <>
      <main id="main" className="page">
        <ArticleSection />
      </main>
    </>
  )
}
