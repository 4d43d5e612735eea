import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatNumber, formatPartialDate } from '../../src/cards/format.js';

describe('card formatting', () => {
  it('writes numbers, euros and dates as each locale does, with the formatters reused', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
      expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
      expect(formatNumber(2.345, 'de-DE', 1)).toBe('2,3');
      expect(formatEuro(12345, 'de-DE').replace(/\s/g, ' ')).toBe('12.345 €');
      expect(formatEuro(12345, 'en-US')).toBe('€12,345');
      expect(formatDate('2025-07-01', 'de-DE')).toBe('01.07.2025');
      expect(formatDate('2025-07-01', 'en-US')).toBe('07/01/2025');
    }
  });

  it.each([
    ['2025-07-01', 'de-DE', '01.07.2025'],
    ['2025-12', 'de-DE', 'Dezember 2025'],
    ['2023', 'de-DE', 'Jahr 2023'],
    ['2023', 'en-US', '2023'],
    ['2025-12', 'en-US', 'December 2025'],
  ])('writes the source date %s in %s as %s, readable after "Quelle vom"', (date, locale, text) => {
    expect(formatPartialDate(date, locale)).toBe(text);
  });

  it('keeps the digits apart per locale and style', () => {
    expect(formatNumber(2.345, 'de-DE')).toBe('2,35');
    expect(formatNumber(2.345, 'de-DE', 0)).toBe('2');
  });
});
