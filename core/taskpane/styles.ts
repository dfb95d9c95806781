/**
 * The wizard's stylesheet: Fluent 2 design tokens as CSS custom properties (Segoe UI / PingFang /
 * Microsoft YaHei, 4px radius, neutral greys, brand #0F6CBD, 2px focus ring), scoped to .srw so
 * it cannot leak into the host page. Latin fonts come first so Latin text never takes CJK glyphs. Laid out for 300–320 px panes.
 */
export const WIZARD_CSS = `
.srw{--brand:#0F6CBD;--brand-hover:#115EA3;--brand-pressed:#0C3B5E;--brand-bg:#EBF3FC;
--n-fg1:#242424;--n-fg2:#424242;--n-fg3:#616161;--n-stroke1:#D1D1D1;--n-stroke2:#E0E0E0;
--n-bg1:#FFFFFF;--n-bg2:#FAFAFA;--n-bg3:#F5F5F5;--n-bg4:#F0F0F0;
--ok:#107C10;--ok-bg:#F1FAF1;--warn:#8A3707;--warn-bg:#FFF9F5;--warn-stroke:#F4BFAB;
--err:#B10E1C;--err-bg:#FDF3F4;--err-stroke:#EEACB2;
--radius:4px;--focus:#000000;--gap:12px;
--latin:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",Arial;
font-family:var(--latin),"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
font-size:14px;line-height:20px;color:var(--n-fg1);background:var(--n-bg1);
box-sizing:border-box;min-width:280px;display:flex;flex-direction:column;height:100%;}
.srw:lang(zh-TW){font-family:var(--latin),"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC","Source Han Sans TC",sans-serif;}
.srw *,.srw *::before,.srw *::after{box-sizing:inherit;}
.srw-head{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:10px 12px;border-bottom:1px solid var(--n-stroke2);}
.srw-head h1{font-size:16px;line-height:22px;font-weight:600;margin:0;}
.srw-steps ol{display:flex;list-style:none;margin:0;padding:8px 12px;gap:4px;border-bottom:1px solid var(--n-stroke2);}
.srw-steps li{flex:1;}
.srw-steps button{width:100%;height:28px;border:1px solid var(--n-stroke1);border-radius:var(--radius);background:var(--n-bg1);color:var(--n-fg2);font:inherit;font-size:12px;font-weight:600;cursor:pointer;padding:0;}
.srw-steps button[aria-current="step"]{background:var(--brand);border-color:var(--brand);color:#fff;}
.srw-steps button.done{background:var(--brand-bg);border-color:var(--brand-bg);color:var(--brand);}
.srw-steps button:disabled{cursor:not-allowed;color:#BDBDBD;background:var(--n-bg3);border-color:var(--n-stroke2);}
.srw-body{flex:1;overflow:auto;padding:12px;}
.srw-body h2{font-size:15px;line-height:22px;font-weight:600;margin:0 0 10px;}
.srw-body h2:focus{outline:none;}
.srw-body h3{font-size:14px;font-weight:600;margin:14px 0 6px;}
.srw-field{margin:0 0 var(--gap);}
.srw-field>label,.srw-label{display:block;font-weight:600;margin:0 0 4px;color:var(--n-fg1);}
.srw-hint{color:var(--n-fg3);font-size:12px;line-height:16px;margin:4px 0 0;}
.srw select,.srw input[type=text]{width:100%;height:32px;padding:0 8px;font:inherit;color:var(--n-fg1);background:var(--n-bg1);border:1px solid var(--n-stroke1);border-bottom-color:#616161;border-radius:var(--radius);}
.srw select:hover,.srw input[type=text]:hover{border-color:#C7C7C7;border-bottom-color:#575757;}
.srw .srw-head select{width:auto;flex:none;}
.srw input[aria-invalid=true],.srw select[aria-invalid=true]{border-color:var(--err);}
.srw fieldset{border:0;margin:0 0 var(--gap);padding:0;min-width:0;}
.srw legend{font-weight:600;padding:0;margin:0 0 4px;}
.srw-check{display:flex;align-items:flex-start;gap:8px;padding:4px 0;cursor:pointer;}
.srw-check input{margin:2px 0 0;width:16px;height:16px;accent-color:var(--brand);flex:none;}
.srw-check span small{display:block;color:var(--n-fg3);font-size:12px;line-height:16px;}
.srw-check.disabled{color:#9E9E9E;cursor:not-allowed;}
.srw-btn{height:32px;min-width:72px;padding:0 12px;font:inherit;font-weight:600;border-radius:var(--radius);border:1px solid var(--n-stroke1);background:var(--n-bg1);color:var(--n-fg1);cursor:pointer;}
.srw-btn:hover{background:var(--n-bg3);}
.srw-btn.primary{background:var(--brand);border-color:transparent;color:#fff;}
.srw-btn.primary:hover{background:var(--brand-hover);}
.srw-btn.primary:active{background:var(--brand-pressed);}
.srw-btn:disabled{background:var(--n-bg4);border-color:var(--n-stroke2);color:#BDBDBD;cursor:not-allowed;}
.srw-link{background:none;border:0;padding:0;color:var(--brand);font:inherit;text-align:left;cursor:pointer;text-decoration:underline;text-underline-offset:2px;}
.srw :focus-visible{outline:2px solid var(--focus);outline-offset:1px;border-radius:var(--radius);}
.srw input[type=checkbox]:focus-visible,.srw input[type=radio]:focus-visible{outline-offset:2px;}
.srw-foot{display:flex;justify-content:space-between;gap:8px;padding:10px 12px;border-top:1px solid var(--n-stroke2);background:var(--n-bg1);}
.srw-msg{border:1px solid;border-radius:var(--radius);padding:8px 10px;margin:0 0 var(--gap);font-size:13px;line-height:18px;}
.srw-msg.info{background:var(--brand-bg);border-color:#B4D6FA;}
.srw-msg.warn{background:var(--warn-bg);border-color:var(--warn-stroke);color:var(--warn);}
.srw-msg.error{background:var(--err-bg);border-color:var(--err-stroke);color:var(--err);}
.srw-msg.ok{background:var(--ok-bg);border-color:#9FD89F;}
.srw-err{color:var(--err);font-size:12px;line-height:16px;margin:4px 0 0;}
.srw-preview{overflow:auto;max-height:220px;border:1px solid var(--n-stroke2);border-radius:var(--radius);}
.srw-preview table{border-collapse:collapse;font-size:12px;line-height:16px;white-space:nowrap;}
.srw-preview th,.srw-preview td{border-bottom:1px solid var(--n-stroke2);padding:3px 6px;text-align:left;max-width:140px;overflow:hidden;text-overflow:ellipsis;}
.srw-preview th{position:sticky;left:0;background:var(--n-bg3);color:var(--n-fg3);font-weight:400;}
.srw-preview tr.hdr td{background:var(--brand-bg);font-weight:600;}
.srw-role{border-bottom:1px solid var(--n-stroke2);padding:8px 0;}
.srw-role label{font-weight:600;display:block;margin-bottom:4px;}
.srw-unit{margin-top:6px;}
.srw-role .srw-unit label{font-weight:400;font-size:12px;margin-bottom:2px;}
.srw-meta{color:var(--n-fg3);font-size:12px;line-height:16px;margin-top:3px;}
.srw-meta .low{color:var(--warn);}
.srw details summary{cursor:pointer;color:var(--brand);font-weight:600;padding:8px 0;}
.srw-split{width:100%;border-collapse:collapse;font-size:13px;margin-top:6px;font-variant-numeric:tabular-nums;}
.srw-split th,.srw-split td{padding:4px 6px;border-bottom:1px solid var(--n-stroke2);text-align:right;}
.srw-split th:first-child,.srw-split td:first-child{text-align:left;}
.srw-split .bar{display:block;height:4px;background:var(--brand);border-radius:2px;margin-top:2px;}
.srw-progress{min-height:64px;margin:0 0 var(--gap);}
.srw-progress .label{font-size:13px;min-height:20px;}
.srw-track{height:4px;background:var(--n-stroke2);border-radius:2px;overflow:hidden;margin:6px 0;}
.srw-fill{height:100%;background:var(--brand);width:0;transition:width .2s ease;}
.srw-tabs{list-style:none;margin:0 0 var(--gap);padding:0;}
.srw-tabs li{padding:3px 0;}
.srw-headline{font-size:14px;line-height:21px;margin:0 0 var(--gap);padding:8px 10px;border-left:3px solid var(--brand);background:var(--n-bg2);}
.srw-quality{margin:0 0 var(--gap);padding-left:18px;font-size:13px;}
.srw-formulas{list-style:none;margin:4px 0 var(--gap);padding:0;}
.srw-formulas li{margin:0 0 4px;}
.srw-formula{display:block;font-family:Consolas,Menlo,monospace;font-size:12px;line-height:18px;padding:4px 8px;background:var(--n-bg2);border:1px solid var(--n-stroke2);border-radius:4px;user-select:all;-webkit-user-select:all;overflow-wrap:anywhere;}
.srw-row{display:flex;gap:8px;}
.srw-row>*{flex:1;min-width:0;}
.srw-plan{border-top:1px solid var(--n-stroke2);margin-top:4px;padding-top:2px;}
.srw-plan>h3{margin-bottom:0;}
.srw-plan>.srw-hint{margin:0 0 8px;}
.srw-plan .srw-row>.srw-field{margin-bottom:0;}
.srw-quad{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:8px;}
.srw-quad-cell label{display:block;font-size:12px;line-height:16px;color:var(--n-fg3);margin:0 0 2px;}
.srw .srw-plan input[type=text]{text-align:right;font-variant-numeric:tabular-nums;}
.srw-summary{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 var(--gap);font-size:13px;}
.srw-summary dt{color:var(--n-fg3);}
.srw-summary dd{margin:0;min-width:0;overflow-wrap:anywhere;}
.srw-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}
@media (prefers-reduced-motion:reduce){.srw-fill{transition:none;}}
`;

/**
 * Adds the stylesheet once per document (one <style> element, id "srw-style").
 * @example injectStyles(document)
 */
export function injectStyles(doc: Document): void {
  if (doc.getElementById('srw-style')) return;
  const style = doc.createElement('style');
  style.id = 'srw-style';
  style.textContent = WIZARD_CSS;
  doc.head.appendChild(style);
}
