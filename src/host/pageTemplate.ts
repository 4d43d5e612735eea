import { readFileSync } from 'node:fs';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * An HTML file with `{{key}}` placeholders, read once; `render` fills them, escaped, from a lookup function, and
 * `{{{name}}}` placeholders unescaped from `markup` (HTML or script the server built itself; missing ones stay empty).
 * @remarks Placeholders are translation keys, `nonce` and the like; the page carries no user input.
 */
export class PageTemplate {
  private readonly source: string;

  constructor(path: string) {
    this.source = readFileSync(path, 'utf8');
  }

  render(lookup: (key: string) => string, markup: Record<string, string> = {}): string {
    // One pass: text filled in is never read as a placeholder again.
    return this.source.replace(/\{\{\{(\w+)\}\}\}|\{\{([\w.:]+)\}\}/g, (_, name: string | undefined, key: string | undefined) =>
      name !== undefined ? (markup[name] ?? '') : escapeHtml(lookup(key!)),
    );
  }
}
