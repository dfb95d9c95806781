/*
 * Sales Review: the "Excel is too old" check, in ES5 on purpose. Excel builds without WebView2
 * show add-ins in Internet Explorer 11 (or the original Edge), which cannot even parse the
 * add-in's bundle (ES2022): without this script the pane would stay blank. It tries the syntax
 * the bundle uses; when that fails it says, in the user's language, what to do, and tells the
 * bundle not to start (window.__salesReviewTooOld). The build puts the messages into the
 * placeholder below (excel-addin/too-old-messages.json).
 */
(function () {
  var tooOld = false;
  try {
    // class fields, optional chaining, nullish coalescing, object spread, async arrows
    new Function('class A { x = 1 } var o = { ...{ a: 1 } }; return [o?.a ?? 0, async () => 0, new A()];');
  } catch (e) {
    tooOld = true;
  }
  if (!tooOld) return;
  window.__salesReviewTooOld = true;
  var messages = __MESSAGES__;
  function langOf(tag) {
    var t = String(tag || '').toLowerCase();
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(t)) return 'zh-TW';
    if (/^zh/.test(t)) return 'zh-CN';
    return 'en';
  }
  function show(tag) {
    var status = document.getElementById('sr-status');
    if (!status) return;
    status.textContent = messages[langOf(tag)];
    status.setAttribute('data-state', 'error');
  }
  show(navigator.language || navigator.userLanguage);
  // Office.js itself still runs in these browsers: prefer Office's own UI language
  if (window.Office && typeof window.Office.onReady === 'function') {
    window.Office.onReady(function () {
      var context = window.Office.context;
      if (context && context.displayLanguage) show(context.displayLanguage);
    });
  }
})();
