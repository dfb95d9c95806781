/** The bilingual --help text (English and Chinese side by side, whatever --lang says). */

export const HELP_TEXT = `sales-review — year-end sales review and next-year plan / 销售年终复盘与下年度计划

Usage / 用法:
  sales-review review <input.xlsx|.xlsm|.xls|.ods|.csv> [options]

Reads the sales sheet, writes a copy of the workbook with the review tabs added (your sheets are
left as they are), and prints the attainment, the YoY growth and the output path.
读取销售数据,输出添加了复盘页签的工作簿副本(原有工作表保持不变),并打印完成率、同比增长和输出路径。

Options / 选项:
  --sheet <name|a,b|all>    sales sheet(s): one name reads that sheet alone; a,b reads those sheets
                            (one header) as one data set; all adds hidden ones. Default: the sheet
                            that looks like sales data and every sheet with the same header
                            销售数据工作表:一个名称只读该表;a,b 将表头相同的多个表合并读取;all 含隐藏表
                            (默认自动识别,并合并表头相同的工作表)
  --year <yyyy>             review year (default: latest year with data) 复盘年度(默认最近有数据的年度)
  --fiscal-start <1-12>     first month of the fiscal year (default 1) 财年起始月(默认 1)
  --targets <file[:sheet]>  targets by quarter / region from a sheet 目标表(可指定工作表)
                            (default: a sheet named 目标/Targets in the input, if any)
  --target <amount>         annual base target, e.g. 12亿, 1.2e9, 120000万 年度基础目标
  --stretch <amount>        annual stretch target 年度挑战目标
  --map role=Header         column mapping, repeatable, e.g. --map amount=销售额(万元) 指定列映射(可重复)
                            roles: date period amount cost grossProfit quantity target
                            stretchTarget customer region product channel salesperson currency
                            unitPrice refund status
  --unit-of role=unit       unit of a money column, repeatable, replacing the header's, e.g.
                            --unit-of amount=万 (a "销售额" column in 万元) 指定金额列单位(可重复,取代表头单位)
                            roles: amount cost grossProfit target stretchTarget; units: 元 万 亿 千 K M
                            (columns of the sales sheet; a --targets sheet's units come from its headers)
  --date-order <order>      how dates like 05-02-2010 are read: auto (default: decided per column
                            from a day above 12), ymd, mdy (2/24/2003) or dmy (24/02/2003)
                            日期顺序(默认按每列的证据自动判断)
  --exclude-status a,b      order statuses left out, e.g. --exclude-status 0,2 (default: cancelled,
                            closed and refunded orders, by their words) 不计入的订单状态
  --include-cancelled       keep cancelled, closed and refunded orders 计入已取消/关闭/退款订单
  --dims region,product     dimensions to break down 拆解维度
  --lang zh-CN|zh-TW|en     language of the review 语言
  --unit 元|万|亿|K|M        display unit 显示单位
  --currency <code>         report currency (default CNY) 报告币种(默认 CNY)
  --rate CODE=rate          exchange rate, repeatable, e.g. --rate USD=7.2 汇率(可重复)
  --growth <rate>           next-year growth, 0.15 or 15% 下年度增长率
  --quarter-weights <w>     3,3,2,2 | equal | seasonal 季度拆分权重
  -o, --out <out.xlsx>      output workbook (default: <input>-review.xlsx) 输出工作簿
  --json <out.json>         also write the review model as JSON 同时输出 JSON
  --with-data / --no-data   CSV input: copy the rows into the workbook as a data sheet, or not
                            (default: only up to 2,000,000 cells, e.g. 200,000 rows × 10 columns)
                            CSV 输入：是否把数据复制为工作簿中的数据表（默认仅在不超过 2,000,000 个单元格时复制）
  --engine auto|core|duckdb auto: DuckDB for .parquet, a folder of .parquet/.csv files (one schema)
                            and CSVs from 100 MB; core: in memory 计算引擎(大文件自动用 DuckDB)
  --sql                     print the review's SQL instead of reviewing (one query per aggregate)
                            打印复盘所需的 SQL 查询,而不生成复盘
  --dialect duckdb|bigquery|postgres   dialect of --sql SQL 方言
  --table <name>            table --sql reads (default: the input's name) 查询的表名
  --aggregates <folder>     review from the --sql queries' results (queries.sql + <name>.csv/.json)
                            用查询结果文件夹生成复盘
  -q, --quiet               no progress messages 不显示进度
  -h, --help                this help 帮助
  -v, --version             version 版本

Examples / 示例:
  sales-review review 销售明细.xlsx --target 12亿 --stretch 14亿 --unit 亿
  sales-review review sales.csv --lang en --dims region,product -o review.xlsx --json review.json
  sales-review review orders.parquet --json review.json
  sales-review review sample.csv --sql --dialect bigquery --table proj.sales.orders > results/queries.sql
  sales-review review --aggregates results/
`;
