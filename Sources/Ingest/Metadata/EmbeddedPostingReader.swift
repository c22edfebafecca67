import Foundation

/// Finds a job posting in the JSON that single-page apps park in hidden `<code>` elements (entity-escaped
/// in the saved page) for their scripts to render: the page a logged-in job board saves shows little more
/// than menus and counters, while the posting's title, employer, place and description sit in that data.
///
/// The data is often normalised: the posting refers to its company by an identifier ("urn:…:company:42")
/// that another object in the same data carries with the company's name, and both are followed here.
enum EmbeddedPostingReader {
  /// What was found.
  struct Found: Equatable {
    var title: String?
    var company: String?
    var location: String?
    /// The description's blocks, from its HTML or its plain text.
    var blocks: [ContentBlock]
    /// The description's length in UTF-8 bytes.
    var descriptionLength: Int
  }

  /// A description shorter than this is a teaser or a snippet, not a posting.
  static let minimumDescription = 200
  /// Objects visited across all the data, and the deepest nesting followed: bounds for hostile pages.
  static let maxObjects = 100_000
  static let maxDepth = 64

  private static let titleKeys = ["title", "jobTitle"]
  private static let descriptionKeys = ["description", "jobDescription", "descriptionText"]
  private static let companyKeys = [
    "companyName", "hiringOrganization", "company", "employer", "organization", "companyDetails",
    "companyResolutionResult",
  ]
  private static let locationKeys = [
    "formattedLocation", "locationName", "location", "jobLocation", "workplaceLocation",
  ]
  private static let nameKeys = ["name", "companyName", "localizedName", "displayName", "defaultLocalizedName"]
  private static let identifierKeys = ["entityUrn", "urn", "$id", "@id", "id"]

  /// The posting with the longest description in the given JSON texts, or nil.
  static func read(_ texts: [String]) -> Found? {
    var objects: [[String: Any]] = []
    for text in texts {
      guard let data = text.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      collect(json, into: &objects)
      if objects.count >= maxObjects { break }
    }
    var byIdentifier: [String: [String: Any]] = [:]
    for object in objects {
      for key in identifierKeys {
        if let identifier = object[key] as? String, byIdentifier[identifier] == nil {
          byIdentifier[identifier] = object
        }
      }
    }
    var best: (object: [String: Any], description: String, rank: Int)?
    for object in objects {
      guard titleKeys.contains(where: { string(object[$0]) != nil }),
        let description = descriptionKeys.lazy.compactMap({ text(object[$0]) }).first,
        description.utf8.count >= minimumDescription
      else { continue }
      let typed = ["$type", "@type", "type", "__typename"].contains { key in
        (object[key] as? String)?.lowercased().contains("jobposting") == true
      }
      let rank = description.utf8.count + (typed ? 1_000_000 : 0)
      if rank > best?.rank ?? 0 { best = (object, description, rank) }
    }
    guard let best else { return nil }
    let object = best.object
    let looksLikeHTML = ["<p>", "<p ", "<li>", "<br", "</"].contains { best.description.contains($0) }
    let blocks = looksLikeHTML ? HTMLFragment.blocks(best.description) : PlainTextReader.blocks(best.description)
    let company = companyKeys.lazy.compactMap { name(object[$0], byIdentifier: byIdentifier, depth: 0) }
      .first { CompanyName.isPlausible($0) }
    let location = locationKeys.lazy.compactMap { place(object[$0], byIdentifier: byIdentifier) }.first
    return Found(
      title: titleKeys.lazy.compactMap { string(object[$0]) }.first, company: company, location: location,
      blocks: blocks, descriptionLength: best.description.utf8.count)
  }

  /// Every object in the JSON, found without recursion.
  private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
    var stack: [(value: Any, depth: Int)] = [(json, 0)]
    while let (value, depth) = stack.popLast(), objects.count < maxObjects {
      guard depth < maxDepth else { continue }
      if let object = value as? [String: Any] {
        objects.append(object)
        for child in object.values where child is [String: Any] || child is [Any] { stack.append((child, depth + 1)) }
      } else if let array = value as? [Any] {
        for child in array.reversed() where child is [String: Any] || child is [Any] {
          stack.append((child, depth + 1))
        }
      }
    }
  }

  private static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let collapsed = TextNormalizer.collapse(text)
    return collapsed.isEmpty ? nil : collapsed
  }

  /// A description: a string, or an object holding it as `text` (attributed text).
  private static func text(_ value: Any?) -> String? {
    if let text = value as? String { return text }
    if let object = value as? [String: Any] { return (object["text"] as? String) ?? (object["html"] as? String) }
    return nil
  }

  /// Whether a string is a reference to another object rather than a name: one token with colons.
  private static func isIdentifier(_ text: String) -> Bool {
    !text.contains(" ") && text.contains(":")
  }

  /// A company's name: a string, an object's name, or the name of the object a reference points to.
  private static func name(_ value: Any?, byIdentifier: [String: [String: Any]], depth: Int) -> String? {
    guard depth < 4 else { return nil }
    if let text = string(value) {
      if isIdentifier(text) {
        guard let target = byIdentifier[text] else { return nil }
        return name(target, byIdentifier: byIdentifier, depth: depth + 1)
      }
      return text
    }
    guard let object = value as? [String: Any] else { return nil }
    for key in nameKeys {
      if let text = string(object[key]), !isIdentifier(text) { return text }
    }
    // A wrapper such as {"company": "urn:…"} or {"companyResolutionResult": {…}}.
    for key in companyKeys {
      if let found = name(object[key], byIdentifier: byIdentifier, depth: depth + 1) { return found }
    }
    return nil
  }

  /// A place: a string, an object's name, or its address as "locality, region, country".
  private static func place(_ value: Any?, byIdentifier: [String: [String: Any]]) -> String? {
    if let text = string(value) {
      guard isIdentifier(text) else { return text }
      return byIdentifier[text].flatMap { place($0, byIdentifier: [:]) }
    }
    guard let object = value as? [String: Any] else { return nil }
    for key in ["defaultLocalizedName", "displayName", "name", "formattedLocation"] {
      if let text = string(object[key]) { return text }
    }
    if let address = object["address"] as? [String: Any] {
      let parts = ["addressLocality", "addressRegion", "addressCountry"].compactMap { string(address[$0]) }
      if !parts.isEmpty { return parts.joined(separator: ", ") }
    }
    return nil
  }
}
