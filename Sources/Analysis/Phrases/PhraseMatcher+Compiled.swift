extension PhraseMatcher {
  /// Writes what matching reads, as a compiled lexicon keeps it: the entries, the pattern and cue words'
  /// roles, and the tries over label numbers, so loading it tokenizes none of the lexicon's phrases.
  package func write(to writer: inout CompiledWriter) {
    writer.write(competencyCount)
    writer.write(roleCount)
    writer.write(entries.count)
    for entry in entries {
      writer.write(entry.text)
      writer.write(entry.competency)
      writer.write(entry.strength == .strong)
      writer.write(entry.source.code)
    }
    writer.write(termRoles.count)
    for roles in termRoles {
      writer.write(roles.count)
      for role in roles {
        writer.write(role.kind.rawValue)
        writer.write(role.slot)
        writer.write(role.id)
      }
    }
    writer.write(patterns.count)
    for pattern in patterns {
      writer.write(pattern.entry)
      writer.write(pattern.competency)
      writer.write(pattern.window)
    }
    writer.write(cueGroups.count)
    for group in cueGroups {
      writer.write(group.entry)
      writer.write(group.competency)
      writer.write(group.needs)
    }
    labels.write(to: &writer)
    phraseTrie.write(to: &writer)
    termTrie.write(to: &writer)
  }

  /// Reads a matcher ``write(to:)`` wrote, checking every index in it so that a damaged file cannot make
  /// matching trap.
  ///
  /// - Throws: ``CompiledReader/Damaged`` when the parts do not fit together.
  package init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    let competencyCount = try reader.readInt()
    let roleCount = try reader.readInt()
    var entries: [Entry] = []
    for _ in 0..<(try reader.readCount(minimumSize: 10)) {
      let text = try reader.readString()
      let competency = try reader.readInt()
      let strength: LexiconPhrase.Strength = try reader.readBool() ? .strong : .weak
      guard competency < competencyCount, let source = Source(code: try reader.readByte()) else {
        throw CompiledReader.Damaged()
      }
      entries.append(Entry(text: text, competency: competency, strength: strength, source: source))
    }
    var termRoles: [[Role]] = []
    for _ in 0..<(try reader.readCount(minimumSize: 4)) {
      var roles: [Role] = []
      for _ in 0..<(try reader.readCount(minimumSize: 9)) {
        guard let kind = Role.Kind(rawValue: try reader.readByte()) else { throw CompiledReader.Damaged() }
        let role = Role(kind: kind, slot: try reader.read(), id: try reader.read())
        guard role.id >= 0, Int(role.id) < roleCount else { throw CompiledReader.Damaged() }
        roles.append(role)
      }
      termRoles.append(roles)
    }
    var patterns: [PatternSlot] = []
    for _ in 0..<(try reader.readCount(minimumSize: 12)) {
      let slot = PatternSlot(
        entry: try reader.readInt(), competency: try reader.readInt(), window: try reader.readSignedInt())
      guard slot.entry < entries.count, slot.competency < competencyCount else { throw CompiledReader.Damaged() }
      patterns.append(slot)
    }
    var cueGroups: [CueSlot] = []
    for _ in 0..<(try reader.readCount(minimumSize: 12)) {
      let slot = CueSlot(
        entry: try reader.readInt(), competency: try reader.readInt(), needs: try reader.readSignedInt())
      guard slot.entry < entries.count, slot.competency < competencyCount else { throw CompiledReader.Damaged() }
      cueGroups.append(slot)
    }
    // A verb's or object's slot is a pattern, a cue's a cue group; a boilerplate word's is not read.
    for roles in termRoles {
      for role in roles {
        let slots: Int
        switch role.kind {
        case .verb, .object: slots = patterns.count
        case .cue: slots = cueGroups.count
        case .boilerplate: continue
        }
        guard role.slot >= 0, Int(role.slot) < slots else { throw CompiledReader.Damaged() }
      }
    }
    let labels = try TrieLabels(from: &reader)
    let phraseTrie = try TrieLabels.Trie(from: &reader, labels: labels.count, terminals: entries.count)
    let termTrie = try TrieLabels.Trie(from: &reader, labels: labels.count, terminals: termRoles.count)
    self.init(
      entries: entries, termRoles: termRoles, roleCount: roleCount, patterns: patterns, cueGroups: cueGroups,
      competencyCount: competencyCount, labels: labels, phraseTrie: phraseTrie, termTrie: termTrie)
  }
}

extension PhraseMatcher.Source {
  fileprivate var code: UInt8 {
    switch self {
    case .phrase: return 0
    case .pattern: return 1
    case .cues: return 2
    }
  }

  fileprivate init?(code: UInt8) {
    switch code {
    case 0: self = .phrase
    case 1: self = .pattern
    case 2: self = .cues
    default: return nil
    }
  }
}

extension TrieLabels {
  /// Writes the label numbers, keys in order.
  func write(to writer: inout CompiledWriter) {
    writer.write(count)
    writer.write(byKey.count)
    for (key, numbers) in byKey.sorted(by: { $0.key < $1.key }) {
      writer.write(key)
      writer.write(numbers.plain)
      writer.write(numbers.capitals)
    }
    writer.write(bySurface.count)
    for (surface, number) in bySurface.sorted(by: { $0.key < $1.key }) {
      writer.write(surface)
      writer.write(number)
    }
  }

  /// Reads label numbers ``write(to:)`` wrote; every number must be below their count.
  init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    let count = try reader.readInt()
    var byKey: [String: (plain: Int32, capitals: Int32)] = [:]
    let keys = try reader.readCount(minimumSize: 12)
    byKey.reserveCapacity(keys)
    for _ in 0..<keys {
      let key = try reader.readString()
      let numbers = (plain: try reader.read(Int32.self), capitals: try reader.read(Int32.self))
      guard numbers.plain >= -1, numbers.plain < count, numbers.capitals >= -1, numbers.capitals < count else {
        throw CompiledReader.Damaged()
      }
      byKey[key] = numbers
    }
    var bySurface: [String: Int32] = [:]
    let surfaces = try reader.readCount(minimumSize: 8)
    bySurface.reserveCapacity(surfaces)
    for _ in 0..<surfaces {
      let surface = try reader.readString()
      let number = try reader.read(Int32.self)
      guard number >= 0, number < count else { throw CompiledReader.Damaged() }
      bySurface[surface] = number
    }
    self.init(byKey: byKey, bySurface: bySurface, count: count)
  }
}

extension TrieLabels.Trie {
  /// Writes the trie: the root's table, each node's edges as one run with their bounds, the terminals.
  func write(to writer: inout CompiledWriter) {
    writer.write(array: root)
    writer.write(array: bounds)
    writer.write(array: labels)
    writer.write(array: children)
    writer.write(array: terminal)
  }

  /// Reads a trie ``write(to:)`` wrote over `labels` label numbers whose terminals index `terminals` items.
  init(from reader: inout CompiledReader, labels labelCount: Int, terminals: Int) throws(CompiledReader.Damaged) {
    let root: [Int32] = try reader.readArray()
    let bounds: [UInt32] = try reader.readArray()
    let labels: [Int32] = try reader.readArray()
    let children: [Int32] = try reader.readArray()
    let terminal: [Int32] = try reader.readArray()
    let nodes = terminal.count
    guard root.count == labelCount, bounds.count == nodes + 1, bounds.first == 0, labels.count == children.count,
      bounds.last.map({ Int($0) == labels.count }) == true, bounds.isNondecreasing(),
      root.allWithin(-1, below: nodes), children.allWithin(0, below: nodes), terminal.allWithin(-1, below: terminals)
    else { throw CompiledReader.Damaged() }
    self.init(root: root, bounds: bounds, labels: labels, children: children, terminal: terminal)
  }
}
