/** Where an edition of the Catalogue stood on a date (src/lib/catalogue/edition-on.ts): the days of entry into force are those of content/editions/. */
import { describe, expect, test } from 'vitest';
import { editionOn } from '../../src/lib/catalogue/edition-on.ts';

// content/editions/*.md: 2008 in force 2008-11-01, 2020 on 2020-08-28, 2023 on 2023-12-21, 2025 on 2025-07-15; the
// Catalogue's sources searched up to 2026-06-17.
const editions = [
  { id: '2008', inForce: '2008-11-01' },
  { id: '2020', inForce: '2020-08-28' },
  { id: '2023', inForce: '2023-12-21' },
  { id: '2025', inForce: '2025-07-15' },
];

describe('editionOn', () => {
  test.each([
    ['2008', '2008-10-31', { state: 'not-yet', inForceFrom: '2008-11-01' }],
    ['2008', '2008-11-01', { state: 'in-force', since: '2008-11-01', unverified: false }],
    ['2008', '2020-08-27', { state: 'in-force', since: '2008-11-01', unverified: false }],
    ['2008', '2020-08-28', { state: 'replaced', by: '2020', on: '2020-08-28', current: '2020', unverified: false }],
    ['2008', '2024-01-01', { state: 'replaced', by: '2020', on: '2020-08-28', current: '2023', unverified: false }],
    ['2023', '2025-07-14', { state: 'in-force', since: '2023-12-21', unverified: false }],
    ['2023', '2025-07-15', { state: 'replaced', by: '2025', on: '2025-07-15', current: '2025', unverified: false }],
    ['2025', '2026-06-17', { state: 'in-force', since: '2025-07-15', unverified: false }],
    ['2025', '2026-06-18', { state: 'in-force', since: '2025-07-15', unverified: true }],
    ['2020', '2027-01-01', { state: 'replaced', by: '2023', on: '2023-12-21', current: '2025', unverified: true }],
  ] as const)('%s on %s', (edition, date, want) => {
    expect(editionOn(editions, edition, date, '2026-06-17')).toEqual(want);
  });
  test('an edition not held is an error', () => {
    expect(() => editionOn(editions, '2001', '2010-01-01')).toThrow('No edition 2001');
  });
});
