/**
 * DOMAIN.md-style fixture: FY2025 revenue 13.6亿 (quarters 2.8 / 3.2 / 3.5 / 4.1亿) against FY2024
 * 12亿 (2.5 / 2.9 / 3.1 / 3.5亿); regions 40/30/20/10% of 2025; margin 22.4% → 26.1%.
 */
import type { Row } from '../../helpers/make-table';

export const Q2025 = [2.8e8, 3.2e8, 3.5e8, 4.1e8];
export const Q2024 = [2.5e8, 2.9e8, 3.1e8, 3.5e8];
export const REGIONS = ['华东', '华南', '华北', '西南'];
export const SHARE2025 = [0.4, 0.3, 0.2, 0.1];
/** Prior-year region revenue: 4.6 / 4.3 / 2.1 / 1.0亿 (华南 down 5.1%, 西南 up 36%). */
export const REGION2024 = [4.6e8, 4.3e8, 2.1e8, 1.0e8];

function yearRows(year: number, quarters: number[], shares: number[], margin: number): Row[] {
  const rows: Row[] = [];
  quarters.forEach((q, qi) => {
    for (let k = 0; k < 3; k++) {
      const month = qi * 3 + k + 1;
      REGIONS.forEach((region, ri) => {
        const amount = (q * shares[ri]) / 3;
        rows.push({
          month: `${year}-${String(month).padStart(2, '0')}`,
          amount,
          cost: amount * (1 - margin),
          region,
          product: ri < 2 ? 'A系列' : 'B系列',
        });
      });
    }
  });
  return rows;
}

/** The fixture's rows: FY2024 then FY2025. */
export function domainRows(): Row[] {
  return [
    ...yearRows(
      2024,
      Q2024,
      REGION2024.map((v) => v / 12e8),
      0.224,
    ),
    ...yearRows(2025, Q2025, SHARE2025, 0.261),
  ];
}
