/**
 * THE registry: every formula function, in the order of the public API table. Host wrappers
 * (Excel JSDoc + functions.json + zh-CN metadata, Apps Script SALES_*) are generated from it.
 */
import { CAGR, ATTAINMENT, GROWTH, PP_CHANGE, RUN_RATE, STATUS, VARIANCE, VARIANCE_PCT } from './defs-ratios';
import { CONTRIBUTION, HHI, PVM, SHARE, TOP_SHARE } from './defs-distribution';
import { CASCADE, SEASONAL_SPLIT, SPLIT } from './defs-plan';
import { FISCAL_YEAR, QUARTER } from './defs-periods';
import { NEW_CUSTOMERS, REPURCHASE_RATE } from './defs-customers';
import { CN_UNIT, NARRATIVE, PARSE_AMOUNT } from './defs-text';
import { ATTAINMENT_OF, REVENUE, YOY } from './defs-table';
import { BREAKDOWN, CUSTOMERS, DATA_QUALITY, QUARTERS, TOP_CUSTOMERS } from './defs-table-spill';
import type { FunctionDef } from './types';

export const REGISTRY: readonly FunctionDef[] = [
  ATTAINMENT,
  VARIANCE,
  VARIANCE_PCT,
  GROWTH,
  PP_CHANGE,
  SHARE,
  CONTRIBUTION,
  CAGR,
  RUN_RATE,
  SPLIT,
  SEASONAL_SPLIT,
  CASCADE,
  STATUS,
  TOP_SHARE,
  HHI,
  PVM,
  QUARTER,
  FISCAL_YEAR,
  REPURCHASE_RATE,
  NEW_CUSTOMERS,
  PARSE_AMOUNT,
  CN_UNIT,
  NARRATIVE,
  REVENUE,
  YOY,
  ATTAINMENT_OF,
  BREAKDOWN,
  QUARTERS,
  CUSTOMERS,
  TOP_CUSTOMERS,
  DATA_QUALITY,
];

/** Lookup by canonical name (upper case, no SALES prefix). */
export const REGISTRY_BY_NAME: ReadonlyMap<string, FunctionDef> = new Map(REGISTRY.map((d) => [d.name, d]));
