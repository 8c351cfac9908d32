/** Counts in the finder's texts agree with their number: one day, not "1 Tage". */
import { expect } from '@open-wc/testing';
import { moreShownText, text } from '../../src/service-finder/messages.js';

describe('the service finder’s counts', () => {
  it('says one in the singular', () => {
    expect(text.durationDays(1, 1)).to.equal('1 Tag');
    expect(text.durationWeeks(1, 1)).to.equal('1 Woche');
    expect(text.durationMonths(1, 1)).to.equal('1 Monat');
    expect(text.moreResults(1, 10)).to.equal('Das übrige Ergebnis anzeigen');
    expect(moreShownText(1, 11)).to.equal('1 weitere Leistung angezeigt, 11 insgesamt');
  });

  it('and more than one in the plural', () => {
    expect(text.durationDays(3, 3)).to.equal('3 Tage');
    expect(text.durationWeeks(1, 2)).to.equal('1 bis 2 Wochen');
    expect(text.moreResults(4, 10)).to.equal('Die übrigen 4 Ergebnisse anzeigen');
    expect(moreShownText(2, 12)).to.equal('2 weitere Leistungen angezeigt, 12 insgesamt');
  });
});
