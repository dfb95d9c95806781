/**
 * Whether a text value names a place: a Chinese province, city or district, a sales region such as
 * 华东 or East, a country or a US state. Region is read from content only when values are places,
 * never from phone numbers, identifiers, addresses with street detail, shifts or bands.
 */

const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 臺灣 台灣 廣東 廣西 遼寧 黑龍江 江蘇 雲南 陝西 貴州 寧夏 內蒙古 湖北 澳門';
const CITIES =
  '广州 深圳 杭州 南京 苏州 武汉 成都 西安 长沙 郑州 沈阳 大连 青岛 济南 厦门 福州 合肥 南昌 昆明 贵阳 南宁 海口 太原 石家庄 哈尔滨 长春 呼和浩特 兰州 西宁 银川 乌鲁木齐 拉萨 宁波 无锡 佛山 东莞 珠海 温州 常州 台北 台中 高雄 台南 新北 桃园 新竹 臺北 臺中 臺南 桃園';
/** Sales regions written as compass points (华东, 东区, 东部, East, North-East …). */
const REGION_ZH =
  /^(华|華)?(东|西|南|北|中|东北|东南|西北|西南|東|東北|東南)(区|區|部|大区|大區|片区|片區|地区|地區|片)?$/;
const REGION_EN =
  /^(north|south|east|west|central|mid)?[\s-]?(north|south|east|west|central|midwest)?(ern)?\s*(region|area|zone|territory|district)?$|^(n|s|e|w|ne|nw|se|sw)$/;
const ZH_PLACE_SUFFIX =
  /^[\u4e00-\u9fff]{1,8}(省|市|自治区|自治區|特别行政区|特別行政區|地区|地區|区|區|县|縣|州|盟|旗|镇|鎮)$/;
/** Street-level detail: an address, not a place to break a review down by. */
const STREET = /路|街|道|号|號|弄|巷|村|栋|棟|室|楼|樓|大厦|大廈|\d/;
const COUNTRIES = new Set(
  (
    'united states,usa,us,united kingdom,uk,canada,mexico,brazil,argentina,chile,colombia,peru,germany,france,' +
    'italy,spain,portugal,netherlands,belgium,switzerland,austria,sweden,norway,denmark,finland,ireland,poland,' +
    'czech republic,hungary,greece,turkey,russia,ukraine,china,japan,korea,south korea,india,indonesia,' +
    'thailand,vietnam,malaysia,singapore,philippines,australia,new zealand,south africa,egypt,nigeria,kenya,' +
    'israel,saudi arabia,united arab emirates,uae,pakistan,bangladesh,taiwan,hong kong,macau'
  ).split(','),
);
const US_STATES = new Set(
  (
    'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,hawaii,idaho,' +
    'illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,' +
    'mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,' +
    'north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,' +
    'tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming,district of columbia,' +
    'ontario,quebec,british columbia,alberta,england,scotland,wales,bavaria,new south wales,victoria,queensland'
  ).split(','),
);
const ZH_NAMES = new Set([...PROVINCES.split(' '), ...CITIES.split(' ')]);
const ZH_PREFIX = new RegExp(`^(${[...ZH_NAMES].sort((a, b) => b.length - a.length).join('|')})`);

/**
 * Whether a cleaned text value is a place name.
 * @example isPlaceName('广东省') // true
 * @example isPlaceName('138****1234') // false
 */
export function isPlaceName(value: string): boolean {
  const v = value.trim();
  if (v === '' || v.length > 30) return false;
  if (/[\u4e00-\u9fff]/.test(v)) {
    if (STREET.test(v)) return false;
    if (ZH_NAMES.has(v) || REGION_ZH.test(v) || ZH_PLACE_SUFFIX.test(v)) return true;
    // 广东深圳, 广东省深圳市: a province or city followed by more place words
    return ZH_PREFIX.test(v) && v.length <= 10;
  }
  const s = v.toLowerCase();
  if (/\d/.test(s)) return false;
  return COUNTRIES.has(s) || US_STATES.has(s) || (s !== '' && REGION_EN.test(s) && /[a-z]/.test(s));
}
