// The web posting of a substitute notice, 90 days on the home page (HIPAA 45 CFR
// 164.404(d)(2)(ii)): src/model/posting.ts, which the banner and the checker both ask.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  nextPhaseChange,
  POSTING_DAYS,
  postingDay,
  postingPhase,
  postingShortfall,
} from '../../src/model/posting.js';

const zone = process.env.TZ;
afterEach(() => (process.env.TZ = zone));

describe('postingShortfall', () => {
  it('accepts 90 days or more, counted as the difference of the dates', () => {
    assert.equal(POSTING_DAYS, 90);
    assert.equal(postingShortfall('2026-11-20', '2027-02-18'), undefined);
    assert.equal(postingShortfall('2026-11-20', '2027-06-01'), undefined);
  });

  it('says how short a window is and its first lawful last day', () => {
    assert.deepEqual(postingShortfall('2026-11-20', '2027-02-17'), {
      days: 89,
      earliestEnd: '2027-02-18',
    });
    assert.deepEqual(postingShortfall('2026-11-20', '2026-11-19'), {
      days: -1,
      earliestEnd: '2027-02-18',
    });
  });
});

describe('postingPhase', () => {
  const window = { posted: '2026-11-20', expires: '2027-02-18' };

  it('is scheduled before the first day, open through the last, expired after it', () => {
    assert.equal(postingPhase(window, new Date(2026, 10, 19, 23)), 'scheduled');
    assert.equal(postingPhase(window, new Date(2026, 10, 20, 0)), 'open');
    assert.equal(postingPhase(window, new Date(2027, 1, 18, 23)), 'open');
    assert.equal(postingPhase(window, new Date(2027, 1, 19, 0)), 'expired');
  });

  it('reads bare days in the reader’s time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 2026-11-20 07:00 UTC is still the 19th in Los Angeles.
    assert.equal(postingPhase(window, new Date(Date.UTC(2026, 10, 20, 7))), 'scheduled');
    assert.equal(postingPhase(window, new Date(Date.UTC(2026, 10, 20, 8))), 'open');
  });

  it('ends a window given as an instant at that instant', () => {
    const timed = { expires: '2026-11-20T12:00:00Z' };
    assert.equal(postingPhase(timed, new Date(Date.UTC(2026, 10, 20, 11, 59))), 'open');
    assert.equal(postingPhase(timed, new Date(Date.UTC(2026, 10, 20, 12))), 'expired');
  });

  it('sets no bound for a date that is missing or does not parse', () => {
    const now = new Date(2026, 10, 25);
    assert.equal(postingPhase({}, now), 'open');
    assert.equal(postingPhase({ posted: 'soon', expires: '2026-02-30' }, now), 'open');
    assert.equal(postingPhase({ expires: '2026-11-24' }, now), 'expired');
    assert.equal(postingPhase({ posted: '2026-11-26' }, now), 'scheduled');
  });
});

describe('nextPhaseChange', () => {
  const now = new Date(2026, 10, 25);

  it('is the next bound after now: the first day, or the midnight after the last', () => {
    assert.deepEqual(
      nextPhaseChange({ posted: '2026-11-26', expires: '2026-12-01' }, now),
      new Date(2026, 10, 26),
    );
    assert.deepEqual(
      nextPhaseChange({ posted: '2026-11-20', expires: '2026-12-01' }, now),
      new Date(2026, 11, 2),
    );
  });

  it('is undefined when nothing is left to change', () => {
    assert.equal(nextPhaseChange({ posted: '2026-11-20' }, now), undefined);
    assert.equal(nextPhaseChange({ expires: '2026-11-24' }, now), undefined);
    assert.equal(nextPhaseChange({}, now), undefined);
  });
});

describe('postingDay', () => {
  it('is the local calendar day of a posted or expires value', () => {
    assert.equal(postingDay('2026-11-20'), '2026-11-20');
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(postingDay('2026-11-20T03:00:00Z'), '2026-11-19');
    assert.equal(postingDay(undefined), undefined);
    assert.equal(postingDay('not a date'), undefined);
  });
});
