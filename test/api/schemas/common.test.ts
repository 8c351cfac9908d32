import { expect } from '@open-wc/testing';
import {
  ArsSchema,
  LanguageMapSchema,
  LeikaKeySchema,
  meetsTrustLevel,
  pickText,
} from '../../../src/api/schemas/common.js';
import { expectInvalidAt, expectValid } from './expect-schema.js';

describe('common schemas', () => {
  it('a language map needs German; other languages are optional', () => {
    expectValid(LanguageMapSchema, { de: 'Hund anmelden' });
    expectValid(LanguageMapSchema, { de: 'Hund anmelden', 'de-x-ls': 'Hund an-melden' });
    expectInvalidAt(LanguageMapSchema, { en: 'Register a dog' }, 'de');
    expectInvalidAt(LanguageMapSchema, { de: '   ' }, 'de');
  });

  it('LeiKa keys have 14 digits starting with 99', () => {
    expectValid(LeikaKeySchema, '99108001000000');
    for (const bad of ['98108001000000', '9910800100000', '99108001000000x', '']) {
      expect(LeikaKeySchema.safeParse(bad).success, bad).to.equal(false);
    }
  });

  it('regional keys are state, district or municipality keys', () => {
    for (const good of ['10', '10044', '100440111111']) expectValid(ArsSchema, good);
    for (const bad of ['1', '1004', '10044011111', '10044011111a']) {
      expect(ArsSchema.safeParse(bad).success, bad).to.equal(false);
    }
  });

  it('picks the locale text and falls back to German', () => {
    const map = { de: 'Reisepass', fr: 'Passeport' };
    expect(pickText(map, 'fr')).to.deep.equal({ text: 'Passeport', lang: 'fr' });
    expect(pickText(map, 'en')).to.deep.equal({ text: 'Reisepass', lang: 'de' });
  });

  it('orders trust levels', () => {
    expect(meetsTrustLevel('STORK-QAA-Level-4', 'STORK-QAA-Level-3')).to.equal(true);
    expect(meetsTrustLevel('STORK-QAA-Level-1', 'STORK-QAA-Level-3')).to.equal(false);
  });
});
