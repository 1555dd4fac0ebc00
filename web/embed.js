// tarjotin search widget. A page adds
//   <div id="tarjotin"></div>
//   <script src="https://SERVER/embed.js" data-lang="sv"
//           data-filters="category=liikunta&municipality=helsinki" data-target="#tarjotin"></script>
// and gets a search box and results inside that element, in a shadow root (no
// CSS leaks either way), in the host page's font. No cookies, no storage.
// Without data-target the widget goes into the first [data-tarjotin] element,
// else right after this script tag.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var base = new URL(script.src, document.baseURI).origin;
  var target = (script.dataset.target && document.querySelector(script.dataset.target)) ||
      document.querySelector('[data-tarjotin]');
  if (!target) {
    target = document.createElement('div');
    script.parentNode.insertBefore(target, script.nextSibling);
  }
  import(base + '/web/widget.js').then(function (widget) {
    widget.mount(target, { base: base, lang: script.dataset.lang || 'fi', filters: script.dataset.filters || '' });
  });
})();
