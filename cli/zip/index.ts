/** The zip layer of the file host: read a package (entries raw or inflated), write one. */
export { openZip, rawBytes, entryBytes, entryChunks } from './read-zip';
export type { ZipArchive, ZipEntryInfo } from './read-zip';
export { writeZip } from './write-zip';
export type { ZipEntry, StoredPart } from './write-zip';
