import Foundation

/// A report measured as a phone shows it. Chromium's headless window is never narrower than 500 pixels,
/// so the report is loaded into an iframe of the phone's width (through `srcdoc`, which keeps it on the
/// outer page's origin) and a script of the outer page measures the frame once it has loaded, then writes
/// what it found into the outer page, which `--dump-dom` prints.
enum PhoneFrame {
  /// What the script found.
  struct Measurement: Decodable {
    /// The frame's viewport width in CSS pixels (the phone's width, less a scrollbar if one shows).
    var width: Int
    /// How wide the page scrolls.
    var pageWidth: Int
    /// Every element past the viewport's edges (outside a table's own scrolling box), hidden sideways in a
    /// box that clips or scrolls, or cut by its chart's edge: "svg.chart.bar-chart reaches 24…744".
    var offenders: [String]
    /// The text the page shows under the scores chart (`innerText`: empty when it is not displayed), if any.
    var caption: String?
  }

  /// Loads `report` in a frame `width` pixels wide and measures it.
  static func measure(_ report: URL, width: Int = 390) throws -> Measurement {
    let html = try String(contentsOf: report, encoding: .utf8)
    let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    let page = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><script>\(script)</script></head>
      <body style="margin:0"><iframe id="phone" style="display:block;border:0;width:\(width)px;height:1800px" \
      onload="measure(this)" srcdoc="\(escaped)"></iframe></body></html>
      """
    let frame = report.deletingLastPathComponent().appendingPathComponent("phone-frame.html")
    try page.write(to: frame, atomically: true, encoding: .utf8)
    let (status, dom) = try Chromium.load(frame, ["--dump-dom", "--window-size=800,1900"])
    guard status == 0, let start = dom.range(of: "<pre id=\"measurement\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { throw CocoaError(.fileReadCorruptFile) }
    let json = dom[start.upperBound..<end.lowerBound]
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&nbsp;", with: "\u{00A0}").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(Measurement.self, from: Data(json.utf8))
  }

  /// A file of two postings, written for this test, whose title, company, location, URL and sentences hold
  /// words longer than a phone's line.
  static let longWordsFeed = """
    {"title": "VP of Product, Platform-Internationalisation-and-Localisation-Infrastructure", \
    "company": "Supercalifragilisticexpialidocious-Software-Holdings-International", \
    "location": "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch-Campus", \
    "url": "https://careers.supercalifragilistic.example/postings/vp-of-product-platform-internationalisation-2291\
    ?utm_source=jobboard&utm_medium=feed&utm_campaign=product-leadership-hiring-autumn", \
    "description": "# VP of Product\\n\\nWe are hiring a VP of Product to lead eight product managers.\\n\\n\
    ## You will\\n\\n- Set the product strategy and roadmap (see https://wiki.supercalifragilistic.example/\
    product/strategy/2026/roadmap-and-vision-for-the-platform-internationalisation-team) with the executive \
    team\\n- Hire, coach and manage product managers\\n- Own product analytics, OKRs and the \
    PlatformInternationalisationAndLocalisationInfrastructureRoadmap\\n\\n## You have\\n\\n\
    - 10+ years in product management, 4+ leading product managers"}
    {"title": "Head of Product", "company": "Alderbank", "location": "London, UK", \
    "url": "https://jobs.alderbank.example/head-of-product", "description": "# Head of Product\\n\\nThe Head of \
    Product leads a team of six product managers.\\n\\n## You will\\n\\n- Set the product strategy and roadmap \
    with the executive team\\n- Hire, coach and manage product managers\\n\\n## You have\\n\\n- 10+ years in \
    product management"}

    """

  /// The measuring script. A box that scrolls sideways is allowed only around a table (the ranking table
  /// scrolls inside its own box); a chart or a line of text must fit the viewport as it is.
  private static let script = """
    function measure(frame) {
      var win = frame.contentWindow, doc = frame.contentDocument;
      var width = doc.documentElement.clientWidth;
      function clips(el) { return win.getComputedStyle(el).overflowX !== 'visible'; }
      function tableBox(el) { return clips(el) && el.getElementsByTagName('table').length > 0; }
      function name(el) {
        var cls = el.getAttribute('class');
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (cls ? '.' + cls.split(/\\s+/).join('.') : '');
      }
      function inside(r, box) {
        return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }
      var offenders = [];
      var all = doc.body.getElementsByTagName('*');
      for (var i = 0; i < all.length; i++) {
        var el = all[i], exempt = false;
        for (var p = el.parentElement; p; p = p.parentElement) { if (tableBox(p)) { exempt = true; break; } }
        if (exempt) { continue; }
        var r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) { continue; }
        if (r.right > width + 0.5 || r.left < -0.5) {
          offenders.push(name(el) + ' reaches ' + Math.round(r.left) + '…' + Math.round(r.right));
        }
        if (!(el instanceof win.SVGElement) && clips(el) && !tableBox(el) && el.scrollWidth > el.clientWidth + 1) {
          offenders.push(name(el) + ' hides ' + (el.scrollWidth - el.clientWidth) + ' px sideways');
        }
        var svg = el instanceof win.SVGElement ? el.ownerSVGElement : null;
        while (svg && svg.ownerSVGElement) { svg = svg.ownerSVGElement; }
        if (svg && el.tagName.toLowerCase() === 'text' && clips(svg) && !inside(r, svg.getBoundingClientRect())) {
          offenders.push(name(el) + ' “' + el.textContent + '” is cut by the edge of ' + name(svg));
        }
      }
      var caption = doc.querySelector('.scores figcaption');
      var out = document.createElement('pre');
      out.id = 'measurement';
      out.textContent = JSON.stringify({
        width: width, pageWidth: doc.documentElement.scrollWidth, offenders: offenders,
        caption: caption ? caption.innerText : null
      });
      document.body.appendChild(out);
    }
    """
}
