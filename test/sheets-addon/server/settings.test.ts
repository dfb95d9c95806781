import {
  loadRawSettings,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
} from '../../../sheets-addon/server/settings';
import { defaultSettings } from '../../../core/settings/schema';
import { createFakeGas } from '../fake-spreadsheet-app';

type Props = GoogleAppsScript.Properties.Properties;

function props() {
  const gas = createFakeGas();
  return { gas, props: gas.env.properties.getDocumentProperties() as Props };
}

describe('settings in document properties', () => {
  it('round-trips saved settings with defaults applied', () => {
    const { props: p } = props();
    const saved = saveSettings(p, {
      fiscalStartMonth: 4,
      language: 'en',
      targets: { kind: 'typed', base: 1e8 },
    });
    expect(loadSettings(p)).toEqual({ settings: saved, source: 'saved' });
    expect(loadSettings(p).settings).toMatchObject({
      fiscalStartMonth: 4,
      language: 'en',
      targets: { kind: 'typed', base: 1e8, stretch: null },
    });
    expect(loadRawSettings(p)).toEqual(saved);
  });

  it('gives defaults when nothing is saved', () => {
    expect(loadSettings(props().props)).toEqual({ settings: defaultSettings(), source: 'default' });
    expect(loadRawSettings(props().props)).toBeNull();
  });

  it('gives defaults, flagged invalid, for corrupt JSON or settings that do not validate', () => {
    const { gas, props: p } = props();
    gas.properties.set(SETTINGS_KEY, '{not json');
    expect(loadSettings(p)).toEqual({ settings: defaultSettings(), source: 'invalid', problem: 'not JSON' });
    gas.properties.set(SETTINGS_KEY, JSON.stringify({ fiscalStartMonth: 13 }));
    expect(loadSettings(p)).toEqual({
      settings: defaultSettings(),
      source: 'invalid',
      problem: expect.stringMatching(/^fiscalStartMonth: /),
    });
  });

  it('refuses to save invalid settings and keeps what was saved', () => {
    const { gas, props: p } = props();
    saveSettings(p, { fiscalStartMonth: 7 });
    const before = gas.properties.get(SETTINGS_KEY);
    expect(() => saveSettings(p, { fiscalStartMonth: 0 })).toThrow(/fiscalStartMonth/);
    expect(gas.properties.get(SETTINGS_KEY)).toBe(before);
  });

  it('refuses settings over the 9 KB property limit with a clear error', () => {
    const { props: p } = props();
    const mix = { customer: Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`客户${i}`, 1])) };
    expect(() => saveSettings(p, { plan: { mix } })).toThrow(/too large/);
  });

  it('does not mutate the settings it saves', () => {
    const { props: p } = props();
    const input = { fiscalStartMonth: 4 };
    saveSettings(p, input);
    expect(input).toEqual({ fiscalStartMonth: 4 });
  });
});
