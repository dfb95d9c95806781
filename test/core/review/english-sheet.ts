/** A small English sales sheet (grid as a host gives it): a title row, 2 years × 12 months × 3 regions. */
import type { CellValue } from '../../../core/table/types';

export function englishSheet(): CellValue[][] {
  const grid: CellValue[][] = [
    ['Sales 2024-2025'],
    ['Order Date', 'Customer', 'Region', 'Product', 'Qty', 'Revenue', 'Cost'],
  ];
  const regions = ['East', 'West', 'North'];
  for (const y of [2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      for (let i = 0; i < 3; i++) {
        const rev = (y === 2025 ? [1.2, 0.95, 1.1][i] : 1) * (1000 + m * 100 + i * 500);
        grid.push([
          `${y}-${String(m).padStart(2, '0')}-15`,
          `Cust ${(m + i) % 7}`,
          regions[i],
          i === 2 ? 'Widgets' : 'Gadgets',
          10 + i,
          rev,
          rev * 0.6,
        ]);
      }
    }
  }
  return grid;
}
