import { readFileSync } from 'node:fs';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * An HTML file with `{{key}}` placeholders, read once; `render` fills them, escaped, from a lookup function.
 * @remarks Placeholders are translation keys or `nonce`; the page carries no user input.
 */
export class PageTemplate {
  private readonly source: string;

  constructor(path: string) {
    this.source = readFileSync(path, 'utf8');
  }

  render(lookup: (key: string) => string): string {
    return this.source.replace(/\{\{([\w.]+)\}\}/g, (_, key: string) => escapeHtml(lookup(key)));
  }
}
