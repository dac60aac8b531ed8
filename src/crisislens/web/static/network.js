// Actor network interaction, plain JS (no library): hovering an actor dims everything
// that is not its neighbourhood; the nodes are plain links to that actor's events.
(function () {
  var svg = document.getElementById("network");
  if (!svg) return;
  var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
  var nodes = Array.prototype.slice.call(svg.querySelectorAll(".node"));
  function focus(id) {
    var near = {}; near[id] = true;
    edges.forEach(function (e) {
      var hit = e.dataset.source === id || e.dataset.target === id;
      e.classList.toggle("near", hit);
      if (hit) { near[e.dataset.source] = true; near[e.dataset.target] = true; }
    });
    nodes.forEach(function (n) { n.classList.toggle("near", !!near[n.dataset.id]); });
    svg.classList.add("focus");
  }
  function clear() { svg.classList.remove("focus"); }
  nodes.forEach(function (n) {
    n.addEventListener("mouseenter", function () { focus(n.dataset.id); });
    n.addEventListener("focus", function () { focus(n.dataset.id); });
    n.addEventListener("mouseleave", clear);
    n.addEventListener("blur", clear);
  });
})();
