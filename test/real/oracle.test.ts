/**
 * The real-sheet corpus (test/fixtures/real): people.json is valid, every sheet in the folder has
 * a person's choices and a README entry, and expected.json is what the independent Python oracle
 * computes today (re-run here, so a changed file or choice cannot leave stale figures behind).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpectedSchema, REAL_DIR, readExpected, readPeople } from './people';

const DATA_FILE = /\.(csv|xlsx|xls)$/;

describe('real-sheet corpus', () => {
  const people = readPeople();
  const names = people.files.map((p) => p.file);

  it('has a person choice for every sheet in the folder, and only for those', () => {
    const onDisk = readdirSync(REAL_DIR).filter((f) => DATA_FILE.test(f));
    expect([...names].sort()).toEqual(onDisk.sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('documents every sheet in the README (source and what makes it hard)', () => {
    const readme = readFileSync(join(REAL_DIR, 'README.md'), 'utf8');
    for (const n of names) expect(readme).toContain(`\`${n}\``);
  });

  it('is at least 18 sheets, 9 of them Chinese, with two wide and a split workbook', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
    expect(people.files.filter((p) => p.lang !== 'en').length).toBeGreaterThanOrEqual(9);
    expect(people.files.filter((p) => p.layout === 'wide').length).toBeGreaterThanOrEqual(2);
    expect(people.files.some((p) => (p.sheets?.length ?? 0) > 1)).toBe(true);
  });

  it('expected.json is what the oracle computes now', () => {
    const out = execFileSync('python3', ['-B', join(REAL_DIR, 'oracle', 'oracle.py'), '--stdout'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const fresh = ExpectedSchema.parse(JSON.parse(out));
    expect(fresh).toEqual(readExpected());
    expect(Object.keys(fresh.files)).toEqual(names);
  });

  it('the oracle found data in the review year of every sheet', () => {
    const expected = readExpected();
    for (const p of people.files) {
      const e = expected.files[p.file];
      expect({ file: p.file, hasRows: e.rowsInReviewYear > 0 }).toEqual({ file: p.file, hasRows: true });
    }
  });
});
