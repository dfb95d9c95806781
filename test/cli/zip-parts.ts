/** Test helpers: the parts of a written package, read through the CLI's zip reader. */
import { readFileSync } from 'node:fs';
import { entryBytes, openZip } from '../../cli/zip';

/** Every part name of the zip at `path`, in order. */
export function partNames(path: string): string[] {
  return openZip(readFileSync(path)).entries.map((e) => e.name);
}

/** A part's text; throws when missing. */
export function partText(path: string, name: string): string {
  const zip = openZip(readFileSync(path));
  const e = zip.byName.get(name);
  if (!e) throw new Error(`no part ${name}`);
  return entryBytes(zip, e).toString('utf8');
}
