import { isPlaceName } from '../../../core/table/places';

describe('isPlaceName', () => {
  it.each([
    '广东',
    '广东省',
    '上海',
    '深圳市',
    '浦东新区',
    '华东',
    '华东区',
    '西南',
    '臺北',
    'East',
    'West Region',
    'Central',
    'Spain',
    'USA',
    'California',
    'New York',
    'N',
  ])('%p is a place', (v) => expect(isPlaceName(v)).toBe(true));
  it.each([
    '138****1234',
    '13800000001',
    'CA-2016-152156',
    '浙江省 杭州市 西湖区 文三路 1 号',
    '早班',
    '晚班',
    'Holiday',
    'Medium',
    'Discount Band',
    '宫保鸡丁',
    'Acme Ltd',
    '',
    '2025-01-01',
  ])('%p is not', (v) => expect(isPlaceName(v)).toBe(false));
});
