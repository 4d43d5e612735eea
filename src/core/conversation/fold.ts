/** Lower case, hyphens joined ("Eingliederungs-Zuschuss" → "eingliederungszuschuss"), other punctuation as spaces. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}%€']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
