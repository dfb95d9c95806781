/**
 * An .xlsx package being written: its parts in order, each either stored bytes copied from the
 * input zip (never inflated and deflated again), new bytes, or chunks generated while written.
 * Part names are compared ignoring case, as OPC requires.
 */
import { entryBytes, rawBytes, type ZipArchive, type ZipEntry, type ZipEntryInfo } from '../zip';

type Source =
  | { kind: 'zip'; zip: ZipArchive; entry: ZipEntryInfo }
  | { kind: 'data'; data: Buffer }
  | { kind: 'chunks'; chunks: () => Iterable<Buffer> };

export class OoxmlPackage {
  private readonly parts = new Map<string, { name: string; source: Source }>();

  /**
   * A package holding every part of a zip (directories left out), copied as stored.
   * @example const pkg = OoxmlPackage.fromZip(openZip(readFileSync('in.xlsx')));
   */
  static fromZip(zip: ZipArchive): OoxmlPackage {
    const pkg = new OoxmlPackage();
    for (const entry of zip.entries) {
      if (entry.name.endsWith('/') || pkg.has(entry.name)) continue;
      pkg.parts.set(entry.name.toLowerCase(), { name: entry.name, source: { kind: 'zip', zip, entry } });
    }
    return pkg;
  }

  /** Part names, in package order. */
  names(): string[] {
    return [...this.parts.values()].map((p) => p.name);
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** Whether a part is still the input's stored bytes (not rewritten). */
  isCopied(name: string): boolean {
    return this.parts.get(name.toLowerCase())?.source.kind === 'zip';
  }

  /** A part's bytes (inflated when copied from a zip); throws when the part is missing. */
  bytes(name: string): Buffer {
    const p = this.parts.get(name.toLowerCase());
    if (!p) throw new Error(`xlsx part missing: ${name}`);
    const s = p.source;
    if (s.kind === 'zip') return entryBytes(s.zip, s.entry);
    if (s.kind === 'data') return s.data;
    return Buffer.concat([...s.chunks()]);
  }

  /** A part's text (UTF-8, a BOM dropped), or null when the package has no such part. */
  text(name: string): string | null {
    if (!this.has(name)) return null;
    const s = this.bytes(name).toString('utf8');
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  /** Sets a part's content (keeping its place and spelling when it exists). */
  set(name: string, content: string | Buffer | (() => Iterable<Buffer>)): void {
    const key = name.toLowerCase();
    const source: Source =
      typeof content === 'function'
        ? { kind: 'chunks', chunks: content }
        : { kind: 'data', data: typeof content === 'string' ? Buffer.from(content, 'utf8') : content };
    this.parts.set(key, { name: this.parts.get(key)?.name ?? name, source });
  }

  remove(name: string): void {
    this.parts.delete(name.toLowerCase());
  }

  /**
   * The first unused numbered part name, e.g. xl/charts/chart3.xml.
   * @example pkg.freeName('xl/worksheets', 'sheet') // 'xl/worksheets/sheet4.xml'
   */
  freeName(dir: string, stem: string, ext = 'xml'): string {
    for (let k = 1; ; k++) {
      const p = `${dir}/${stem}${k}.${ext}`;
      if (!this.has(p)) return p;
    }
  }

  /** The zip entries to write: [Content_Types].xml first (some readers expect it), then in order. */
  entries(): ZipEntry[] {
    const all = [...this.parts.values()];
    all.sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
    return all.map(({ name, source: s }) => {
      if (s.kind === 'data') return { name, data: s.data };
      if (s.kind === 'chunks') return { name, chunks: s.chunks };
      const { method, crc32, size } = s.entry;
      return { name, stored: { method, crc32, size, bytes: rawBytes(s.zip, s.entry) } };
    });
  }
}
