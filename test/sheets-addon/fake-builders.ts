/** Fake conditional-format rule builder and embedded-chart builder, recording what was built. */
import type { CallLog } from './fake-calls';
import type { FakeRange } from './fake-sheet';

export interface FakeRule {
  condition: string;
  values: number[];
  fontColor?: string;
  background?: string;
  bold?: boolean;
  ranges: string[];
}

export class FakeRuleBuilder {
  private rule: FakeRule = { condition: '', values: [], ranges: [] };
  constructor(private log: CallLog) {}
  private when(condition: string, values: number[]): this {
    this.log.hit(`ConditionalFormatRuleBuilder.${condition}`);
    this.rule.condition = condition;
    this.rule.values = values;
    return this;
  }
  whenNumberLessThan(v: number): this {
    return this.when('whenNumberLessThan', [v]);
  }
  whenNumberGreaterThan(v: number): this {
    return this.when('whenNumberGreaterThan', [v]);
  }
  whenNumberLessThanOrEqualTo(v: number): this {
    return this.when('whenNumberLessThanOrEqualTo', [v]);
  }
  whenNumberGreaterThanOrEqualTo(v: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', [v]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('whenNumberBetween', [a, b]);
  }
  setFontColor(c: string): this {
    this.log.hit('ConditionalFormatRuleBuilder.setFontColor');
    this.rule.fontColor = c;
    return this;
  }
  setBackground(c: string): this {
    this.log.hit('ConditionalFormatRuleBuilder.setBackground');
    this.rule.background = c;
    return this;
  }
  setBold(b: boolean): this {
    this.log.hit('ConditionalFormatRuleBuilder.setBold');
    this.rule.bold = b;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.log.hit('ConditionalFormatRuleBuilder.setRanges');
    this.rule.ranges = ranges.map((r) => r.getA1Notation(false));
    return this;
  }
  build(): FakeRule {
    this.log.hit('ConditionalFormatRuleBuilder.build');
    if (!this.rule.condition || this.rule.ranges.length === 0)
      throw new Error('A conditional format rule needs a condition and ranges.');
    return { ...this.rule };
  }
}

export interface FakeChart {
  type: string;
  ranges: string[];
  numHeaders: number;
  position: [number, number, number, number];
  options: Record<string, unknown>;
}

export class FakeChartBuilder {
  private chart: FakeChart = { type: '', ranges: [], numHeaders: -1, position: [1, 1, 0, 0], options: {} };
  constructor(private log: CallLog) {}
  setChartType(t: string): this {
    this.log.hit('EmbeddedChartBuilder.setChartType');
    this.chart.type = t;
    return this;
  }
  addRange(r: FakeRange): this {
    this.log.hit('EmbeddedChartBuilder.addRange');
    this.chart.ranges.push(r.getA1Notation(false));
    return this;
  }
  setNumHeaders(n: number): this {
    this.log.hit('EmbeddedChartBuilder.setNumHeaders');
    this.chart.numHeaders = n;
    return this;
  }
  setPosition(row: number, col: number, dx: number, dy: number): this {
    this.log.hit('EmbeddedChartBuilder.setPosition');
    this.chart.position = [row, col, dx, dy];
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.log.hit('EmbeddedChartBuilder.setOption');
    this.chart.options[key] = value;
    return this;
  }
  build(): FakeChart {
    this.log.hit('EmbeddedChartBuilder.build');
    if (!this.chart.type) throw new Error('Chart type is required.');
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}
