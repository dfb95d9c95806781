import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { generateAll, jsName } from '../../scripts/gen-functions';
import { REGISTRY } from '../../core/functions';

const ROOT = join(__dirname, '..', '..');
const generated = generateAll();
const committed = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      optional?: boolean;
      dimensionality?: string;
      type?: string;
      description: string;
    }[];
    result: { dimensionality?: string };
  }[];
}

describe('gen-functions', () => {
  it.each(Object.keys(generated))(
    'committed %s equals a fresh generation (run npm run gen:functions)',
    (rel) => {
      expect(committed(rel)).toBe(generated[rel]);
    },
  );

  it('functions.json holds the registry: ids, parameter names, optionals, matrix where ranges go', () => {
    const meta = JSON.parse(committed('excel-addin/generated/functions.json')) as Meta;
    expect(meta.functions.map((f) => f.id)).toEqual(REGISTRY.map((d) => d.name));
    for (const def of REGISTRY) {
      const f = meta.functions.find((x) => x.id === def.name);
      expect(f?.name).toBe(def.name);
      expect(f?.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
      expect(f?.parameters.map((p) => p.optional === true)).toEqual(
        def.params.map((p) => p.optional === true),
      );
      expect(f?.parameters.map((p) => p.dimensionality === 'matrix')).toEqual(
        def.params.map((p) => p.type === 'range' || p.spread === true),
      );
      expect(f?.result.dimensionality === 'matrix').toBe(def.result !== 'scalar');
      expect(f?.description).toBe(def.description.en);
    }
  });

  it('functions.zh-CN.json is the same metadata with Chinese help and unchanged names', () => {
    const en = JSON.parse(committed('excel-addin/generated/functions.json')) as Meta;
    const zh = JSON.parse(committed('excel-addin/generated/functions.zh-CN.json')) as Meta;
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    const split = zh.functions.find((f) => f.id === 'SPLIT');
    expect(split?.description).toContain('最大余数法');
    expect(split?.parameters[1].description).toBe('权重，如 {3,3,2,2}。');
    const strip = (m: Meta) =>
      m.functions.map((f) => ({
        ...f,
        description: '',
        parameters: f.parameters.map((p) => ({ ...p, description: '' })),
      }));
    expect(strip(zh)).toEqual(strip(en));
  });

  it('functions.zh-TW.json has the Traditional Chinese help, names unchanged', () => {
    const en = JSON.parse(committed('excel-addin/generated/functions.json')) as Meta;
    const tw = JSON.parse(committed('excel-addin/generated/functions.zh-TW.json')) as Meta;
    expect(tw.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    const split = tw.functions.find((f) => f.id === 'SPLIT');
    const def = REGISTRY.find((d) => d.name === 'SPLIT')!;
    expect(split?.description).toBe(def.description['zh-TW'].replace(/\s+/g, ' ').trim());
    expect(split?.parameters[1].description).toBe(def.params[1].help['zh-TW']);
  });

  it('each Excel wrapper forwards its arguments in order to callRegistry', () => {
    const src = committed('excel-addin/generated/functions.ts');
    expect(src).toContain("import { callRegistry } from '../cf-result';");
    for (const def of REGISTRY) {
      const args = def.params.map((p) => p.name).join(', ');
      expect(src).toContain(`@customfunction ${def.name}\n`);
      expect(src).toContain(`export function ${jsName(def.name)}(`);
      expect(src).toContain(`callRegistry('${def.name}', [${args}])`);
    }
  });

  it('the Sheets wrappers are a classic script: SALES_NAME forwards to SalesReviewLib.sheetsCall', () => {
    const src = committed('sheets-addon/generated/functions.js');
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    const calls: [string, unknown[]][] = [];
    const sandbox: Record<string, unknown> = {
      SalesReviewLib: { sheetsCall: (name: string, args: unknown[]) => (calls.push([name, args]), 42) },
    };
    runInNewContext(src, sandbox);
    for (const def of REGISTRY) {
      const fn = sandbox[`SALES_${def.name}`] as (...a: unknown[]) => unknown;
      expect(typeof fn).toBe('function');
      expect(fn.length).toBe(def.params.length);
      const args = def.params.map((_, i) => [[i]]);
      expect(fn(...args)).toBe(42);
      expect(calls.at(-1)).toEqual([def.name, args]);
    }
  });

  it('the Sheets JSDoc documents every parameter, optionals in brackets, and @customfunction', () => {
    const src = committed('sheets-addon/generated/functions.js');
    for (const def of REGISTRY) {
      const block = src.slice(
        src.lastIndexOf('/**', src.indexOf(`function SALES_${def.name}(`)),
        src.indexOf(`function SALES_${def.name}(`),
      );
      expect(block).toContain('@customfunction');
      expect(block).toContain('@return {');
      for (const p of def.params) {
        expect(block).toContain(`} ${p.optional ? `[${p.name}]` : p.name} ${p.help.en}`);
      }
    }
  });
});
