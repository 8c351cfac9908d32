import { expect } from '@open-wc/testing';
import { fold, stem } from '../../../src/service-finder/search/german.js';
import { splitForHighlight } from '../../../src/service-finder/search/highlight.js';

/** The index term of a word, as a search reports it. */
const term = (word: string) => stem(fold(word));

/** Renders segments as text with [brackets] around matches, for readable expectations. */
function marked(text: string, terms: string[]): string {
  return splitForHighlight(text, terms)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');
}

describe('splitForHighlight', () => {
  it('returns the whole text unmarked without terms', () => {
    expect(splitForHighlight('Hund anmelden', [])).to.deep.equal([
      { text: 'Hund anmelden', match: false },
    ]);
    expect(splitForHighlight('', ['hund'])).to.deep.equal([]);
  });

  it('marks whole words matched by their folded or stemmed form', () => {
    expect(marked('Wohnsitz anmelden', [term('Anmeldung')])).to.equal('Wohnsitz [anmelden]');
    expect(marked('Die Anmeldungen', [term('anmelden')])).to.equal('Die [Anmeldungen]');
  });

  it('maps umlaut matches back to the original letters', () => {
    expect(marked('Führerschein beantragen', ['fuhrerschein'])).to.equal(
      '[Führerschein] beantragen',
    );
    expect(marked('Fuehrerschein beantragen', ['fuhrerschein'])).to.equal(
      '[Fuehrerschein] beantragen',
    );
  });

  it('keeps offsets right after a longer or shorter spelling earlier in the text', () => {
    // ß folds to two letters and ae to one: the marks must still land on the right words.
    expect(marked('Große Straße, Aerzte-Hüfte', ['strass', 'huft'])).to.equal(
      'Große [Straße], Aerzte-[Hüfte]',
    );
    expect(marked('Maßnahme für Ärzte', ['arzt'])).to.equal('Maßnahme für [Ärzte]');
  });

  it('marks a compound part inside a word, with its ending', () => {
    expect(marked('Hund zur Hundesteuer anmelden', [term('Steuer')])).to.equal(
      'Hund zur Hunde[steuer] anmelden',
    );
    expect(marked('Baugenehmigungsverfahren', [term('Genehmigung')])).to.equal(
      'Bau[genehmigung]sverfahren',
    );
  });

  it('ignores case and marks every occurrence', () => {
    expect(marked('PASS und Reisepass', ['pass'])).to.equal('[PASS] und Reise[pass]');
  });

  it('does not light up short terms inside other words', () => {
    expect(marked('Antrag auf Anmeldung', ['an'])).to.equal('Antrag auf Anmeldung');
  });

  it('merges overlapping marks into one segment', () => {
    const terms = ['Hund', 'Hundesteuer', 'Steuer'].map(term);
    expect(splitForHighlight('Hundesteuer', terms)).to.deep.equal([
      { text: 'Hundesteuer', match: true },
    ]);
  });

  it('returns segments that join back to the original text', () => {
    const text = 'Straßenverkehrsbehörde: Ausnahmegenehmigung für Schwertransporte';
    const joined = splitForHighlight(text, ['genehmig', 'strass', 'transport'])
      .map((segment) => segment.text)
      .join('');
    expect(joined).to.equal(text);
  });
});
