import { isCancelledStatus, isWonStage, statusesLeftOut } from '../../../core/table/status';

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

describe('statusesLeftOut', () => {
  it('in a CRM pipeline keeps only won deals: lost and still-open stages are no sale', () => {
    expect(statusesLeftOut(['Won', 'Lost', 'Engaging', 'Prospecting'])).toEqual([false, true, true, true]);
    expect(statusesLeftOut(['Closed Won', 'Negotiation', 'Closed Lost', 'Proposal'])).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(statusesLeftOut(['赢单', '输单', '商务谈判'])).toEqual([false, true, true]);
  });
  it('elsewhere leaves out only cancelled, closed and refunded orders', () => {
    expect(statusesLeftOut(['Shipped', 'On Hold', 'Cancelled', 'In Process'])).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
});

describe('isWonStage', () => {
  it.each(['Won', 'Closed Won', 'closed_won', 'Closed - Won', 'CLOSED WON', '赢单', '贏單'])(
    '%p is won',
    (s) => expect(isWonStage(s)).toBe(true),
  );
  it.each(['Lost', 'Closed Lost', 'Won back', 'Prospecting', 'Shipped', ''])('%p is not', (s) =>
    expect(isWonStage(s)).toBe(false),
  );
});
