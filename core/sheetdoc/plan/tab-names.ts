/**
 * Tab names for a write, resolved once for every host: the SheetDoc's names made valid for the
 * host (length, forbidden characters), and given a suffix " (2)", " (3)"… where a user's tab already
 * has the name (both Excel and Sheets compare names without case).
 */

/** What a host allows in a tab name. */
export interface NameRules {
  maxLength: number;
  /** Characters the host refuses, replaced by "-". */
  forbidden: RegExp | null;
  /** The host refuses a name that starts or ends with an apostrophe. */
  noEdgeApostrophe: boolean;
  /** Names the host keeps for itself (lower case). */
  reserved: readonly string[];
}

/**
 * Excel: at most 31 characters, none of / \ ? * : [ ], no leading or trailing apostrophe, not
 * "History".
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export const EXCEL_NAMES: NameRules = {
  maxLength: 31,
  forbidden: /[\\/?*:[\]]/g,
  noEdgeApostrophe: true,
  reserved: ['history'],
};

/** Google Sheets: at most 100 characters, any character. */
export const SHEETS_NAMES: NameRules = {
  maxLength: 100,
  forbidden: null,
  noEdgeApostrophe: false,
  reserved: [],
};

/** A name the host accepts, before clash suffixes. */
function valid(name: string, rules: NameRules, room: number): string {
  let n = rules.forbidden ? name.replace(rules.forbidden, '-') : name;
  if (rules.noEdgeApostrophe) n = n.replace(/^'+|'+$/g, '');
  n = n.trim().slice(0, room).trim();
  return n === '' ? 'Review' : n;
}

/**
 * Final names for `wanted`, none clashing with `taken` (the user's tabs) or with each other.
 * @example tabNames(['Overview'], ['overview'], EXCEL_NAMES) // ['Overview (2)']
 */
export function tabNames(wanted: readonly string[], taken: readonly string[], rules: NameRules): string[] {
  const used = new Set([...rules.reserved, ...taken.map((n) => n.toLowerCase())]);
  return wanted.map((w) => {
    let name = valid(w, rules, rules.maxLength);
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = valid(w, rules, rules.maxLength - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
