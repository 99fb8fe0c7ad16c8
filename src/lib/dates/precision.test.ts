import { describe, expect, it } from 'vitest';
import { resolvePrecision } from './precision.ts';

describe('resolvePrecision', () => {
  it.each([
    ['2026-01-26', 'day', '2026-01-26'],
    ['2026-01-26TMO', 'day', '2026-01-26'],
    ['2026-01-26T18:00Z', 'time', '2026-01-26T18:00Z'],
    ['2026-01-26T18:40+08:00', 'time', '2026-01-26T18:40+08:00'],
    ['2026-W06', 'week', '2026-02-02'],
    ['2020-W53', 'week', '2020-12-28'],
    ['2026-W04-WE', 'week', '2026-01-24'],
    ['2025-10', 'month', '2025-10'],
    ['2025-SU', 'season', '2025-06'],
    ['2025-WI', 'season', '2025-12'],
    ['2024-Q4', 'quarter', '2024-10'],
    ['2009-H2', 'half', '2009-07'],
    ['2024', 'year', '2024'],
    ['FY2007', 'year', '2007'],
    ['199', 'decade', '1990'],
    ['19', 'century', '1900'],
  ])('%s → %s from %s', (value, precision, iso) => {
    expect(resolvePrecision(value)).toEqual({ precision, iso });
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'P1Y', 'XXXX-XX-XX', 'XXXX-WXX-1', ''])('%s names no period', (value) => {
    expect(resolvePrecision(value)).toBeNull();
  });
});
