// Dates as a notice file writes them: src/model/dates.ts. Calendar arithmetic has no time zone;
// a bare day on a patient's screen means that day where the patient is.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  addDays,
  daysBetween,
  endOf,
  formatDate,
  isCalendarDate,
  localDay,
  machineDate,
  parseDate,
} from '../../src/model/dates.js';

const zone = process.env.TZ;
/** Runs the rest of a test in the time zone `tz` (Node reads TZ again when it is set). */
const inZone = (tz: string) => (process.env.TZ = tz);
const HOUR = 3_600_000;

describe('calendar days', () => {
  it('knows which YYYY-MM-DD days exist', () => {
    for (const day of ['2026-11-20', '2028-02-29', '2026-12-31']) assert.ok(isCalendarDate(day));
    for (const day of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-01']) {
      assert.equal(isCalendarDate(day), false, day);
    }
    for (const day of ['20 November 2026', '2026-11-20T00:00', ' 2026-11-20', '']) {
      assert.equal(isCalendarDate(day), false, day);
    }
  });

  it('counts whole days between two days, negative backwards', () => {
    assert.equal(daysBetween('2026-11-20', '2027-02-18'), 90);
    assert.equal(daysBetween('2027-02-18', '2026-11-20'), -90);
    assert.equal(daysBetween('2026-11-20', '2026-11-20'), 0);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  });

  it('adds days across months, leap days and clock changes', () => {
    assert.equal(addDays('2026-11-20', 90), '2027-02-18');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    inZone('America/Los_Angeles');
    assert.equal(addDays('2026-03-08', 1), '2026-03-09');
    assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2);
  });

  afterEach(() => (process.env.TZ = zone));
});

describe('parseDate', () => {
  afterEach(() => (process.env.TZ = zone));

  it('reads a bare day as local midnight of that day, wherever the reader is', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      inZone(tz);
      const parsed = parseDate('2026-11-20');
      assert.deepEqual(parsed, { date: new Date(2026, 10, 20), dateOnly: true }, tz);
      assert.equal(localDay(parsed!.date), '2026-11-20', tz);
    }
  });

  it('reads a date with a time as that instant', () => {
    assert.deepEqual(parseDate('2026-11-20T10:00:00Z'), {
      date: new Date(Date.UTC(2026, 10, 20, 10)),
      dateOnly: false,
    });
    assert.equal(parseDate(' 2026-11-20 ')?.dateOnly, true, 'trimmed');
  });

  it('gives undefined for anything else, impossible days included', () => {
    for (const value of ['2026-02-30', '2026-11-20T99:00', '11/20/2026', 'soon', '', null]) {
      assert.equal(parseDate(value), undefined, String(value));
    }
  });
});

describe('endOf, machineDate, formatDate', () => {
  afterEach(() => (process.env.TZ = zone));

  it('ends a bare day at the next local midnight, even on a 23-hour day', () => {
    inZone('America/Los_Angeles');
    const day = parseDate('2026-03-08')!;
    assert.deepEqual(endOf(day), new Date(2026, 2, 9));
    assert.equal(endOf(day).getTime() - day.date.getTime(), 23 * HOUR);
  });

  it('ends an instant at itself', () => {
    const instant = parseDate('2026-11-20T10:00:00Z')!;
    assert.equal(endOf(instant), instant.date);
  });

  it('writes a datetime attribute: the day for a day, the UTC instant for a time', () => {
    inZone('Pacific/Kiritimati');
    assert.equal(machineDate(parseDate('2026-11-20')!), '2026-11-20');
    assert.equal(machineDate(parseDate('2026-11-20T10:00:00-05:00')!), '2026-11-20T15:00:00.000Z');
  });

  it('writes the date in the reader’s language', () => {
    const day = parseDate('2026-11-20')!;
    assert.equal(formatDate(day, 'en-US'), 'November 20, 2026');
    assert.equal(formatDate(day, 'es'), '20 de noviembre de 2026');
  });

  it('makes one formatter per language, however many dates it writes', () => {
    // Making an Intl.DateTimeFormat is the costly part: a notice page formats its dates on
    // every render of every element that shows one.
    const original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made++;
        return new target(...args);
      },
    });
    try {
      const day = parseDate('2026-12-01')!;
      for (let i = 0; i < 20; i++) {
        assert.equal(formatDate(day, 'fr'), '1 décembre 2026');
        assert.equal(formatDate(day, 'de'), '1. Dezember 2026');
      }
    } finally {
      Intl.DateTimeFormat = original;
    }
    assert.equal(made, 2, 'one formatter for fr, one for de');
  });
});
