import { expect } from '@open-wc/testing';
import { openingPeriodText, timeOfDayText } from '../../src/ui/opening-hours.js';
import { inLocale, loadLocale } from '../../src/shared/localization.js';

describe('opening hours in each language', () => {
  before(() => Promise.all([loadLocale('en'), loadLocale('fr'), loadLocale('de-x-ls')]));

  it('reads naturally in Leichte Sprache: "8 Uhr bis 12 Uhr", no leading zero, no dash', () => {
    const text = inLocale('de-x-ls', () => openingPeriodText('08:00', '12:00', 'de-x-ls'));
    expect(text).to.equal('8 Uhr bis 12 Uhr');
    expect(inLocale('de-x-ls', () => openingPeriodText('13:30', '16:00', 'de-x-ls'))).to.equal(
      '13:30 Uhr bis 16 Uhr',
    );
    expect(text).not.to.match(/0\d:|–/);
  });

  it('keeps the German and English clock and writes French hours the French way', () => {
    expect(openingPeriodText('08:00', '12:00', 'de')).to.equal('08:00–12:00');
    expect(inLocale('en', () => openingPeriodText('08:00', '12:00', 'en'))).to.equal('08:00–12:00');
    expect(inLocale('fr', () => openingPeriodText('08:00', '12:30', 'fr'))).to.equal(
      '8\u00A0h – 12\u00A0h\u00A030',
    );
  });

  it('formats a single time without the range', () => {
    expect(timeOfDayText('09:05', 'de-x-ls')).to.equal('9:05 Uhr');
    expect(timeOfDayText('09:05', 'de')).to.equal('09:05');
  });
});
