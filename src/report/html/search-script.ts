/**
 * The page's search, as plain browser JavaScript (ES2017, no modules). It folds Vietnamese
 * text exactly like `foldVietnamese` in src/text/vietnamese.ts (NFD, strip combining marks,
 * đ/Đ → d, lower case), so "dang ky khai sinh" finds "Đăng ký khai sinh". A row matches when
 * every word of the query occurs in its folded name, English name or code.
 *
 * Rows are the elements with `data-search` inside `#procedures`; the attribute holds the text
 * to search. The count of visible rows goes to `#search-count` using the template in the
 * element's `data-template` (`{n}` and `{total}`).
 */
export const FOLD_SOURCE = `function fold(s) {
  return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u0111\\u0110]/g, 'd').toLowerCase();
}`;

export const SEARCH_SCRIPT = `(function () {
  'use strict';
  ${FOLD_SOURCE}
  var input = document.getElementById('search');
  var table = document.getElementById('procedures');
  var count = document.getElementById('search-count');
  var empty = document.getElementById('search-empty');
  if (!input || !table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('[data-search]'));
  var keys = rows.map(function (r) { return fold(r.getAttribute('data-search') || ''); });
  function update() {
    var words = fold(input.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = true;
      for (var j = 0; j < words.length && ok; j++) ok = keys[i].indexOf(words[j]) !== -1;
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = (count.getAttribute('data-template') || '{n}').replace('{n}', String(shown)).replace('{total}', String(rows.length));
    if (empty) empty.hidden = shown !== 0;
  }
  input.addEventListener('input', update);
  input.removeAttribute('disabled');
  update();
})();`;
