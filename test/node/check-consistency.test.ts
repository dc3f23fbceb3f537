// `clinic-notice: dates`, the notice's dates agree: src/model/check/consistency.ts.
import { describe } from 'node:test';
import { error, expectFinding, warning, type Case } from './check-cases.js';

const dates: Case[] = [
  [
    'discovery before the breach',
    (n) => (n.dates.discovered = '2026-11-02'),
    error('dates.discovered', 'clinic-notice: dates'),
  ],
  [
    'a breach that ends before it starts',
    (n) => (n.dates.breachEnd = '2026-11-01'),
    error('dates.breachEnd', 'clinic-notice: dates'),
  ],
  [
    'a posting that ends before it starts',
    (n) => (n.dates.postedUntil = '2026-11-19'),
    error('dates.postedUntil', 'clinic-notice: dates'),
  ],
  [
    'a notice dated before discovery',
    (n) => (n.dates.noticeDate = '2026-11-09'),
    error('dates.noticeDate', 'clinic-notice: dates'),
  ],
  [
    'an update before the notice',
    (n) => (n.dates.updated = '2026-11-19'),
    warning('dates.updated', 'clinic-notice: dates'),
  ],
  [
    'a posting that has ended',
    () => {},
    warning('dates.postedUntil', 'clinic-notice: dates'),
    { states: ['CA', 'MA'], today: '2027-02-19' },
  ],
];

describe('checkNotice()', () => {
  describe('consistency: dates agree', () => dates.forEach(expectFinding));
});
