// The forms a word shares with its family (src/lang/word-classes.ts reducedForms): endings cut, by the rules of
// English spelling where they decide. "Rating: 9 out of 20" under a review is no rat (issue 12, the bench's pages).
import { describe, expect, it } from 'vitest';
import { reducedForms } from '@/src/lang/word-classes';

describe('reducedForms', () => {
  it('reads a short stem that did not double its last letter as an -e word: "rating" is "rate", not "rat"', () => {
    expect(reducedForms('rating')).toContain('rate');
    expect(reducedForms('rating')).not.toContain('rat');
    expect(reducedForms('hoped')).toContain('hope');
    expect(reducedForms('hoped')).not.toContain('hop');
  });

  it('still cuts the ending where the stem doubled it, or is not a short one', () => {
    expect(reducedForms('ratting')).toContain('rat');
    expect(reducedForms('stopped')).toContain('stop');
    expect(reducedForms('killing')).toContain('kill');
    expect(reducedForms('eating')).toContain('eat');
  });
});
