import {
  MAX_CELLS_PER_REQUEST,
  MAX_PAYLOAD_BYTES,
  payloadBytes,
  rowsPerBlock,
} from '../../excel-addin/limits';

describe('rowsPerBlock', () => {
  test('sizes blocks to 75% of 4 MB from the measured bytes per row', () => {
    expect(rowsPerBlock(200, 10)).toBe(Math.floor((MAX_PAYLOAD_BYTES * 0.75) / 200));
  });

  test('never exceeds 5M cells on a wide sheet', () => {
    expect(rowsPerBlock(1, 1000) * 1000).toBeLessThanOrEqual(MAX_CELLS_PER_REQUEST);
  });

  test('reads at least one row however wide the row is', () => {
    expect(rowsPerBlock(50 * 1024 * 1024, 10)).toBe(1);
  });
});

describe('payloadBytes', () => {
  test('is the JSON length for ASCII', () => {
    expect(payloadBytes([[1, 'ab']])).toBe(10);
  });

  test('counts UTF-8 bytes: CJK 3 a character, an astral character 4, as the request carries them', () => {
    for (const v of [['客户'], ['é'], ['𠮷'], [[1, '销售额 (万元)', null]]])
      expect(payloadBytes(v)).toBe(Buffer.byteLength(JSON.stringify(v)));
  });
});
