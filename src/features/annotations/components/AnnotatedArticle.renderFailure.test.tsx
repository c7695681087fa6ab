import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderAnnotatedArticle } from '../testing/renderAnnotatedArticle'

// A bug anywhere in the annotations' rendering, stood in for by the anchoring step throwing.
vi.mock('../anchoring/segmentBlock', () => ({
  segmentBlock: () => {
    throw new Error('anchoring bug')
  },
}))

describe('AnnotatedArticle when the annotations fail to render', () => {
  it('says so and still shows the whole story as plain text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    renderAnnotatedArticle()

    expect(await screen.findByRole('status')).toHaveTextContent(
      'We couldn’t show the annotations. The story below is complete.',
    )
    expect(screen.getByText(/said the talks went well/)).toHaveTextContent(
      'Defence Minister Anna Berg said the talks went well, the Ledger Wire reported.',
    )
    expect(screen.queryByRole('button', { name: 'Anna Berg' })).not.toBeInTheDocument()
  })
})
