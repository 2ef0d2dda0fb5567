/* Select text to code: turns the browser selection inside #doc-text into code-point offsets
   (start inclusive, end exclusive) and puts them into the coding form. No inline script; the
   server checks the offsets again. Every <span data-start data-end> holds a stretch of the
   document; offsets are counted from the span's start in code points (Array.from), not UTF-16. */
(function () {
  "use strict";
  var box = document.getElementById("doc-text");
  var form = document.getElementById("coding-form");
  if (!box || !form) { return; }
  var startInput = form.querySelector("[name=start]");
  var endInput = form.querySelector("[name=end]");
  var preview = document.getElementById("selection-preview");
  box.setAttribute("tabindex", "0");

  function codePoints(s) { return Array.from(s).length; }

  function offsetOf(node, offset) {
    var el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (el === box) {
      // a point between spans: take the start of the child at `offset`, or the end of the text
      var child = box.childNodes[offset];
      if (child && child.dataset) { return parseInt(child.dataset.start, 10); }
      return parseInt(box.dataset.length, 10);
    }
    var span = el && el.closest ? el.closest("span[data-start]") : null;
    if (!span || !box.contains(span)) { return null; }
    var start = parseInt(span.dataset.start, 10);
    var end = parseInt(span.dataset.end, 10);
    var text = node.nodeType === Node.TEXT_NODE ? node.data : span.textContent;
    if (offset >= text.length) { return end; }
    return Math.min(start + codePoints(text.slice(0, offset)), end);
  }

  function update() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!box.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== box) { return; }
    var a = offsetOf(range.startContainer, range.startOffset);
    var b = offsetOf(range.endContainer, range.endOffset);
    if (a === null || b === null || b <= a) { return; }
    startInput.value = a;
    endInput.value = b;
    var shown = sel.toString();
    if (shown.length > 120) { shown = shown.slice(0, 117) + "…"; }
    preview.textContent = (preview.dataset.label || "") + "„" + shown + "“ (" + a + "–" + b + ")";
  }

  document.addEventListener("selectionchange", update);
  box.addEventListener("mouseup", update);
  box.addEventListener("keyup", update);
  box.dataset.ready = "1";
}());
