import { render, screen, within } from '@testing-library/react'
import { parse } from 'valibot'
import { describe, expect, it } from 'vitest'
import published from '../../../../public/content/appeal.json'
import { appealSchema } from '../api/appealSchema'
import { showAppealWithoutScript } from '../beforeStart'
import { AppealWithoutScript } from './AppealWithoutScript'

const appeal = parse(appealSchema, published)

describe('AppealWithoutScript', () => {
  it('stays out of the page until the app is known not to start', () => {
    render(<AppealWithoutScript appeal={appeal} />)
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(screen.queryByText(appeal.greeting)).not.toBeVisible()
  })

  it('then shows the whole appeal and its link, with no choice that needs the app', () => {
    render(<AppealWithoutScript appeal={appeal} />)
    showAppealWithoutScript(document)

    const aside = screen.getByRole('complementary', { name: appeal.heading })
    expect(within(aside).getByRole('heading', { level: 2 })).toHaveTextContent(appeal.heading)
    for (const text of [appeal.greeting, ...appeal.paragraphs]) {
      expect(within(aside).getByText(text)).toBeVisible()
    }
    expect(within(aside).getByRole('link', { name: appeal.donate.label })).toHaveAttribute(
      'href',
      appeal.donate.url,
    )
    expect(within(aside).queryByRole('button')).not.toBeInTheDocument()
  })
})
