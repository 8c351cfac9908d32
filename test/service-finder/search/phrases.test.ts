import { expect } from '@open-wc/testing';
import { TermAnalyzer } from '../../../src/service-finder/search/analyzer.js';
import { fold, splitWords, stem } from '../../../src/service-finder/search/german.js';
import { PhraseMatcher } from '../../../src/service-finder/search/phrases.js';

const term = (word: string) => stem(fold(word));

describe('PhraseMatcher', () => {
  const analyzer = new TermAnalyzer();
  const matcher = new PhraseMatcher(analyzer);
  const phrase = (text: string, german = true) => ({ words: splitWords(text), german });

  before(() => {
    for (const text of ['Hund zur Hundesteuer anmelden', 'Steuer', 'Hund anmelden']) {
      analyzer.learn(splitWords(text));
    }
    matcher.add('dog', [phrase('Hund zur Hundesteuer anmelden'), phrase('Hund anmelden')]);
    matcher.add('english', [phrase('Register a dog', false)]);
  });

  it('gives 1 to a query that is one of the phrases, in any order and form', () => {
    expect(matcher.match('dog', { stems: [term('Anmeldung'), term('Hunde')] })).to.equal(1);
  });

  it('gives the share of the phrase that the query covers', () => {
    expect(matcher.match('dog', { stems: [term('Hund')] })).to.equal(0.5);
  });

  it('counts a compound head as half a word', () => {
    // `Steuer` is only the head of `Hundesteuer` in a phrase of three words.
    expect(matcher.match('dog', { stems: [term('Steuer')] })).to.equal(0.5 / 3);
  });

  it('matches the word being typed as a prefix', () => {
    const typed = { stem: term('anm'), prefix: fold('anm') };
    expect(matcher.match('dog', { stems: [term('Hund')], typed })).to.equal(1);
  });

  it('gives 0 when no phrase holds every word of the query', () => {
    expect(matcher.match('dog', { stems: [term('Hund'), term('Katze')] })).to.equal(0);
    expect(matcher.match('unknown', { stems: [term('Hund')] })).to.equal(0);
    expect(matcher.match('dog', { stems: [] })).to.equal(0);
  });

  it('does not split non-German phrases into compound parts', () => {
    expect(matcher.match('english', { stems: [term('dog')] })).to.equal(1 / 2);
  });
});
