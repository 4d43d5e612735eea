import { inflateSync } from 'node:zlib';

/**
 * A small reader for the PDFs Chromium prints (Skia): page sizes and the text, decoded through each font's
 * ToUnicode map. Enough to check what a printed page says; not a general PDF parser.
 */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at === -1) { objects.set(Number(match[1]), { dict: body }); continue; }
    const dict = body.slice(0, at);
    const start = match.index! + match[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}

/** The dictionary text of `key` in `dict`: inline `<< … >>` (one level) or the object a reference points to. */
function subDict(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  if (ref) return objects.get(Number(ref[1]))?.dict ?? '';
  const inline = new RegExp(`/${key}\\s*<<((?:[^<>]|<<[^<>]*>>)*)>>`).exec(dict);
  return inline?.[1] ?? '';
}

/** A ToUnicode CMap as code (hex) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toUpperCase(), text(unicode!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (let code = parseInt(lo!, 16), u = parseInt(unicode!, 16); code <= parseInt(hi!, 16); code += 1, u += 1) {
        map.set(code.toString(16).toUpperCase().padStart(lo!.length, '0'), String.fromCharCode(u));
      }
    }
  }
  return map;
}

const pageObjects = (objects: Map<number, PdfObject>) => [...objects.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));

/** The MediaBox of every page, in PDF points. */
export function pdfPages(pdf: Buffer): number[][] {
  const objects = readObjects(pdf);
  const inherited = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict))?.dict ?? '';
  return pageObjects(objects).map((page) => {
    const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(page.dict) ?? /\/MediaBox\s*\[([^\]]+)\]/.exec(inherited);
    return (box?.[1] ?? '').trim().split(/\s+/).map(Number);
  });
}

/** The text of every page in order: each shown string decoded with its font's ToUnicode map. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  return pageObjects(objects).map((page) => {
    const fonts = subDict(objects, subDict(objects, page.dict, 'Resources') || page.dict, 'Font');
    const maps = new Map<string, Map<string, string>>();
    for (const [, name, id] of fonts.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const cmapId = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(id))?.dict ?? '')?.[1];
      maps.set(name!, toUnicode(objects.get(Number(cmapId))?.stream?.toString('latin1') ?? ''));
    }
    const contents = [...(/\/Contents\s*\[?([\d\s0R]+)\]?/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)]
      .map(([, id]) => objects.get(Number(id))?.stream?.toString('latin1') ?? '').join('\n');
    let map = new Map<string, string>();
    let out = '';
    for (const token of contents.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|(T\*|Td|TD|Tm|ET)\b/g)) {
      if (token[1]) map = maps.get(token[1]) ?? new Map();
      else if (token[2] !== undefined) out += (token[2].toUpperCase().match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '').join('');
      else out += ' ';
    }
    return out;
  }).join('\n');
}
