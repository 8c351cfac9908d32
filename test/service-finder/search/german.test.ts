import { expect } from '@open-wc/testing';
import {
  alternativeStems,
  fold,
  foldWithOffsets,
  isStopWord,
  splitWords,
  stem,
  wordSpans,
} from '../../../src/service-finder/search/german.js';

describe('german text analysis', () => {
  describe('fold', () => {
    it('meets umlauts, their ae/oe/ue spelling and the bare vowel in one form', () => {
      for (const spelling of ['Führerschein', 'fuehrerschein', 'FUHRERSCHEIN', 'Fuhrerschein']) {
        expect(fold(spelling)).to.equal('fuhrerschein');
      }
      for (const spelling of ['Änderung', 'Aenderung', 'anderung']) {
        expect(fold(spelling)).to.equal('anderung');
      }
      for (const spelling of ['Höhe', 'Hoehe', 'hohe']) expect(fold(spelling)).to.equal('hohe');
    });

    it('folds ß to ss in both directions', () => {
      expect(fold('Straße')).to.equal('strasse');
      expect(fold('STRASSE')).to.equal('strasse');
      expect(fold('Eheschließung')).to.equal(fold('Eheschliessung'));
    });

    it('strips French accents', () => {
      expect(fold("carte d'identité")).to.equal("carte d'identite");
      expect(fold('Déménagement')).to.equal('demenagement');
    });

    it('agrees with foldWithOffsets', () => {
      for (const text of ['Führerschein', 'Größe', 'Queue', 'Ärzte und Ämter', 'İstanbul']) {
        expect(foldWithOffsets(text).text).to.equal(fold(text));
      }
    });

    it('folds plain ASCII words (its quick path) as it folds the rest', () => {
      // Words without a vowel before an `e` only lowercase; those with one take the full path.
      for (const text of ['Hundesteuer', 'KFZ', 'Anmeldung2024', 'Steuer', 'Bauen', 'Quelle']) {
        expect(fold(text)).to.equal(foldWithOffsets(text).text);
      }
      expect(fold('Hundesteuer')).to.equal('hundesteuer');
      expect(fold('Fuehrer')).to.equal('fuhrer');
      expect(fold('Neue')).to.equal('neue');
    });
  });

  describe('foldWithOffsets', () => {
    it('maps each folded letter back to the original range', () => {
      const { text, starts, ends } = foldWithOffsets('Maße');
      expect(text).to.equal('masse');
      // The two s of ß both come from original offset 2.
      expect(starts).to.deep.equal([0, 1, 2, 2, 3]);
      expect(ends).to.deep.equal([1, 2, 3, 3, 4]);
    });

    it('gives a folded digraph the range of both original letters', () => {
      const { text, starts, ends } = foldWithOffsets('Fuehrer');
      expect(text).to.equal('fuhrer');
      expect(starts[1]).to.equal(1);
      expect(ends[1]).to.equal(3);
    });
  });

  describe('stem', () => {
    it('leaves words with a digit as they are (form numbers, not words)', () => {
      for (const word of ['gewa1', 'a38', '2024er', 'b2b']) expect(stem(word)).to.equal(word);
      expect(stem('anmeldungen')).to.not.equal('anmeldungen');
    });

    it('joins verb and noun forms', () => {
      const forms = ['anmelden', 'Anmeldung', 'Anmeldungen'].map((word) => stem(fold(word)));
      expect(new Set(forms).size).to.equal(1);
      expect(stem(fold('Kinder'))).to.equal(stem(fold('Kind')));
      expect(stem(fold('Steuern'))).to.equal(stem(fold('Steuer')));
      expect(stem(fold('Zeugnisse'))).to.equal(stem(fold('Zeugnis')));
      expect(stem(fold('Förderung'))).to.equal(stem(fold('fördern')));
    });

    it('maps strong verbs onto the noun of the service name', () => {
      expect(stem(fold('umziehen'))).to.equal(stem(fold('Umzug')));
      expect(stem(fold('beantragen'))).to.equal(stem(fold('Antrag')));
      expect(stem(fold('verloren'))).to.equal(stem(fold('Verlust')));
    });

    it('leaves short words and numbers alone', () => {
      expect(stem('ehe')).to.equal('ehe');
      expect(stem('a1b2s')).to.equal('a1b2s');
    });

    it('offers the participle without ge as an alternative', () => {
      expect(alternativeStems(fold('angemeldet'))).to.include(stem('anmelden'));
      expect(alternativeStems(fold('abgemeldet'))).to.include(stem('abmelden'));
    });
  });

  describe('words', () => {
    it('splits on spaces, hyphens, apostrophes and punctuation', () => {
      expect(splitWords("Kfz-Steuer, carte d'identité")).to.deep.equal([
        'Kfz',
        'Steuer',
        'carte',
        'd',
        'identité',
      ]);
    });

    it('keeps the offsets of each word', () => {
      expect(wordSpans('Hund  anmelden')).to.deep.equal([
        { word: 'Hund', start: 0, end: 4 },
        { word: 'anmelden', start: 6, end: 14 },
      ]);
    });

    it('knows German, English and French stop words', () => {
      for (const word of ['der', 'fur', 'the', 'les', 'd']) expect(isStopWord(word)).to.equal(true);
      expect(isStopWord('hund')).to.equal(false);
    });
  });
});
