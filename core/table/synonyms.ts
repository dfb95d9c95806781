/**
 * Header vocabulary per role, on header keys (see headerKey: lower case, Simplified, no spaces or
 * brackets). `exact` entries score their confidence; `contains` entries score when found inside.
 */
import type { Role } from './types';

export interface RoleRule {
  role: Role;
  exact: [string, number][];
  contains: [string, number][];
  /** A header containing any of these is never this role. */
  not?: string[];
}

const RATE = ['率', '%', '占比', 'rate', 'ratio', 'pct', 'percent', '单价', '均价', 'price', '平均', 'avg'];
const PRIOR = ['上年', '去年', '同期', '上期', 'prior', 'lastyear', 'previous'];
const PLAN = ['目标', '指标', '任务', '计划', '预算', 'target', 'plan', 'budget', 'quota', 'forecast', '预测'];

export const ROLE_RULES: RoleRule[] = [
  {
    role: 'date',
    exact: [
      ['订单日期', 1], ['签约日期', 1], ['下单日期', 1], ['成交日期', 1], ['合同日期', 1], ['签单日期', 1],
      ['orderdate', 1], ['signdate', 1], ['contractdate', 1], ['bookingdate', 1], ['closedate', 1],
      ['日期', 0.95], ['date', 0.95], ['销售日期', 0.95], ['业务日期', 0.95], ['单据日期', 0.9], ['salesdate', 0.95],
      ['开票日期', 0.8], ['invoicedate', 0.8], ['时间', 0.7], ['日期时间', 0.8],
      ['发货日期', 0.6], ['出库日期', 0.6], ['交付日期', 0.6], ['交货日期', 0.6], ['shipdate', 0.6], ['deliverydate', 0.6],
    ],
    contains: [
      ['订单', 0.9], ['签约', 0.9], ['下单', 0.9], ['order', 0.9], ['日期', 0.8], ['date', 0.8],
    ],
    not: ['发货', '出库', '交付', '交货', '到货', 'ship', 'deliver', '回款', '付款', 'payment', 'due', '到期', '生日', 'birth'],
  },
  {
    role: 'period',
    exact: [
      ['月份', 1], ['月', 0.9], ['month', 1], ['期间', 1], ['period', 1], ['季度', 1], ['quarter', 1],
      ['年月', 1], ['yearmonth', 1], ['销售月份', 1], ['所属期间', 1], ['会计期间', 1], ['年度季度', 0.9],
    ],
    contains: [['月份', 0.8], ['季度', 0.8], ['month', 0.8], ['quarter', 0.8], ['period', 0.8]],
  },
  {
    role: 'stretchTarget',
    exact: [['挑战目标', 1], ['冲刺目标', 1], ['stretchtarget', 1], ['stretch', 1], ['争取目标', 1]],
    contains: [['挑战', 0.9], ['冲刺', 0.9], ['stretch', 0.9], ['争取', 0.85]],
    not: RATE,
  },
  {
    role: 'target',
    exact: [
      ['目标', 1], ['销售目标', 1], ['目标额', 1], ['目标金额', 1], ['目标销售额', 1], ['指标', 1], ['销售指标', 1],
      ['任务', 0.95], ['销售任务', 1], ['任务额', 1], ['target', 1], ['salestarget', 1], ['quota', 1], ['基础目标', 1],
      ['计划', 0.8], ['销售计划', 0.85], ['预算', 0.8], ['plan', 0.8], ['budget', 0.8],
    ],
    contains: [['目标', 0.85], ['指标', 0.85], ['任务', 0.8], ['target', 0.85], ['quota', 0.85], ['计划', 0.7], ['预算', 0.7], ['budget', 0.7]],
    not: [...RATE, '完成', 'achiev', '差', 'gap', 'variance'],
  },
  {
    role: 'grossProfit',
    exact: [['毛利', 1], ['毛利额', 1], ['毛利润', 1], ['grossprofit', 1], ['gp', 0.9], ['grossmargin', 0.8], ['毛利金额', 1]],
    contains: [['毛利', 0.85], ['grossprofit', 0.85]],
    not: [...RATE, ...PLAN],
  },
  {
    role: 'cost',
    exact: [['成本', 1], ['销售成本', 1], ['营业成本', 1], ['cost', 1], ['cogs', 1], ['costofsales', 1], ['成本金额', 1], ['总成本', 1]],
    contains: [['成本', 0.85], ['cost', 0.85], ['cogs', 0.85]],
    not: [...RATE, ...PLAN, '单位', 'unit'],
  },
  {
    role: 'quantity',
    exact: [['数量', 1], ['销量', 1], ['件数', 1], ['qty', 1], ['quantity', 1], ['units', 0.9], ['volume', 0.9], ['销售数量', 1], ['台数', 0.9]],
    contains: [['数量', 0.85], ['销量', 0.85], ['qty', 0.85], ['quantity', 0.85]],
    not: [...RATE, ...PLAN],
  },
  {
    role: 'amount',
    exact: [
      ['销售额', 1], ['金额', 1], ['收入', 1], ['营收', 1], ['营业收入', 1], ['销售收入', 1], ['销售金额', 1],
      ['合同金额', 0.95], ['合同额', 0.95], ['签约额', 0.95], ['签约金额', 0.95], ['成交额', 0.95], ['成交金额', 0.95],
      ['订单金额', 0.95], ['含税金额', 0.9], ['业绩', 0.9], ['实际销售额', 1], ['销售额实际', 1], ['实际', 0.8],
      ['revenue', 1], ['sales', 0.95], ['amount', 1], ['salesamount', 1], ['netsales', 1], ['turnover', 0.9],
      ['actual', 0.8], ['actualsales', 1], ['totalamount', 0.9], ['value', 0.6], ['营业额', 1],
    ],
    contains: [['销售额', 0.8], ['金额', 0.8], ['收入', 0.8], ['营收', 0.8], ['营业额', 0.8], ['revenue', 0.8], ['sales', 0.75], ['amount', 0.8]],
    not: [...RATE, ...PLAN, '成本', 'cost', '毛利', 'profit', '回款', '收款', 'collect', '税额', 'tax', '折扣', 'discount', '挑战', 'stretch', '冲刺', '数量', 'qty', 'rep', 'person', '员', '人'],
  },
  {
    role: 'customer',
    exact: [
      ['客户', 1], ['客户名称', 1], ['客户名', 1], ['客户简称', 1], ['客户全称', 1], ['customer', 1], ['customername', 1],
      ['client', 1], ['clientname', 1], ['account', 0.9], ['accountname', 0.95], ['买方', 0.9], ['购买方', 0.9],
      ['客户编号', 0.9], ['客户代码', 0.9], ['客户id', 0.9], ['customerid', 0.9], ['customercode', 0.9], ['customerno', 0.9],
      ['公司名称', 0.7], ['单位名称', 0.7],
    ],
    contains: [['客户', 0.8], ['customer', 0.8], ['client', 0.8]],
    not: ['类型', '等级', '分类', '级别', 'type', 'tier', 'class', 'segment', '行业', 'industry', '来源', 'source', '经理', 'manager', '联系', 'contact', '地址', 'address', '电话', 'phone', '数', 'count'],
  },
  {
    role: 'region',
    exact: [
      ['区域', 1], ['大区', 1], ['片区', 0.95], ['地区', 0.95], ['销售区域', 1], ['region', 1], ['area', 0.9],
      ['territory', 0.95], ['salesregion', 1], ['zone', 0.85], ['省份', 0.7], ['省', 0.7], ['province', 0.7], ['城市', 0.6], ['city', 0.6], ['区', 0.8],
    ],
    contains: [['区域', 0.85], ['大区', 0.85], ['片区', 0.85], ['地区', 0.85], ['region', 0.85], ['territory', 0.8]],
    not: ['经理', 'manager', '负责'],
  },
  {
    role: 'product',
    exact: [
      ['产品线', 1], ['productline', 1], ['产品', 0.95], ['product', 0.95], ['产品名称', 0.95], ['产品类别', 0.95],
      ['品类', 0.9], ['category', 0.9], ['商品', 0.9], ['商品名称', 0.9], ['品名', 0.9], ['sku', 0.8], ['系列', 0.8],
      ['业务线', 0.85], ['产品系列', 0.95], ['productname', 0.95], ['productcategory', 0.95],
    ],
    contains: [['产品', 0.8], ['品类', 0.8], ['商品', 0.8], ['product', 0.8], ['category', 0.75]],
    not: ['经理', 'manager', ...RATE],
  },
  {
    role: 'channel',
    exact: [['渠道', 1], ['销售渠道', 1], ['通路', 1], ['channel', 1], ['saleschannel', 1], ['渠道类型', 0.95]],
    contains: [['渠道', 0.85], ['channel', 0.85], ['通路', 0.85]],
  },
  {
    role: 'salesperson',
    exact: [
      ['销售员', 1], ['业务员', 1], ['销售代表', 1], ['负责人', 1], ['销售人员', 1], ['销售经理', 0.95], ['客户经理', 0.95],
      ['业务代表', 1], ['salesrep', 1], ['salesperson', 1], ['rep', 0.9], ['owner', 0.85], ['accountmanager', 0.95],
      ['销售', 0.7], ['seller', 0.9], ['经办人', 0.85], ['跟进人', 0.85], ['业务', 0.7], ['salesman', 1], ['销售姓名', 1],
    ],
    contains: [['销售员', 0.85], ['业务员', 0.85], ['销售代表', 0.85], ['负责人', 0.85], ['salesrep', 0.85], ['salesperson', 0.85]],
  },
  {
    role: 'currency',
    exact: [['币种', 1], ['币别', 1], ['货币', 1], ['currency', 1], ['ccy', 1], ['curr', 0.9], ['币值', 0.8]],
    contains: [['币种', 0.9], ['币别', 0.9], ['currency', 0.9]],
  },
];

/**
 * The best role and confidence a header key suggests, or null.
 * @example matchHeader('销售额') // [{ role: 'amount', confidence: 1 }]
 */
export function matchHeader(key: string): { role: Role; confidence: number }[] {
  if (key === '') return [];
  const out: { role: Role; confidence: number }[] = [];
  for (const rule of ROLE_RULES) {
    let best = 0;
    for (const [word, c] of rule.exact) if (key === word && c > best) best = c;
    if (best === 0) {
      if (rule.not && rule.not.some((w) => key.includes(w))) continue;
      for (const [word, c] of rule.contains) if (key.includes(word) && c > best) best = c;
    }
    if (best > 0) out.push({ role: rule.role, confidence: best });
  }
  return out;
}
