/**
 * The real-sheet corpus's person choices (test/fixtures/real/people.json) and the oracle's figures
 * (expected.json), read and validated with zod: both enter the tests as data, so a typo in a hand
 * edit fails loudly instead of silently comparing against nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Folder of the real sheets, people.json, expected.json and the oracle. */
export const REAL_DIR = join(__dirname, '..', 'fixtures', 'real');

const Header = z.string().min(1);

const AmountChoice = z.union([
  z.object({ column: Header }).strict(),
  z.object({ quantity: Header, unitPrice: Header }).strict(),
]);

const WideChoice = z
  .object({
    /** Role → header of each row-label column. */
    labels: z.record(z.string(), Header),
    /** Period column header → calendar month (1..12). */
    periods: z.record(z.string(), z.number().int().min(1).max(12)),
    /** Whole years across (header → year), in place of month `periods`: their quarters are unknown. */
    yearColumns: z.record(z.string(), z.number().int()).optional(),
    /**
     * A pivot's compact outline: role → the label column whose rows with no figures head the rows
     * below them (a territory over its promotion types).
     */
    outline: z.record(z.string(), Header).optional(),
    totalColumn: Header.nullable().optional(),
    totalRowLabels: z.array(z.string()).optional(),
    /** The year the sheet states (title, header, sheet name), or null when it states none. */
    year: z.number().int().nullable(),
    /** What the user answers when asked for the year (only when `year` is null). */
    yearForRun: z.number().int(),
  })
  .strict();

export const PersonChoiceSchema = z
  .object({
    file: z.string().regex(/^(zh|en)-[a-z0-9-]+\.(csv|xlsx|xls)$/),
    lang: z.enum(['zh-CN', 'zh-TW', 'en']),
    layout: z.enum(['list', 'wide']),
    sheet: z.string().nullable(),
    /** Several sheets with the same header that together are the data set (a split workbook). */
    sheets: z.array(z.string()).min(2).optional(),
    headerRow: z.number().int().min(1),
    date: Header.nullable(),
    dateOrder: z.enum(['ymd', 'mdy', 'dmy']).nullable(),
    amount: AmountChoice.nullable(),
    decimalComma: z.boolean().optional(),
    refund: Header.nullable(),
    status: z
      .object({ column: Header, exclude: z.array(z.string()).min(1) })
      .strict()
      .nullable(),
    customer: Header.nullable(),
    productLine: Header.nullable(),
    product: Header.nullable(),
    region: Header.nullable(),
    salesperson: Header.nullable(),
    channel: Header.nullable(),
    reviewYear: z.number().int().min(1990).max(2100),
    wide: WideChoice.optional(),
    /**
     * What the user tells the product because the sheet cannot say it (CLI options, e.g.
     * --exclude-status 0,2 where a status is a code): the corpus runs the file as the user would.
     */
    userArgs: z.array(z.string()).optional(),
    note: z.string().min(20),
  })
  .strict()
  .refine((p) => (p.layout === 'wide') === (p.wide !== undefined), 'a wide sheet has `wide`, a list has not')
  .refine(
    (p) => p.layout === 'wide' || (p.date !== null && p.amount !== null),
    'a list needs a date and an amount',
  );

export type PersonChoice = z.infer<typeof PersonChoiceSchema>;

export const PeopleSchema = z
  .object({ about: z.string(), files: z.array(PersonChoiceSchema).min(1) })
  .strict();

const Segments = z.object({
  distinct: z.number().int(),
  top: z.array(z.object({ name: z.string(), value: z.number() })),
});

export const OracleFileSchema = z.object({
  encoding: z.string().nullable(),
  rowsUsed: z.number().int(),
  counts: z.record(z.string(), z.number().nullable()),
  reviewYear: z.number().int(),
  rowsInReviewYear: z.number().int(),
  revenue: z.number(),
  prior: z.number().nullable(),
  /** Q1..Q4 of the review year; null where the sheet cannot tell (whole-year columns). */
  quarters: z.array(z.number().nullable()).length(4),
  revenueByYear: z.record(z.string(), z.number()),
  dimensions: z.record(z.string(), Segments),
  rowsPerSheet: z.record(z.string(), z.number().int()).optional(),
});

export type OracleFile = z.infer<typeof OracleFileSchema>;

export const ExpectedSchema = z.object({
  generatedBy: z.string(),
  files: z.record(z.string(), OracleFileSchema),
});

/**
 * people.json, validated.
 * @example readPeople().files[0].file // 'zh-tmall-orders-2020.csv'
 */
export function readPeople(): z.infer<typeof PeopleSchema> {
  return PeopleSchema.parse(JSON.parse(readFileSync(join(REAL_DIR, 'people.json'), 'utf8')));
}

/**
 * expected.json (the oracle's last output), validated.
 * @example readExpected().files['en-financial-sample.xlsx'].revenue
 */
export function readExpected(): z.infer<typeof ExpectedSchema> {
  return ExpectedSchema.parse(JSON.parse(readFileSync(join(REAL_DIR, 'expected.json'), 'utf8')));
}
