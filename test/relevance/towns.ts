/**
 * Town look-ups as citizens type them (the area picker, `GET /areas?q=`): official names with
 * and without umlauts and "Sankt", postcodes, and the districts and villages people know their
 * place by. Each must bring the expected municipality first.
 */
export interface TownCase {
  query: string;
  /** The municipality expected first. */
  expected: string;
}

export const TOWN_CASES: readonly TownCase[] = [
  { query: 'Saarbrücken', expected: 'Saarbrücken' },
  { query: 'saarbruecken', expected: 'Saarbrücken' },
  { query: 'saarbrucken', expected: 'Saarbrücken' },
  { query: 'St. Wendel', expected: 'St. Wendel' },
  { query: 'Sankt Wendel', expected: 'St. Wendel' },
  { query: 'sankt wendel', expected: 'St. Wendel' },
  { query: 'St Ingbert', expected: 'St. Ingbert' },
  { query: 'Sankt Ingbert', expected: 'St. Ingbert' },
  { query: 'Saarlouis', expected: 'Saarlouis' },
  { query: '66740', expected: 'Saarlouis' },
  { query: '66606', expected: 'St. Wendel' },
  { query: 'Dudweiler', expected: 'Saarbrücken' },
  { query: 'dudweiler', expected: 'Saarbrücken' },
  { query: 'Burbach', expected: 'Saarbrücken' },
  { query: 'Bliesransbach', expected: 'Kleinblittersdorf' },
  { query: 'Fraulautern', expected: 'Saarlouis' },
  { query: 'Theley', expected: 'Tholey' },
  { query: 'Wiebelskirchen', expected: 'Neunkirchen' },
  { query: 'Einöd', expected: 'Homburg' },
  { query: 'Einoed', expected: 'Homburg' },
  { query: 'Tholey', expected: 'Tholey' },
  { query: 'Merzig', expected: 'Merzig' },
];
