/** Reserves roughly the article's space while it loads, so nothing jumps when it arrives. */
export function ArticleSkeleton() {
  return (
    <div role="status">
      <span className="visually-hidden">Loading the article…</span>
      <div aria-hidden="true">
        <div className="skeleton skeleton--line skeleton--short" />
        <div className="skeleton skeleton--headline" />
        <div className="skeleton skeleton--headline skeleton--short" />
        <div className="skeleton skeleton--line skeleton--short" />
        {Array.from({ length: 8 }, (_, paragraph) => (
          <div key={paragraph} className="skeleton-paragraph">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line skeleton--short" />
          </div>
        ))}
      </div>
    </div>
  )
}
