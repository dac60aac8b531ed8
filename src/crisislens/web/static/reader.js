// Article reader: bring the sentence named in the address (#s-START) into view and mark it,
// also when the anchor is an alias inside a merged sentence block.
(function () {
  function show() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    var block = el.classList.contains("alias") ? el.parentElement : el;
    document.querySelectorAll(".sent.target").forEach(function (b) { b.classList.remove("target"); });
    block.classList.add("target");
    block.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", show);
  show();
  var ev = document.getElementById("evidence");
  if (ev && !location.hash) ev.scrollIntoView({ block: "center" });
})();
