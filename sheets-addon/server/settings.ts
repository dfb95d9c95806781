/**
 * Review settings saved in the document's properties (JSON), so "Generate review" repeats the last
 * run for everyone who opens the spreadsheet. Validated with the zod schema on load and on save.
 */
import { ReviewSettingsSchema, defaultSettings, type ReviewSettings } from '../../core/settings';

/** The document-property key. */
export const SETTINGS_KEY = 'sales-review.settings';
/** Apps Script caps one property value at 9 KB. */
export const MAX_SETTINGS_BYTES = 9 * 1024;

type Props = GoogleAppsScript.Properties.Properties;

/**
 * The saved settings as stored (parsed JSON), or null when none or unreadable.
 * @example loadRawSettings(props) // { version: 1, … } | null
 */
export function loadRawSettings(props: Props): unknown {
  const text = props.getProperty(SETTINGS_KEY);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Loaded settings: the saved ones, or defaults with the reason (`problem` says what is wrong with invalid ones). */
export type LoadedSettings =
  | { settings: ReviewSettings; source: 'saved' | 'default' }
  | { settings: ReviewSettings; source: 'invalid'; problem: string };

/**
 * The saved settings validated by the schema; defaults when none are saved or they do not validate.
 * @example loadSettings(props).settings.fiscalStartMonth // 1
 */
export function loadSettings(props: Props): LoadedSettings {
  const raw = loadRawSettings(props);
  if (raw === null) {
    if (props.getProperty(SETTINGS_KEY) === null) return { settings: defaultSettings(), source: 'default' };
    return { settings: defaultSettings(), source: 'invalid', problem: 'not JSON' };
  }
  const parsed = ReviewSettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, source: 'saved' };
  const problem = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`)
    .join('; ');
  return { settings: defaultSettings(), source: 'invalid', problem };
}

/**
 * Validates and saves settings (defaults applied). Invalid settings are a programmer error: throws.
 * @example saveSettings(props, { fiscalStartMonth: 4 })
 */
export function saveSettings(props: Props, settings: unknown): ReviewSettings {
  const parsed = ReviewSettingsSchema.safeParse(settings);
  if (!parsed.success)
    throw new Error(
      `Invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const text = JSON.stringify(parsed.data);
  if (utf8Length(text) > MAX_SETTINGS_BYTES)
    throw new Error(
      `Settings are too large to save (${utf8Length(text)} bytes; limit ${MAX_SETTINGS_BYTES}).`,
    );
  props.setProperty(SETTINGS_KEY, text);
  return parsed.data;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
