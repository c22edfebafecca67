import Tokenization

/// The edge labels of a ``PhraseMatcher``'s tries as small integers, so a text token is hashed once, not once
/// per trie node it is tried at, and most tokens (words no phrase has) are turned away by that one lookup.
struct TrieLabels: Sendable {
  /// The labels one text token can take: its key, its key marked as written in capitals, and its exact
  /// short spelling; -1 where no trie has the label or the token's shape rules it out.
  struct TokenLabels: Sendable {
    var key: Int32
    var capitals: Int32
    var exact: Int32

    static let none = TokenLabels(key: -1, capitals: -1, exact: -1)
  }

  /// A trie whose edges are label numbers: a dense table at the root, short lists below.
  struct Trie: Sendable {
    var root: [Int32]
    /// The edges of node `n` (below the root) are `labels[bounds[n]..<bounds[n + 1]]`, to the nodes at the same
    /// places of `children`: one run for every node, so a step reads no array of its own (and retains none).
    var bounds: [UInt32]
    var labels: [Int32]
    var children: [Int32]
    var terminal: [Int32]

    init(root: [Int32], bounds: [UInt32], labels: [Int32], children: [Int32], terminal: [Int32]) {
      self.root = root
      self.bounds = bounds
      self.labels = labels
      self.children = children
      self.terminal = terminal
    }

    /// A trie from each node's edges (the root's are in `root`).
    init(root: [Int32], edges: [[(label: Int32, child: Int32)]], terminal: [Int32]) {
      var bounds: [UInt32] = [0]
      var labels: [Int32] = []
      var children: [Int32] = []
      for node in edges {
        for edge in node {
          labels.append(edge.label)
          children.append(edge.child)
        }
        bounds.append(UInt32(labels.count))
      }
      self.init(root: root, bounds: bounds, labels: labels, children: children, terminal: terminal)
    }

    /// The child of `node` along `label`, or -1.
    @inline(__always)
    func child(of node: Int, _ label: Int32) -> Int32 {
      if node == 0 { return root[Int(label)] }
      for edge in Int(bounds[node])..<Int(bounds[node + 1]) where labels[edge] == label { return children[edge] }
      return -1
    }
  }

  /// Plain and capitals label numbers by token key.
  private(set) var byKey: [String: (plain: Int32, capitals: Int32)] = [:]
  /// Exact-spelling label numbers by surface.
  private(set) var bySurface: [String: Int32] = [:]
  private(set) var count = 0

  /// Numbers every label of the tries whose edges are `children` (one dictionary per node).
  init(_ tries: [[[String: Int32]]]) {
    for trie in tries {
      for children in trie {
        for label in children.keys { number(label) }
      }
    }
  }

  /// Labels from their numbers (a compiled lexicon's).
  init(byKey: [String: (plain: Int32, capitals: Int32)], bySurface: [String: Int32], count: Int) {
    self.byKey = byKey
    self.bySurface = bySurface
    self.count = count
  }

  private mutating func number(_ label: String) {
    let scalars = label.unicodeScalars
    if let first = scalars.first, first == "\u{2}" {
      let surface = String(label.dropFirst())
      if bySurface[surface] == nil {
        bySurface[surface] = Int32(count)
        count += 1
      }
      return
    }
    let capitals = scalars.first == "\u{1}"
    let key = capitals ? String(label.dropFirst()) : label
    var entry = byKey[key] ?? (-1, -1)
    if capitals {
      guard entry.capitals < 0 else { return }
      entry.capitals = Int32(count)
    } else {
      guard entry.plain < 0 else { return }
      entry.plain = Int32(count)
    }
    count += 1
    byKey[key] = entry
  }

  /// The number of a label as the tries store it.
  func number(of label: String) -> Int32 {
    let scalars = label.unicodeScalars
    if scalars.first == "\u{2}" { return bySurface[String(label.dropFirst())] ?? -1 }
    if scalars.first == "\u{1}" { return byKey[String(label.dropFirst())]?.capitals ?? -1 }
    return byKey[label]?.plain ?? -1
  }

  /// The labels a text token can follow, by the same rules the tries were built with: the key always, the
  /// capitals label when the token is written in capitals (or has no cased letters), the exact spelling when
  /// it is a short capitalised or mixed-case word.
  @inline(__always)
  func labels(of token: Token) -> TokenLabels {
    var labels = TokenLabels.none
    if let entry = byKey[token.key] {
      labels.key = entry.plain
      if token.shape == .upper || token.shape == .uncased { labels.capitals = entry.capitals }
    }
    if token.shape == .capitalized || token.shape == .mixed, token.surface.utf8.count <= 3 {
      labels.exact = bySurface[token.surface] ?? -1
    }
    return labels
  }

  /// A trie over label numbers, from one over labels.
  func compile(children: [[String: Int32]], terminal: [Int32]) -> Trie {
    var root = [Int32](repeating: -1, count: count)
    var edges = [[(label: Int32, child: Int32)]](repeating: [], count: children.count)
    for (node, edgesOut) in children.enumerated() {
      for (label, child) in edgesOut {
        let id = number(of: label)
        if node == 0 { root[Int(id)] = child } else { edges[node].append((id, child)) }
      }
    }
    return Trie(root: root, edges: edges, terminal: terminal)
  }
}
