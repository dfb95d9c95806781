/** The name a segment is shown by: its value, or the words for the blank cells and for "Others". */
import type { Localize } from './messages';

/**
 * A segment key as the user reads it: '' is the rows with a blank cell, null the folded "Others"
 * (the review's SegmentKey); any other key is the data's own text.
 * @example segmentName(null, localize('en')) // 'Others'
 */
export function segmentName(key: string | null, L: Localize): string {
  if (key === null) return L('REVIEW_OTHERS');
  return key === '' ? L('REVIEW_BLANK') : key;
}
