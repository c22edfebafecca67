/// The one script in the report: it turns the ranking table's headers into sort buttons. Without
/// it the table stays in rank order and the page loses nothing else. It reads only the table's own
/// cells and never builds markup from them.
enum SortScript {
  static let javaScript = """
    (function () {
      "use strict";
      var table = document.getElementById("ranking-table");
      if (!table || !table.tHead || !table.tBodies.length) { return; }
      var body = table.tBodies[0];
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      function key(row, column, numeric) {
        var cell = row.cells[column];
        var value = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
        if (!numeric) { return value.toLowerCase(); }
        var number = parseFloat(value);
        return isNaN(number) ? -Infinity : number;
      }
      function rank(row) { return parseInt(row.getAttribute("data-rank"), 10); }
      headers.forEach(function (th, column) {
        var kind = th.getAttribute("data-sort");
        if (!kind) { return; }
        var button = document.createElement("button");
        button.type = "button";
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
        button.addEventListener("click", function () {
          var current = th.getAttribute("aria-sort");
          var direction = current === "ascending" ? "descending"
            : current === "descending" ? "ascending" : (th.getAttribute("data-first") || "ascending");
          var numeric = kind === "number";
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a, column, numeric), y = key(b, column, numeric);
            var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
            if (direction === "descending") { order = -order; }
            return order || rank(a) - rank(b);
          });
          rows.forEach(function (row) { body.appendChild(row); });
          headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", direction);
        });
      });
      var hint = document.getElementById("sort-hint");
      if (hint) { hint.hidden = false; }
    })();
    """
}
