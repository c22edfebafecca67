import Plot

/// The document around a page's body: the head with the inline stylesheet, `<main>`, and the sort
/// script when the page has a sortable table.
enum PageShell {
  static func document(title: String, body: [BodyNode], sortableTable: Bool) -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .meta(.name("color-scheme"), .content("light")),
        .meta(.name("generator"), .content("jdmatch")),
        .element(named: "title", nodes: [.plain(title)]),
        .style(Stylesheet.css)
      ),
      .body(
        .main(.group(body)),
        .if(sortableTable, .script(.raw(SortScript.javaScript)))
      )
    )
    return html.render() + "\n"
  }
}
