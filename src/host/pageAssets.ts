import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response } from 'restify';

/** Where `npm run build` writes the page's built assets, below the project root. */
export const PAGE_ASSETS_DIR = 'dist/public';

/** The file in PAGE_ASSETS_DIR that names the built assets. */
export const PAGE_MANIFEST = 'manifest.json';

/** manifest.json: a digest of the sources and, per asset (`chat.js`, `licences.txt`, `boot.js`, `chat.css`), its hashed file name. */
export interface PageManifest {
  sources: string;
  files: Record<string, string>;
}

/** One asset in memory: its body as built and precompressed. */
export interface Asset {
  type: string;
  body: Buffer;
  br?: Buffer;
  gz?: Buffer;
  /** Cache-Control: hashed names never change their content. */
  cacheControl: string;
}

/** A year: hashed assets are cached for as long as a browser keeps anything. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES: Record<string, string> = { '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

const typeOf = (file: string): string => TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';

/** Reads the built assets named by dist/public/manifest.json; throws with the command to run when they are missing. */
export function loadBuiltAssets(root: string): { manifest: PageManifest; assets: Map<string, Asset> } {
  const dir = join(root, PAGE_ASSETS_DIR);
  const manifestPath = join(dir, PAGE_MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PageManifest;
  const assets = new Map<string, Asset>();
  for (const file of Object.values(manifest.files)) {
    const path = join(dir, file);
    assets.set(file, { type: typeOf(file), body: readFileSync(path), br: readFileSync(`${path}.br`), gz: readFileSync(`${path}.gz`), cacheControl: IMMUTABLE });
  }
  return { manifest, assets };
}

/** Sends an asset in the best encoding the client accepts: brotli, then gzip, then as it is. */
export function sendAsset(req: Request, res: Response, asset: Asset): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const [encoding, body] = asset.br && /\bbr\b/.test(accepted) ? ['br', asset.br] : asset.gz && /\bgzip\b/.test(accepted) ? ['gzip', asset.gz] : [undefined, asset.body];
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Cache-Control', asset.cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.writeHead(200);
  res.end(body);
}
