import { expect } from '@open-wc/testing';
import {
  HttpError,
  NetworkError,
  ResponseTooLargeError,
  SchemaMismatchError,
  TimeoutError,
} from '../../src/api/errors.js';
import { inLocale, loadLocale } from '../../src/shared/localization.js';
import { describeError } from '../../src/shared/messages.js';

const url = 'https://portal.test/api/v1/services';
const http = (status: number) =>
  new HttpError(url, status, { type: 'about:blank', title: 'x', status });

describe('describeError', () => {
  before(() => Promise.all([loadLocale('en'), loadLocale('fr'), loadLocale('de-x-ls')]));

  const cases: Array<[string, unknown, string]> = [
    ['an unreachable portal', new NetworkError(url, new TypeError('x')), 'nicht erreichbar'],
    ['a timeout', new TimeoutError(url, 10_000), 'zu langsam'],
    ['a server error', http(503), 'Fehler aufgetreten'],
    ['a rate limit', http(429), 'ausgelastet'],
    ['a missing resource', http(404), 'nicht gefunden'],
    ['a missing login', http(401), 'melden Sie sich an'],
    ['a refusal', http(403), 'keinen Zugriff'],
    ['a rejected request', http(422), 'Angaben'],
    [
      'invalid data',
      new SchemaMismatchError(url, [{ path: '', message: 'x' }]),
      'unerwartete Daten',
    ],
    ['an oversized answer', new ResponseTooLargeError(url, 10), 'unerwartete Daten'],
    ['anything else', new Error('boom'), 'schiefgegangen'],
  ];
  for (const [what, error, german] of cases) {
    it(`explains ${what} in every locale`, () => {
      expect(describeError(error)).to.contain(german);
      const texts = (['en', 'fr', 'de-x-ls'] as const).map((locale) =>
        inLocale(locale, () => describeError(error)),
      );
      for (const text of texts) expect(text).not.to.equal(describeError(error));
      expect(new Set(texts).size).to.equal(3);
    });
  }

  it('never shows transport details', () => {
    const text = describeError(new NetworkError(url, new TypeError('Failed to fetch')));
    expect(text).not.to.contain('fetch').and.not.to.contain(url);
  });
});
