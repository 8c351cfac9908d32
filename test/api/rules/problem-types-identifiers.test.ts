/** Problem types, invalidParams paths and identifier rules, as widget and server share them. */
import { expect } from '@open-wc/testing';
import {
  ACCESS_CODE_PATTERN,
  AccessCodeSchema,
  answerLocation,
  CODE_ALPHABET,
  formatParamPath,
  normalizeAccessCode,
  parseAccessCode,
  parseReference,
  parseParamPath,
  PROBLEM_TYPES,
  ReferenceSchema,
} from '../../../src/api/index.js';

describe('invalidParams paths', () => {
  it('formats members with dots and positions in brackets, under an optional prefix', () => {
    expect(formatParamPath(['answers', 'G1', 2, 'F3'])).to.equal('answers.G1[2].F3');
    expect(formatParamPath(['limit'], 'query')).to.equal('query.limit');
    expect(formatParamPath([0, 'name'], 'body')).to.equal('body[0].name');
    expect(formatParamPath([])).to.equal('');
  });

  it('parses what it formats', () => {
    expect(parseParamPath('answers.G1[2].F3')).to.deep.equal(['answers', 'G1', 2, 'F3']);
    expect(parseParamPath('name.de-x-ls')).to.deep.equal(['name', 'de-x-ls']);
  });

  it('maps an answer path back to the form field (and the repeat entry)', () => {
    expect(answerLocation('answers.F10010001')).to.deep.equal({ elementId: 'F10010001' });
    expect(answerLocation('answers.G10010003[1].F10010011')).to.deep.equal({
      elementId: 'F10010011',
      repeat: { groupId: 'G10010003', index: 1 },
    });
    expect(answerLocation('answers.G10010003[1].F10010021[0]')).to.deep.equal({
      elementId: 'F10010021',
      repeat: { groupId: 'G10010003', index: 1 },
    });
    expect(answerLocation('answers.G10010003')).to.deep.equal({ elementId: 'G10010003' });
    expect(answerLocation('serviceId')).to.equal(undefined);
    expect(answerLocation('query.limit')).to.equal(undefined);
  });

  it('problem types are stable URNs', () => {
    for (const type of Object.values(PROBLEM_TYPES)) {
      expect(type).to.match(/^urn:saar-portal:problem:[a-z-]+$/);
    }
  });
});

describe('identifiers', () => {
  it('normalises access codes as citizens type them', () => {
    expect(normalizeAccessCode('abcd-efgh')).to.equal('ABCDEFGH');
    expect(normalizeAccessCode(' o1il 2345')).to.equal('01112345');
    expect(parseAccessCode('7kq4 m2xh')).to.equal('7KQ4M2XH');
    expect(parseAccessCode('7KQ4-M2XU')).to.equal(undefined);
    expect(parseAccessCode(undefined)).to.equal(undefined);
  });

  it('reads reference numbers as citizens type them', () => {
    expect(parseReference('SAAR-2026-7KQ4-M2XH')).to.equal('SAAR-2026-7KQ4-M2XH');
    expect(parseReference(' saar 2026 7kq4 m2xh ')).to.equal('SAAR-2026-7KQ4-M2XH');
    expect(parseReference('saar20267kq4m2xh')).to.equal('SAAR-2026-7KQ4-M2XH');
    expect(parseReference('SAAR-2026-7KQ4-MOXI')).to.equal('SAAR-2026-7KQ4-M0X1');
    expect(parseReference('SAAR-2026-7KQ4-M2XU')).to.equal(undefined);
    expect(parseReference('SAAR-26-7KQ4-M2XH')).to.equal(undefined);
    expect(parseReference('')).to.equal(undefined);
    expect(parseReference(undefined)).to.equal(undefined);
  });

  it('the schemas use the same patterns', () => {
    expect(ACCESS_CODE_PATTERN.test(CODE_ALPHABET.slice(0, 8))).to.be.true;
    expect(AccessCodeSchema.safeParse('ABCDEFGU').success).to.be.false;
    expect(ReferenceSchema.safeParse('SAAR-2026-7KQ4-M2XH').success).to.be.true;
    expect(CODE_ALPHABET).to.have.length(32);
  });
});
