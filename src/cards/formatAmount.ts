import type { Amount } from '../core/knowledge/schema.js';
import type { Translator } from '../i18n.js';
import { formatNumber } from './format.js';

/** Formats a structured amount for people: "bis zu 70 %", "20.000 € pro Arbeitsplatz", "24 Monate". */
export function formatAmount(amount: Amount, t: Translator, locale: string): string {
  const number = (n: number) => formatNumber(n, locale);
  const unit = (n: number) => t(`units.${amount.unit}`, { count: n, value: number(n) });
  let text = amount.valueMax === undefined
    ? unit(amount.value)
    : t('units.range', { from: number(amount.value), to: unit(amount.valueMax) });
  if (amount.upTo) text = t('units.upTo', { value: text });
  if (amount.per && amount.per !== 'once') text = `${text} ${t(`units.per.${amount.per}`)}`;
  return text;
}
