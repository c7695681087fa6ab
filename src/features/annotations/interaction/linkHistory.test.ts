import { describe, expect, it } from 'vitest'
import { stateLeavingFor, linkEntryOf, stateOfLinkEntry } from './linkHistory'

describe('the history entries of followed links', () => {
  it('names the link followed from the entry left, keeping what else its state held', () => {
    const state = stateLeavingFor({ scroll: 120 }, 'tass')
    expect(state).toMatchObject({ scroll: 120 })
    expect(linkEntryOf(state)).toEqual({ followedFrom: 'tass' })
  })

  it('marks the entry a link pushes, which names no link followed from it yet', () => {
    expect(linkEntryOf(stateOfLinkEntry())).toEqual({ followedFrom: null })
    // Followed on from there, it names the next link.
    expect(linkEntryOf(stateLeavingFor(stateOfLinkEntry(), 'xu-qiliang'))).toEqual({
      followedFrom: 'xu-qiliang',
    })
  })

  it('knows no entry that following a link did not make', () => {
    for (const state of [null, undefined, 'a string', 42, {}, { other: true }]) {
      expect(linkEntryOf(state)).toBeNull()
    }
  })

  it('reads a damaged entry as one that names no link', () => {
    expect(linkEntryOf({ annotationLink: { followedFrom: 7 } })).toEqual({ followedFrom: null })
    expect(linkEntryOf({ annotationLink: null })).toEqual({ followedFrom: null })
  })
})
