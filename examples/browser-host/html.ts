/** The demo page: the wizard pane (320 px, or ?pane=300) on the left, the workbook's tabs on the right. */

const PAGE_CSS = `
html,body{margin:0;height:100%;font-family:"Segoe UI",-apple-system,Roboto,Arial,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f3f3f3;}
.demo{display:flex;height:100%;}
#pane{box-sizing:border-box;flex:none;width:var(--pane,320px);height:100%;border-right:1px solid #d1d1d1;background:#fff;overflow:hidden;}
#book{flex:1;min-width:0;display:flex;flex-direction:column;}
#sheet{flex:1;overflow:auto;background:#fff;margin:0;padding:8px;}
#strip{display:flex;gap:2px;overflow-x:auto;background:#e8e8e8;border-top:1px solid #d1d1d1;padding:0 4px;}
#strip .tab{font:inherit;font-size:12px;border:0;background:transparent;padding:6px 10px;cursor:pointer;white-space:nowrap;color:#424242;}
#strip .tab.owned{color:#0f6cbd;}
#strip .tab[aria-selected=true]{background:#fff;font-weight:600;border-bottom:2px solid #0f6cbd;}
#strip .tab:focus-visible{outline:2px solid #000;outline-offset:-2px;}
.tab-table{border-collapse:collapse;font-size:12px;table-layout:fixed;}
.tab-table td{border:1px solid #e1e1e1;padding:2px 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:top;}
.tab-table.user{table-layout:auto;}
.chart-note{color:#616161;font-size:12px;margin:8px 0 0;}
`;

/**
 * The HTML of the demo page, loading the bundled script.
 * @example pageHtml('/app.js')
 */
export function pageHtml(script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sales Review — browser demo</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<div class="demo">
  <aside id="pane" aria-label="Sales Review"></aside>
  <section id="book" aria-label="Workbook">
    <div id="sheet" role="tabpanel"></div>
    <div id="strip" role="tablist" aria-label="Sheets"></div>
  </section>
</div>
<script src="${script}"></script>
</body>
</html>`;
}
