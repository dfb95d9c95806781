/**
 * Streams one zip entry through a scanner: inflated chunks are joined in a reused buffer and
 * handed over cut before the last element that may still be incomplete, so the scanner only ever
 * sees whole elements (and so whole UTF-8 characters).
 */
import { entryChunks, type ZipArchive, type ZipEntryInfo } from '../zip';
import { Joiner, rootPrefix } from './bytes';

export interface RegionScanner {
  /** The start tag before which a region may end. */
  readonly cutTag: Buffer;
  scan(buf: Buffer, start: number, end: number): void;
}

/**
 * Scans an entry; `make` receives the part's namespace prefix (from its root element) and gives
 * the scanner. `onBytes` gets the compressed bytes consumed so far.
 * @example const rows = await scanEntry(zip, e, (p) => new SheetRows(p, ctx));
 */
export async function scanEntry<S extends RegionScanner>(
  zip: ZipArchive,
  entry: ZipEntryInfo,
  make: (prefix: string) => S,
  onBytes?: (consumed: number) => void,
): Promise<S> {
  const joiner = new Joiner();
  let scanner: S | null = null;
  for await (const { chunk, consumed } of entryChunks(zip, entry)) {
    joiner.push(chunk);
    // The root element's name (and so the prefix) is in the first few hundred bytes.
    if (scanner === null) {
      if (joiner.length < 4096) continue;
      scanner = make(rootPrefix(joiner.buf.subarray(0, joiner.length)));
    }
    const cut = joiner.cutBefore(scanner.cutTag);
    if (cut > 0) {
      scanner.scan(joiner.buf, 0, cut);
      joiner.consume(cut);
    }
    onBytes?.(consumed);
  }
  scanner ??= make(rootPrefix(joiner.buf.subarray(0, joiner.length)));
  scanner.scan(joiner.buf, 0, joiner.length);
  return scanner;
}
