/**
 * sharedStrings.xml → the list of strings cells refer to (t="s"), scanned from the bytes of whole
 * <si> items: rich text joined into plain text, phonetic runs left out.
 */
import { endsName, find, richTags, richText, tags, type RichTags } from './bytes';

/** Collects the shared strings of a part, region by region. */
export class SharedStringItems {
  readonly items: string[] = [];
  private readonly open: Buffer;
  private readonly close: Buffer;
  private readonly rich: RichTags;

  constructor(prefix: string) {
    const t = tags(prefix);
    this.open = t.open('si');
    this.close = t.close('si');
    this.rich = richTags(prefix);
  }

  /** The pattern that starts an item: a region may be cut before it. */
  get cutTag(): Buffer {
    return this.open;
  }

  /**
   * Scans the items in buf[start, end) (whole items only).
   * @example const s = new SharedStringItems(''); s.scan(buf, 0, buf.length); s.items
   */
  scan(buf: Buffer, start: number, end: number): void {
    let i = start;
    for (;;) {
      const o = buf.indexOf(this.open, i);
      if (o < 0 || o >= end) return;
      const nameEnd = o + this.open.length;
      if (!endsName(buf[nameEnd])) {
        i = nameEnd;
        continue;
      }
      const te = buf.indexOf(0x3e, nameEnd);
      if (te < 0 || te >= end) return;
      if (buf[te - 1] === 0x2f) {
        this.items.push('');
        i = te + 1;
        continue;
      }
      const c = find(buf, this.close, te, end);
      if (c < 0) return;
      this.items.push(richText(buf, te + 1, c, this.rich));
      i = c + this.close.length;
    }
  }
}
