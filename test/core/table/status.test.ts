import { isCancelledStatus } from '../../../core/table/status';

describe('isCancelledStatus', () => {
  it.each([
    '已取消',
    '交易关闭',
    '交易關閉',
    '退款成功',
    '全额退款',
    '作废',
    '拒货',
    'Cancelled',
    'canceled',
    'Refunded',
    'VOID',
    'Closed Lost',
  ])('%p is no sale', (s) => expect(isCancelledStatus(s)).toBe(true));
  it.each([
    '交易成功',
    '已发货',
    '部分退款',
    '退款中',
    'Shipped',
    'On Hold',
    'Disputed',
    'Resolved',
    'In Process',
    'Closed Won',
    '',
    '1',
  ])('%p stays', (s) => expect(isCancelledStatus(s)).toBe(false));
});
