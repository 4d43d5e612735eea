import type { Amount } from '../core/knowledge/schema.js';
import type { Translator } from '../i18n.js';
import { formatNumber } from './format.js';

// An amount of the knowledge base is written the same way every time for one translator and locale: written once.
const written = new WeakMap<Translator, WeakMap<Amount, Map<string, string>>>();

/** Formats a structured amount for people: "bis zu 70 %", "20.000 € pro Arbeitsplatz", "24 Monate". */
export function formatAmount(amount: Amount, t: Translator, locale: string): string {
  let byAmount = written.get(t);
  if (!byAmount) written.set(t, (byAmount = new WeakMap()));
  let byLocale = byAmount.get(amount);
  if (!byLocale) byAmount.set(amount, (byLocale = new Map()));
  let text = byLocale.get(locale);
  if (text === undefined) {
    text = writeAmount(amount, t, locale);
    byLocale.set(locale, text);
  }
  return text;
}

function writeAmount(amount: Amount, t: Translator, locale: string): string {
  const number = (n: number) => formatNumber(n, locale);
  const unit = (n: number) => t(`units.${amount.unit}`, { count: n, value: number(n) });
  let text = amount.valueMax === undefined
    ? unit(amount.value)
    : t('units.range', { from: number(amount.value), to: unit(amount.valueMax) });
  if (amount.upTo) text = t('units.upTo', { value: text });
  if (amount.per && amount.per !== 'once') text = `${text} ${t(`units.per.${amount.per}`)}`;
  return text;
}
