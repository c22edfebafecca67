import Matching
import Plot

/// Renders rankings and fits as one self-contained HTML page: inline CSS and SVG charts, one small
/// inline script for sorting the table, no request to any other file or host.
///
/// Every string from a posting, a resume or a file name is escaped, so a posting that contains
/// `<script>` shows it as text. The same input always gives the same bytes: nothing depends on the
/// clock, the locale or chance.
public enum HTMLReport {
  /// The page for a ranking: summary, bar chart of the scores, sortable table and, for each entry
  /// that carries its ``Ranking/Entry/fit``, a details section with a radar chart.
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The whole HTML document.
  public static func render(_ ranking: Ranking) -> String {
    let page = RankingPage(ranking: ranking)
    return PageShell.document(title: page.title, body: page.body(), sortableTable: true)
  }

  /// The page for one or more fits, one details section each, in the order given.
  ///
  /// - Parameter fits: The fits of one resume against some postings.
  /// - Returns: The whole HTML document.
  public static func render(_ fits: [FitResult]) -> String {
    let page = FitsPage(fits: fits)
    return PageShell.document(title: page.title, body: page.body(), sortableTable: false)
  }

  /// The page for a single fit.
  ///
  /// - Parameter fit: The fit of one resume against one posting.
  /// - Returns: The whole HTML document.
  public static func render(_ fit: FitResult) -> String {
    render([fit])
  }
}
