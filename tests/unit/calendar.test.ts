import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isDay, localDay, notOnWeekend, readableDay } from '../../src/lib/calendar';

describe('one calendar month from receipt', () => {
  // The ICO's rule (cited in src/request/law.ts): the same date next month, or that month's last day.
  it.each([
    ['a day every month has', '2026-09-03', '2026-10-03'],
    ['31 January, to the last day of February', '2026-01-31', '2026-02-28'],
    ['31 January in a leap year, to 29 February', '2028-01-31', '2028-02-29'],
    ['30 January in a leap year', '2028-01-30', '2028-02-29'],
    ['29 February, to 29 March', '2028-02-29', '2028-03-29'],
    ['28 February, to 28 March, not the month end', '2026-02-28', '2026-03-28'],
    ['31 March, to 30 April', '2026-03-31', '2026-04-30'],
    ['31 August, to 30 September', '2026-08-31', '2026-09-30'],
    ['a December day, into the next year', '2026-12-15', '2027-01-15'],
    ['31 December, to 31 January', '2026-12-31', '2027-01-31'],
    ['the day before the clocks change in Europe', '2026-03-28', '2026-04-28'],
  ])('%s', (_name, received, due) => {
    expect(addMonths(received, 1)).toBe(due);
  });

  it('three months, for an extension, counts from the same start', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
  });
});

describe('days', () => {
  it('counts whole days across a daylight-saving change, with no hour lost or gained', () => {
    // Europe's clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-28', 30)).toBe('2026-04-27');
    expect(daysBetween('2026-03-14', '2026-03-14')).toBe(0);
    expect(daysBetween('2026-03-14', '2026-03-10')).toBe(-4);
  });

  it('moves a Saturday or Sunday to the Monday, and leaves other days', () => {
    expect(notOnWeekend('2026-02-28')).toBe('2026-03-02');
    expect(notOnWeekend('2026-03-01')).toBe('2026-03-02');
    expect(notOnWeekend('2026-03-04')).toBe('2026-03-04');
  });

  it('writes a day for readers with its weekday', () => {
    expect(readableDay('2026-02-28')).toBe('Saturday, 28 February 2026');
  });

  it('knows a real day from anything else', () => {
    for (const good of ['2026-02-28', '2028-02-29']) expect(isDay(good)).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '', 20260101, null]) expect(isDay(bad)).toBe(false);
  });
});

describe("the reader's own day", () => {
  const instant = new Date('2026-01-31T23:30:00Z');
  it.each([
    ['in London', 'Europe/London', '2026-01-31'],
    ['far east of UTC (Kiribati, UTC+14)', 'Pacific/Kiritimati', '2026-02-01'],
    ['far west of UTC (American Samoa, UTC−11)', 'Pacific/Pago_Pago', '2026-01-31'],
    ['in New Zealand in summer (UTC+13)', 'Pacific/Auckland', '2026-02-01'],
  ])('%s', (_name, zone, day) => {
    expect(localDay(instant, zone)).toBe(day);
  });

  it("counts from the reader's own day: at one instant, a reader east of UTC can be a day and a due date ahead of one west of it", () => {
    const early = new Date('2026-01-30T12:30:00Z');
    expect(addMonths(localDay(early, 'Pacific/Kiritimati'), 1)).toBe('2026-02-28');
    expect(addMonths(localDay(early, 'Pacific/Pago_Pago'), 1)).toBe('2026-02-28');
    const late = new Date('2026-01-31T11:00:00Z');
    expect(localDay(late, 'Pacific/Kiritimati')).toBe('2026-02-01');
    expect(addMonths(localDay(late, 'Pacific/Kiritimati'), 1)).toBe('2026-03-01');
    expect(addMonths(localDay(late, 'Pacific/Pago_Pago'), 1)).toBe('2026-02-28');
  });

  it('is the same day on both sides of a daylight-saving change', () => {
    expect(localDay(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-29');
    expect(localDay(new Date('2026-03-29T01:30:00Z'), 'Europe/London')).toBe('2026-03-29');
    expect(localDay(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
  });
});
